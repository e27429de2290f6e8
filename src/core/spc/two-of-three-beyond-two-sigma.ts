import { compareWithin } from "../numbers";
import { TWO_OF_THREE_NEEDED, TWO_OF_THREE_WINDOW } from "./constants";
import type { PointFlag, ProcessLimits } from "./types";

/**
 * Rule 4: in any 3 consecutive points, at least 2 beyond the same 2-sigma line; those points
 * beyond 2 sigma are flagged ("high" above the upper line, "low" below the lower).
 *
 * Source: docs/rules.md, "SPC", rule 4 (post-2023 MDC definition: points beyond the 3-sigma
 * process limits count too). The third point of the window may be anywhere; it is not flagged
 * unless it is itself beyond 2 sigma on that side. A point on a 2-sigma line (nearly equal,
 * relative epsilon 1e-9) is not beyond it.
 * Bad input: a non-finite value is never beyond; fewer than 3 values flag nothing.
 *
 * @example twoOfThreeBeyondTwoSigma([0, 9, 1, 9], { mean: 0, meanMovingRange: 3, upper: 7.98, lower: -7.98, upperTwoSigma: 5.32, lowerTwoSigma: -5.32 })
 * // [null, "high", null, "high"]
 */
export function twoOfThreeBeyondTwoSigma(values: readonly number[], limits: ProcessLimits): PointFlag[] {
  const sides: PointFlag[] = (values ?? []).map((value) => {
    if (compareWithin(value, limits.upperTwoSigma) === 1) return "high";
    if (compareWithin(value, limits.lowerTwoSigma) === -1) return "low";
    return null;
  });
  const flags: PointFlag[] = sides.map(() => null);

  for (let start = 0; start + TWO_OF_THREE_WINDOW <= sides.length; start += 1) {
    const window = sides.slice(start, start + TWO_OF_THREE_WINDOW);
    for (const side of ["high", "low"] as const) {
      if (window.filter((s) => s === side).length < TWO_OF_THREE_NEEDED) continue;
      window.forEach((s, offset) => {
        if (s === side) flags[start + offset] = side;
      });
    }
  }
  return flags;
}
