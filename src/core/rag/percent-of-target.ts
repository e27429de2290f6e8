import type { Polarity } from "../words";
import { isFiniteNumber } from "../numbers";

/**
 * CAMMS percentage-of-target score, as a fraction: higher = actual ÷ target, lower = 2 − actual ÷ target.
 *
 * Source: docs/rules.md, "RAG against a target" (CAMMS). 1 means exactly on target; above 1 is
 * better than target for both polarities. The formula is applied as published, also to a negative
 * target, where the ratio reads the other way (higher: −5 against −10 scores 0.5).
 * Bad input: null / non-finite actual or target, a target of 0 (no division by 0), `neutral` or
 * `target` polarity (no score is defined for them) and any result too large to be finite give null.
 *
 * @example percentOfTarget(90, 100, "higher") // 0.9
 * @example percentOfTarget(90, 100, "lower") // 1.1
 * @example percentOfTarget(5, 0, "higher") // null
 */
export function percentOfTarget(
  actual: number | null,
  target: number | null,
  polarity: Polarity,
): number | null {
  if (!isFiniteNumber(actual) || !isFiniteNumber(target) || target === 0) return null;
  let score: number;
  if (polarity === "higher") score = actual / target;
  else if (polarity === "lower") score = 2 - actual / target;
  else return null;
  return Number.isFinite(score) ? score : null;
}
