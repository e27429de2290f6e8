import { RELATIVE_EPSILON } from "./constants";

/**
 * True when two numbers are equal up to a relative epsilon: |a − b| <= 1e-9 × max(1, |a|, |b|).
 *
 * Source: core float rule (see RELATIVE_EPSILON). Used for every boundary comparison: RAG
 * thresholds, trend "level", quartile band edges, SPC limits and "on the mean".
 * Bad input: NaN is equal to nothing (false); infinities are equal only to the same infinity.
 *
 * @example nearlyEqual(13 * (1 - 0.1), 11.7) // true (11.700000000000001 vs 11.7)
 * @example nearlyEqual(70.3, 70.31) // false
 */
export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= RELATIVE_EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}
