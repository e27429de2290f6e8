import { isFiniteNumber } from "./is-finite-number";

/** A straight line y = intercept + slope × x. */
export interface StraightLine {
  readonly slope: number;
  readonly intercept: number;
}

/** One observation: [x, y]. */
export type Point = readonly [x: number, y: number];

/**
 * Ordinary least-squares line through [x, y] points (Excel SLOPE and INTERCEPT).
 *
 * Source: Excel SLOPE/INTERCEPT; Kent's regression trend (docs/rules.md, "Direction of travel").
 * Computed about the means (Σ(x−x̄)(y−ȳ) ÷ Σ(x−x̄)²) to keep rounding small.
 * Bad input: points with a non-finite x or y are left out; fewer than 2 points, or all x equal
 * (no spread, Excel's #DIV/0!), give null. Never throws.
 *
 * @example leastSquaresLine([[0, 1], [1, 3], [2, 5]]) // { slope: 2, intercept: 1 }
 */
export function leastSquaresLine(points: readonly Point[]): StraightLine | null {
  const usable = (points ?? []).filter((p) => isFiniteNumber(p?.[0]) && isFiniteNumber(p?.[1]));
  if (usable.length < 2) return null;
  const n = usable.length;
  let sumX = 0;
  let sumY = 0;
  for (const [x, y] of usable) {
    sumX += x;
    sumY += y;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of usable) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) * (x - meanX);
  }
  if (!(sxx > 0) || !Number.isFinite(sxx) || !Number.isFinite(sxy)) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  if (!Number.isFinite(slope) || !Number.isFinite(intercept)) return null;
  return { slope, intercept };
}
