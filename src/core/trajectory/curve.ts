/**
 * Has the curve turned? The points after an intervention against the baseline forecast made
 * from the points before it (Outcomes-Based Accountability's "turning the curve").
 */
import { compareWithin, isFiniteNumber, RELATIVE_EPSILON } from "../numbers";
import type { CurveResult, Polarity } from "../words";
import { CONSISTENT_POINTS, MIN_AFTER_POINTS, MIN_BASELINE_POINTS, PREDICTION_LEVEL } from "./constants";
import { fitLine, valueOnLine, type LineFit } from "./forecast";
import { studentTQuantile } from "./student-t";

/** Where a point after the intervention lies against the baseline forecast's prediction interval. */
export type CurveSide = "above" | "inside" | "below";

/** One numeric point after the intervention, with the baseline's forecast for it. */
export interface CurvePoint {
  /** 1-based position in the series. */
  readonly position: number;
  readonly value: number;
  /** The baseline line extended to this position. */
  readonly forecast: number;
  /** The 95% prediction interval around the forecast. */
  readonly lower: number;
  readonly upper: number;
  readonly side: CurveSide;
}

/** The whole working of `curveStatus`, for a chart or a table. */
export interface CurveAnalysis {
  readonly result: CurveResult;
  /** The least-squares line through the points before the intervention (when there are at least 2). */
  readonly baseline?: LineFit;
  /** The multiplier of the prediction interval: Student's t, 97.5% point, n − 2 degrees of freedom. */
  readonly multiplier?: number;
  /** Every numeric point after the intervention, oldest first. */
  readonly after: readonly CurvePoint[];
}

/** The polarities that say which way the curve should turn. */
export type CurvePolarity = Extract<Polarity, "higher" | "lower">;

/**
 * Turned the curve, Turned the wrong way or Not yet turned; Not enough data.
 *
 * Source: docs/rules.md, "Turning the curve". The baseline is the least-squares line through
 * the numeric points before the intervention (x = position, gaps keep their spacing), extended
 * to each point after it, with a 95% prediction interval: forecast ± t(0.975, n − 2) × s ×
 * √(1 + 1/n + (x − x̄)² ÷ Σ(x − x̄)²), s being the baseline's residual standard error. The curve
 * has turned when the latest 3 points after the intervention (all of them when there are only
 * 2) **all** lie beyond the interval on the better side; the wrong way when all lie beyond it
 * on the worse side; otherwise not yet. A point on a bound is inside.
 * - Fewer than 3 numeric points before, or fewer than 2 after: Not enough data.
 * - A perfectly straight baseline (s = 0) has no scatter: any departure larger than rounding
 *   (1e-9 of the largest value) counts as beyond.
 * Bad input: `interventionIndex` is the 1-based position of the first point after the
 * intervention; one that is not a whole number from 2 to the length of the series gives Not
 * enough data. null / non-finite values are gaps. `target`, `neutral` and unknown polarities
 * have no better side and give Not enough data (the Excel wrapper refuses them). Never throws.
 *
 * @example curveStatus([10, 12, 11, 13, 12, 20, 21, 22], 6, "higher") // "Turned the curve"
 */
export function curveStatus(
  values: readonly (number | null)[],
  interventionIndex: number,
  polarity: CurvePolarity,
): CurveResult {
  return curveAnalysis(values, interventionIndex, polarity).result;
}

/**
 * `curveStatus` with its working: the baseline line, the interval multiplier and each point
 * after the intervention with its forecast, interval and side. Same rules and bad input.
 */
export function curveAnalysis(
  values: readonly (number | null)[],
  interventionIndex: number,
  polarity: CurvePolarity,
): CurveAnalysis {
  const notEnough: CurveAnalysis = { result: "Not enough data", after: [] };
  const series = Array.isArray(values) ? values : [];
  if (!Number.isInteger(interventionIndex) || interventionIndex < 2 || interventionIndex > series.length)
    return notEnough;
  const before = series.slice(0, interventionIndex - 1);
  const baseline = fitLine(before);
  const numericBefore = before.filter(isFiniteNumber).length;
  const s = baseline?.residualStandardError;
  if (baseline === undefined || numericBefore < MIN_BASELINE_POINTS || !isFiniteNumber(s)) return notEnough;

  const multiplier = studentTQuantile(PREDICTION_LEVEL, baseline.count - 2);
  const scale = Math.max(...series.filter(isFiniteNumber).map(Math.abs));
  const rounding = RELATIVE_EPSILON * scale;
  const after: CurvePoint[] = [];
  series.forEach((value, index) => {
    if (index < interventionIndex - 1 || !isFiniteNumber(value)) return;
    const position = index + 1;
    const forecast = valueOnLine(baseline, position);
    const spread =
      s * Math.sqrt(1 + 1 / baseline.count + (position - baseline.meanX) ** 2 / baseline.sxx) * multiplier;
    const margin = Math.max(isFiniteNumber(spread) ? spread : 0, rounding);
    const lower = forecast - margin;
    const upper = forecast + margin;
    const side: CurveSide =
      compareWithin(value, upper) === 1 ? "above" : compareWithin(value, lower) === -1 ? "below" : "inside";
    after.push({ position, value, forecast, lower, upper, side });
  });
  if (after.length < MIN_AFTER_POINTS) return { result: "Not enough data", baseline, multiplier, after };

  const latest = after.slice(-Math.min(CONSISTENT_POINTS, after.length));
  const all = (side: CurveSide): boolean => latest.every((p) => p.side === side);
  const better: CurveSide | undefined =
    polarity === "higher" ? "above" : polarity === "lower" ? "below" : undefined;
  if (better === undefined) return { result: "Not enough data", baseline, multiplier, after };
  const worse: CurveSide = better === "above" ? "below" : "above";
  const result: CurveResult = all(better)
    ? "Turned the curve"
    : all(worse)
      ? "Turned the wrong way"
      : "Not yet turned";
  return { result, baseline, multiplier, after };
}
