import type { Polarity, SpcVariation } from "../words";
import { finiteValues } from "../numbers";
import { MIN_POINTS } from "./constants";
import { beyondLimits } from "./beyond-limits";
import { pointVariation } from "./point-variation";
import { processLimits } from "./process-limits";
import { shiftRun } from "./shift-run";
import { trendRun } from "./trend-run";
import { twoOfThreeBeyondTwoSigma } from "./two-of-three-beyond-two-sigma";
import type { PointFlag, ProcessLimits, SpcOptions, SpcRuleFlags } from "./types";

/** Everything an XmR analysis finds, point by point. */
export interface SpcAnalysis {
  /** The numeric values used, oldest first (gaps dropped). Every per-point list lines up with it. */
  readonly points: readonly number[];
  /** Null when there are fewer than 2 baseline points. */
  readonly limits: ProcessLimits | null;
  readonly flags: SpcRuleFlags;
  /** Variation type of each point; all "Not enough data" under 13 points. */
  readonly pointVariations: readonly SpcVariation[];
  /** Variation of the last point: the icon. */
  readonly variation: SpcVariation;
}

/**
 * XmR analysis of a series: limits, each special-cause rule's flags and each point's variation.
 *
 * Source: docs/rules.md, "SPC" (NHS England Making Data Count). A pipeline of the named steps:
 * processLimits -> beyondLimits (rule 1), trendRun (rule 2), shiftRun (rule 3),
 * twoOfThreeBeyondTwoSigma (rule 4) -> pointVariation. Every rule is applied to every point
 * (including those after a shorter baseline) against the baseline's limits.
 * Bad input: null, NaN and ±Infinity are gaps and are dropped (so `points` may be shorter than
 * `values`). Fewer than 13 numeric points: flags are still reported, but every variation is
 * "Not enough data" (no icon is shown on so few points). Fewer than 2 baseline points: no
 * limits, and the limit-based flags are all null. Never throws.
 *
 * @example spcAnalysis([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9], "higher").variation
 * // "Special cause improving": 9 is above the upper limit 69/13 + 2.66 × 4/12 ≈ 6.19
 */
export function spcAnalysis(
  values: readonly (number | null)[],
  polarity: Polarity,
  options?: SpcOptions,
): SpcAnalysis {
  const points = finiteValues(values);
  const limits = processLimits({ ...options, values: points });
  const none = (): PointFlag[] => points.map(() => null);
  const flags: SpcRuleFlags = {
    beyondLimits: limits ? beyondLimits(points, limits) : none(),
    trend: trendRun(points),
    shift: limits ? shiftRun(points, limits.mean) : none(),
    twoOfThree: limits ? twoOfThreeBeyondTwoSigma(points, limits) : none(),
  };

  const enough = points.length >= MIN_POINTS && limits !== null;
  const pointVariations: SpcVariation[] = points.map((_, i) =>
    enough
      ? pointVariation(
          [
            flags.beyondLimits[i] ?? null,
            flags.trend[i] ?? null,
            flags.shift[i] ?? null,
            flags.twoOfThree[i] ?? null,
          ],
          polarity,
        )
      : "Not enough data",
  );
  const variation = pointVariations[pointVariations.length - 1] ?? "Not enough data";
  return { points, limits, flags, pointVariations, variation };
}
