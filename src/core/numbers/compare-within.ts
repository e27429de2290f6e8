import { nearlyEqual } from "./nearly-equal";

/** The result of comparing two numbers: −1 below, 0 level (nearly equal), 1 above. */
export type Ordering = -1 | 0 | 1;

/**
 * Compares a with b, calling them level when they are nearly equal (relative epsilon 1e-9).
 *
 * Source: core float rule (see RELATIVE_EPSILON, nearlyEqual).
 * Bad input: NaN on either side cannot be ordered and gives null; ±Infinity orders normally.
 *
 * @example compareWithin(11.7, 13 * (1 - 0.1)) // 0
 * @example compareWithin(2, 1) // 1
 * @example compareWithin(NaN, 1) // null
 */
export function compareWithin(a: number, b: number): Ordering | null {
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  if (nearlyEqual(a, b)) return 0;
  return a < b ? -1 : 1;
}
