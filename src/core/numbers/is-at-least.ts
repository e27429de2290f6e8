import { nearlyEqual } from "./nearly-equal";

/**
 * True when a >= b, counting "nearly equal" (relative epsilon 1e-9) as equal.
 *
 * Source: core float rule; e.g. RAG "Amber if actual >= target × (1 − tol)" (docs/rules.md).
 * Bad input: NaN on either side gives false.
 *
 * @example isAtLeast(11.7, 13 * (1 - 0.1)) // true, although 11.7 < 11.700000000000001 in doubles
 */
export function isAtLeast(a: number, b: number): boolean {
  return a > b || nearlyEqual(a, b);
}
