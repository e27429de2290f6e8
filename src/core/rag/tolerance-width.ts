import type { ToleranceMode } from "../words";
import { isFiniteNumber } from "../numbers";

/**
 * How wide the tolerance is, in the indicator's own unit: |target| × tol (relative) or tol (absolute).
 *
 * Source: docs/rules.md, "RAG against a target" (relative = a fraction of the target,
 * absolute = in the indicator's unit). |target| keeps the amber band on the "slightly worse"
 * side for negative targets; a target of 0 makes a relative tolerance zero wide (no division).
 * Bad input: a negative, NaN or infinite tolerance counts as 0 (the Excel wrapper rejects it
 * before calling); a non-finite target gives 0.
 *
 * @example toleranceWidth(74, 0.05, "relative") // 3.7
 * @example toleranceWidth(0, 0.05, "relative") // 0
 * @example toleranceWidth(74, 2, "absolute") // 2
 */
export function toleranceWidth(target: number, tolerance: number, mode: ToleranceMode): number {
  const tol = isFiniteNumber(tolerance) && tolerance > 0 ? tolerance : 0;
  if (mode === "absolute") return tol;
  if (!isFiniteNumber(target)) return 0;
  const width = Math.abs(target) * tol;
  return Number.isFinite(width) ? width : 0;
}
