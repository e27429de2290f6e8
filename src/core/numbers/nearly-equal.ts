import { RELATIVE_EPSILON } from "./constants";

/**
 * True when two numbers are equal up to a relative epsilon: |a − b| <= 1e-9 × max(|a|, |b|).
 * Purely relative: 1e-12 and 2e-12 differ, and 0 equals only 0 (so a computed 0.1 + 0.2 − 0.3,
 * 5.55e-17, is not 0).
 *
 * Source: docs/rules.md, "Near-equality" (see RELATIVE_EPSILON). Used for every boundary comparison: RAG
 * thresholds, trend "level", quartile band edges, SPC limits and "on the mean".
 * Bad input: NaN is equal to nothing (false); infinities are equal only to the same infinity.
 *
 * @example nearlyEqual(13 * (1 - 0.1), 11.7) // true (11.700000000000001 vs 11.7)
 * @example nearlyEqual(70.3, 70.31) // false
 */
export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= RELATIVE_EPSILON * Math.max(Math.abs(a), Math.abs(b));
}
