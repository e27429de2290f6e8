import { isFiniteNumber } from "../numbers";
import { LIMIT_FACTOR, MR_SCREEN_FACTOR, TWO_SIGMA_FACTOR } from "./constants";
import type { ProcessLimits, SpcOptions } from "./types";

/** Input of processLimits: one segment's values by position (null for a gap) and the options. */
export interface ProcessLimitsInput extends Pick<SpcOptions, "fixAfter" | "screenOutliers"> {
  /** The segment's values, oldest first; null, NaN and ±Infinity are gaps. */
  readonly values: readonly (number | null)[];
}

/**
 * Centre line, process limits and 2-sigma lines of one segment of an XmR chart.
 *
 * Source: docs/rules.md, "SPC"; NHSRplotthedots 0.2.2. The baseline is the first `fixAfter`
 * positions (gaps count as positions, as rows do in the reference), else every position. Mean
 * of the baseline values; moving ranges |x_k − x_(k−1)| between neighbouring positions only,
 * never across a gap; limits = mean ± 2.66 × mean moving range; 2-sigma lines = mean ±
 * 2 × (2.66 / 3) × mean moving range. With `screenOutliers`, ranges not below 3.267 × their
 * mean are dropped once and the rest averaged again (so a series of equal values has no
 * ranges left and no limits, as in the reference).
 * Bad input: no baseline value gives null; no moving range gives NaN limits around the mean
 * (every comparison with them is false). Never throws.
 *
 * @example processLimits({ values: [10, 12, 11, 13] })
 * // mean 11.5, meanMovingRange 5/3, upper 11.5 + 2.66 × 5/3 ≈ 15.933, lower ≈ 7.067
 */
export function processLimits(input: ProcessLimitsInput): ProcessLimits | null {
  const values = input?.values ?? [];
  const fix = input.fixAfter;
  const baseline =
    isFiniteNumber(fix) && fix >= 1 && fix < values.length ? values.slice(0, Math.floor(fix)) : values;
  const centre = referenceMean(baseline.filter(isFiniteNumber));
  if (centre === null) return null;
  const ranges: number[] = [];
  for (let k = 1; k < baseline.length; k += 1) {
    const current = baseline[k];
    const previous = baseline[k - 1];
    if (isFiniteNumber(current) && isFiniteNumber(previous)) ranges.push(Math.abs(current - previous));
  }
  let meanRange = referenceMean(ranges) ?? Number.NaN;
  if (input.screenOutliers === true) {
    const cut = MR_SCREEN_FACTOR * meanRange;
    meanRange = referenceMean(ranges.filter((range) => range < cut)) ?? Number.NaN;
  }
  return {
    mean: centre,
    meanMovingRange: meanRange,
    upper: centre + LIMIT_FACTOR * meanRange,
    lower: centre - LIMIT_FACTOR * meanRange,
    upperTwoSigma: centre + TWO_SIGMA_FACTOR * meanRange,
    lowerTwoSigma: centre - TWO_SIGMA_FACTOR * meanRange,
  };
}

/**
 * The mean as R computes it: a compensated sum divided by the count, then corrected by the
 * mean of the residuals, so a point that equals the mean in the reference equals it here.
 * Null for no values.
 */
function referenceMean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  let compensation = 0;
  for (const value of values) {
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  const first = (sum + compensation) / values.length;
  if (!Number.isFinite(first)) return first;
  let residual = 0;
  for (const value of values) residual += value - first;
  return first + residual / values.length;
}
