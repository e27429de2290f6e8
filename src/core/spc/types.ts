/**
 * Shapes shared by the SPC pipeline steps.
 */

/** What one special-cause rule says about one point: above ("high"), below ("low"), or nothing. */
export type PointFlag = "high" | "low" | null;

/** Centre line and limits of an XmR chart, in the indicator's unit. */
export interface ProcessLimits {
  /** Centre line: mean of the baseline points. */
  readonly mean: number;
  /** Mean of the baseline moving ranges (after screening, when asked for). */
  readonly meanMovingRange: number;
  /** mean + 2.66 × meanMovingRange. */
  readonly upper: number;
  /** mean − 2.66 × meanMovingRange. */
  readonly lower: number;
  /** mean + (2/3) × 2.66 × meanMovingRange. */
  readonly upperTwoSigma: number;
  /** mean − (2/3) × 2.66 × meanMovingRange. */
  readonly lowerTwoSigma: number;
}

/** Options of an SPC analysis. */
export interface SpcOptions {
  /** How many of the first numeric points set the mean and limits; default all. */
  readonly baseline?: number;
  /** Drop moving ranges >= 3.267 × their mean before setting the limits; default false (MDC Excel). */
  readonly screenMovingRanges?: boolean;
}

/** Per-point flags from each special-cause rule, in the rules' priority order. */
export interface SpcRuleFlags {
  /** Rule 1: beyond a process limit. */
  readonly beyondLimits: readonly PointFlag[];
  /** Rule 2: part of a 7-point run each strictly higher ("high") or lower ("low") than the one before. */
  readonly trend: readonly PointFlag[];
  /** Rule 3: part of a 7-point run above ("high") or below ("low") the mean. */
  readonly shift: readonly PointFlag[];
  /** Rule 4: beyond 2 sigma in a window of 3 with at least 2 beyond 2 sigma on that side. */
  readonly twoOfThree: readonly PointFlag[];
}
