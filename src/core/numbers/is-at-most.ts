import { nearlyEqual } from "./nearly-equal";

/**
 * True when a <= b, counting "nearly equal" (relative epsilon 1e-9) as equal.
 *
 * Source: core float rule; e.g. quartile bands "include their upper boundary" (docs/rules.md).
 * Bad input: NaN on either side gives false.
 *
 * @example isAtMost(0.1 + 0.2, 0.3) // true, although 0.30000000000000004 > 0.3
 */
export function isAtMost(a: number, b: number): boolean {
  return a < b || nearlyEqual(a, b);
}
