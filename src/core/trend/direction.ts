import type { Direction, Polarity, TrendMethod } from "../words";
import { compareWithin, isFiniteNumber, leastSquaresLine, mean, type Ordering, type Point } from "../numbers";
import { DEFAULT_AVERAGE_PERIODS, DEFAULT_TREND_METHOD, MIN_TREND_POINTS } from "./constants";

/** The value now and the value it is compared with (both in the indicator's unit). */
interface Comparison {
  readonly latest: number;
  readonly before: number;
}

/**
 * Direction of travel of a series: Improving / Worsening / No change, or Up / Down / No change.
 *
 * Source: docs/rules.md, "Direction of travel".
 * - `previous` (Pentana short trend, LAIT): latest numeric value vs the numeric value before it.
 * - `average` (Pentana long trend): latest vs the mean of up to `periods` numeric values before it.
 * - `slope` (Kent regression): the least-squares line over the whole series, x = position in the
 *   original array (gaps keep their spacing); compares the fitted value at the last numeric point
 *   with the fitted value at the first, which has the sign of the slope but is judged "level"
 *   relative to the data's own size rather than to an absolute zero.
 * The movement is level when the two values are nearly equal (relative epsilon 1e-9) -> "No change".
 * Judgement by polarity: `higher` up = Improving; `lower` up = Worsening; `neutral` reports
 * "Up" / "Down"; `target` with a finite `target`: Improving when the latest (or last fitted) value
 * is closer to the target than the value compared with, Worsening when further, "No change" when
 * equally far (e.g. 95 -> 105 around 100); `target` polarity without a target reports "Up" / "Down".
 *
 * Bad input: values are oldest first; null, NaN and ±Infinity are gaps (skipped, never zeros);
 * fewer than 2 numeric points give "Not enough data". `periods` below 1 or NaN counts as 1, and
 * a fraction is rounded down. An unknown method is read as "previous". Never throws.
 *
 * @example directionOfTravel([60, null, 64], "higher") // "Improving" (64 vs 60; the gap is skipped)
 * @example directionOfTravel([10, 12, 11, 13, 9], "lower", "average", 4) // "Improving" (9 vs 11.5)
 * @example directionOfTravel([5], "higher") // "Not enough data"
 */
export function directionOfTravel(
  values: readonly (number | null)[],
  polarity: Polarity,
  method: TrendMethod = DEFAULT_TREND_METHOD,
  periods: number = DEFAULT_AVERAGE_PERIODS,
  target?: number,
): Direction {
  const series = Array.isArray(values) ? values : [];
  return directionOfTravelUpTo(series, series.length, polarity, method, periods, target);
}

/**
 * directionOfTravel of the first `end` values, without copying them: the engine judges every
 * period of a row as if it were the latest, a million times on a large workbook. Same rules and
 * bad input as directionOfTravel; `end` beyond the array counts as its length.
 * @example directionOfTravelUpTo([60, 64, 50], 2, "higher") // "Improving" (64 vs 60; 50 is after the end)
 */
export function directionOfTravelUpTo(
  values: readonly (number | null)[],
  end: number,
  polarity: Polarity,
  method: TrendMethod = DEFAULT_TREND_METHOD,
  periods: number = DEFAULT_AVERAGE_PERIODS,
  target?: number,
): Direction {
  const last = Math.min(end, values.length);
  const comparison =
    method === "average" || method === "slope"
      ? compareByMethod(numericPoints(values, last), method, periods)
      : lastTwo(values, last);
  if (comparison === null) return "Not enough data";

  const movement = compareWithin(comparison.latest, comparison.before);
  if (movement === null) return "Not enough data";
  if (movement === 0) return "No change";

  return judge(movement, comparison, polarity, target);
}

/**
 * The "previous" method: the last numeric value before `end` and the numeric value before it;
 * null with fewer than MIN_TREND_POINTS (2) of them. Scans back without allocating.
 */
function lastTwo(values: readonly (number | null)[], end: number): Comparison | null {
  let k = end - 1;
  while (k >= 0 && !isFiniteNumber(values[k])) k -= 1;
  if (k < 0) return null;
  const latest = values[k] as number;
  k -= 1;
  while (k >= 0 && !isFiniteNumber(values[k])) k -= 1;
  return k < 0 ? null : { latest, before: values[k] as number };
}

/** The numeric values before `end` with their position in the original array: [position, value]. */
function numericPoints(values: readonly (number | null)[], end: number): Point[] {
  const points: Point[] = [];
  for (let position = 0; position < end; position += 1) {
    const value = values[position];
    if (isFiniteNumber(value)) points.push([position, value]);
  }
  return points;
}

/** The latest value and what it is compared with, by average or slope (null below MIN_TREND_POINTS points). */
function compareByMethod(
  points: readonly Point[],
  method: "average" | "slope",
  periods: number,
): Comparison | null {
  if (points.length < MIN_TREND_POINTS) return null;
  const values = points.map(([, value]) => value);
  const latest = values[values.length - 1];
  if (latest === undefined) return null;
  const earlier = values.slice(0, -1);

  if (method === "average") {
    const count = Math.min(earlier.length, averagePeriods(periods));
    const before = mean(earlier.slice(earlier.length - count));
    return before === null ? null : { latest, before };
  }
  const line = leastSquaresLine(points);
  const first = points[0];
  const lastPoint = points[points.length - 1];
  if (line === null || first === undefined || lastPoint === undefined) return null;
  const fitted = (x: number): number => line.intercept + line.slope * x;
  return { latest: fitted(lastPoint[0]), before: fitted(first[0]) };
}

/** `periods` as a whole number of at least 1 (NaN and values below 1 count as 1). */
function averagePeriods(periods: number): number {
  if (typeof periods !== "number" || Number.isNaN(periods) || periods < 1) return 1;
  return Math.floor(periods);
}

/** Turns an up (1) or down (−1) movement into the words for the polarity. */
function judge(
  movement: Exclude<Ordering, 0>,
  comparison: Comparison,
  polarity: Polarity,
  target?: number,
): Direction {
  switch (polarity) {
    case "higher":
      return movement === 1 ? "Improving" : "Worsening";
    case "lower":
      return movement === 1 ? "Worsening" : "Improving";
    case "target": {
      if (!isFiniteNumber(target)) return movement === 1 ? "Up" : "Down";
      const closeness = compareWithin(
        Math.abs(comparison.latest - target),
        Math.abs(comparison.before - target),
      );
      if (closeness === -1) return "Improving";
      if (closeness === 1) return "Worsening";
      return "No change";
    }
    default:
      return movement === 1 ? "Up" : "Down";
  }
}
