import { leastSquaresLine, type Point } from "./least-squares-line";

/**
 * Slope of the ordinary least-squares line through [x, y] points (Excel SLOPE).
 *
 * Source: Excel SLOPE; Kent's regression trend (docs/rules.md, "Direction of travel").
 * Bad input: non-finite points are left out; fewer than 2 points or all x equal give null.
 *
 * @example leastSquaresSlope([[1, 10], [3, 14], [5, 18]]) // 2
 */
export function leastSquaresSlope(points: readonly Point[]): number | null {
  return leastSquaresLine(points)?.slope ?? null;
}
