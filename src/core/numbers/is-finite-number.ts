/**
 * True for a real, finite number; false for null, undefined, NaN, ±Infinity and non-numbers.
 *
 * Source: the core's gap rule (docs/rules.md, "Direction of travel": blanks and placeholders
 * are gaps, not zeros) — every core function treats a non-finite value as a gap.
 * Bad input: anything that is not a finite number gives false; never throws.
 *
 * @example isFiniteNumber(0.97) // true
 * @example isFiniteNumber(NaN) // false
 */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
