import { compareWithin } from "../numbers";
import type { PointFlag, ProcessLimits } from "./types";

/**
 * Rule 1: points beyond a process limit — "high" above the upper limit, "low" below the lower.
 *
 * Source: docs/rules.md, "SPC", rule 1 (MDC: a point outside the process limits).
 * A point on a limit (nearly equal, relative epsilon 1e-9) is not beyond it, so an all-equal
 * series, whose limits collapse onto the mean, flags nothing.
 * Bad input: a non-finite value gets null. One flag per value, in order.
 *
 * @example beyondLimits([5, 20, -9], { mean: 5, meanMovingRange: 1, upper: 7.66, lower: 2.34, upperTwoSigma: 6.77, lowerTwoSigma: 3.23 })
 * // [null, "high", "low"]
 */
export function beyondLimits(values: readonly number[], limits: ProcessLimits): PointFlag[] {
  return (values ?? []).map((value) => {
    if (compareWithin(value, limits.upper) === 1) return "high";
    if (compareWithin(value, limits.lower) === -1) return "low";
    return null;
  });
}
