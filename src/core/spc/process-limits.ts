import { compareWithin, finiteValues, isFiniteNumber, mean } from "../numbers";
import { LIMIT_FACTOR, MR_SCREEN_FACTOR, TWO_SIGMA_FRACTION } from "./constants";
import { movingRanges } from "./moving-ranges";
import type { ProcessLimits, SpcOptions } from "./types";

/** Input of processLimits: the series and the analysis options (baseline, screening). */
export interface ProcessLimitsInput extends SpcOptions {
  /** The series, oldest first. */
  readonly values: readonly number[];
}

/**
 * Centre line, process limits and 2-sigma lines of an XmR chart.
 *
 * Source: docs/rules.md, "SPC" (NHS England Making Data Count): mean of the baseline points;
 * limits = mean ± 2.66 × mean moving range; 2-sigma lines = mean ± (2/3) × 2.66 × mean moving
 * range. With `screenMovingRanges`, ranges >= 3.267 × their mean are dropped and the rest
 * re-averaged (NHSRplotthedots); skipped when the mean moving range is 0, where it would drop all.
 * An all-equal baseline gives a mean moving range of 0 and limits equal to the mean (no division).
 * Bad input: non-finite values are left out first. `baseline` missing, NaN or ±Infinity means all
 * points; a fraction is rounded down; more than the points means all. Fewer than 2 baseline
 * points (no moving range) gives null. Never throws.
 *
 * @example processLimits({ values: [10, 12, 11, 13] })
 * // mean 11.5, meanMovingRange 5/3, upper 11.5 + 2.66 × 5/3 ≈ 15.933, lower ≈ 7.067
 */
export function processLimits(input: ProcessLimitsInput): ProcessLimits | null {
  const values = finiteValues(input?.values ?? []);
  const baselineCount = readBaseline(input?.baseline, values.length);
  if (baselineCount < 2) return null;
  const baseline = values.slice(0, baselineCount);

  const centre = mean(baseline);
  let ranges = movingRanges(baseline).filter(isFiniteNumber);
  let meanRange = mean(ranges);
  if (input?.screenMovingRanges === true && meanRange !== null && meanRange > 0) {
    const cutOff = MR_SCREEN_FACTOR * meanRange;
    ranges = ranges.filter((range) => compareWithin(range, cutOff) === -1);
    meanRange = mean(ranges) ?? meanRange;
  }
  if (centre === null || meanRange === null) return null;

  const spread = LIMIT_FACTOR * meanRange;
  const twoSigmaSpread = TWO_SIGMA_FRACTION * spread;
  const limits: ProcessLimits = {
    mean: centre,
    meanMovingRange: meanRange,
    upper: centre + spread,
    lower: centre - spread,
    upperTwoSigma: centre + twoSigmaSpread,
    lowerTwoSigma: centre - twoSigmaSpread,
  };
  return Object.values(limits).every(Number.isFinite) ? limits : null;
}

/** Number of baseline points: all when missing or not finite, else ⌊baseline⌋ capped at count. */
function readBaseline(baseline: number | undefined, count: number): number {
  if (!isFiniteNumber(baseline)) return count;
  return Math.min(count, Math.floor(baseline));
}
