/**
 * Shapes shared by the SPC (XmR chart) steps.
 */

/** Centre line and limits of one segment of an XmR chart, in the indicator's unit. */
export interface ProcessLimits {
  /** Centre line: mean of the segment's baseline values. */
  readonly mean: number;
  /** Mean of the baseline moving ranges (after screening, when asked for); NaN when none. */
  readonly meanMovingRange: number;
  /** mean + 2.66 × meanMovingRange (NaN without moving ranges). */
  readonly upper: number;
  /** mean − 2.66 × meanMovingRange. */
  readonly lower: number;
  /** mean + 2 × (2.66 / 3) × meanMovingRange: the "2 sigma" line. */
  readonly upperTwoSigma: number;
  /** mean − 2 × (2.66 / 3) × meanMovingRange. */
  readonly lowerTwoSigma: number;
}

/** Options of an SPC analysis: in the functions' arguments and a catalogue indicator's `spc` block. */
export interface SpcOptions {
  /** Limits from the first N points of each segment, then held (NHSRplotthedots fix_after_n_points). */
  readonly fixAfter?: number;
  /** Zero-based positions where the limits are recalculated from (rebasing); each starts a segment. */
  readonly rebase?: readonly number[];
  /** Drop moving ranges of 3.267 × their mean or more before setting the limits; default false. */
  readonly screenOutliers?: boolean;
  /** Points in a run (one side of the mean) or a trend (rising or falling); default 7. */
  readonly runLength?: number;
}

/** Which special-cause rule decided a point, in priority order. */
export type SpecialCauseRule = "beyond limits" | "trend" | "two of three" | "shift";

/** What the rules say about one point: the deciding rule and its direction (1 above/up, −1 below/down). */
export interface SpecialCause {
  readonly rule: SpecialCauseRule;
  readonly direction: 1 | -1;
}
