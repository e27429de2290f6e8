/**
 * The words our users type and read: polarity, methods, modes and result words.
 * One list each, so the custom functions, the engine and the messages agree.
 * Source: docs/rules.md and the custom-function contract (issue 2).
 */

export const POLARITIES = ["higher", "lower", "target", "neutral"] as const;
export type Polarity = (typeof POLARITIES)[number];

export const TOLERANCE_MODES = ["relative", "absolute"] as const;
export type ToleranceMode = (typeof TOLERANCE_MODES)[number];

export const TREND_METHODS = ["previous", "average", "slope"] as const;
export type TrendMethod = (typeof TREND_METHODS)[number];

export const GAP_MODES = ["points", "percent"] as const;
export type GapMode = (typeof GAP_MODES)[number];

/**
 * The built-in inspection grade scales (src/core/grades): the Joint Area Review's (1 inadequate
 * to 4 excellent, higher is better) and Ofsted's (1 outstanding to 4 inadequate, lower is better).
 */
export const GRADE_SCALE_NAMES = ["jar", "ofsted"] as const;
export type GradeScaleName = (typeof GRADE_SCALE_NAMES)[number];

/** Which end of a grade scale is best: the highest number or the lowest. */
export const GRADE_BESTS = ["high", "low"] as const;
export type GradeBest = (typeof GRADE_BESTS)[number];

export const RAG_STATUSES = ["Green", "Amber", "Red", "No target", "No data"] as const;
export type RagStatus = (typeof RAG_STATUSES)[number];

export const DIRECTIONS = ["Improving", "Worsening", "No change", "Up", "Down", "Not enough data"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const SPC_VARIATIONS = [
  "Common cause",
  "Special cause improving",
  "Special cause concerning",
  "Special cause high",
  "Special cause low",
  "Not enough data",
] as const;
export type SpcVariation = (typeof SPC_VARIATIONS)[number];

/**
 * The type of one point of an XmR chart, as KPI.SPCLIMITS writes it (NHSRplotthedots
 * point types in words): common cause, special cause improvement or concern, or for neutral
 * polarity special cause high or low.
 */
export const SPC_POINT_TYPES = ["common", "improvement", "concern", "neutral high", "neutral low"] as const;
export type SpcPointType = (typeof SPC_POINT_TYPES)[number];

export const ASSURANCES = [
  "Consistently pass",
  "Consistently fail",
  "Hit and miss",
  "No target",
  "Not enough data",
] as const;
export type Assurance = (typeof ASSURANCES)[number];

/** KPI.ONTRACK: the actual against the straight-line trajectory from baseline to target. */
export const ON_TRACK_STATUSES = ["On track", "Behind", "Ahead", "No target", "No data"] as const;
export type OnTrackStatus = (typeof ON_TRACK_STATUSES)[number];

/** KPI.CURVE: the points after an intervention against the forecast from the points before it. */
export const CURVE_RESULTS = [
  "Turned the curve",
  "Not yet turned",
  "Turned the wrong way",
  "Not enough data",
] as const;
export type CurveResult = (typeof CURVE_RESULTS)[number];

/**
 * Reads one of a fixed list of words, ignoring case and surrounding spaces.
 * Returns the canonical word, or undefined when the text is not one of them.
 * @example readWord(" Higher ", POLARITIES) // "higher"
 */
export function readWord<W extends string>(text: unknown, words: readonly W[]): W | undefined {
  if (typeof text !== "string") return undefined;
  const wanted = text.trim().toLowerCase();
  return words.find((w) => w.toLowerCase() === wanted);
}

const YES_WORDS = new Set(["yes", "y", "true", "1"]);
const NO_WORDS = new Set(["no", "n", "false", "0"]);

/**
 * Reads a yes/no answer as people type it in a cell: TRUE/FALSE, yes/no, y/n, 1/0, any case.
 * Undefined for anything else (including a blank), so the caller can say what is wrong.
 * @example readYesNo("Yes") // true
 * @example readYesNo(0) // false
 */
export function readYesNo(value: unknown): boolean | undefined {
  const word =
    typeof value === "boolean" || typeof value === "number"
      ? String(value)
      : typeof value === "string"
        ? value.trim().toLowerCase()
        : "";
  if (YES_WORDS.has(word)) return true;
  if (NO_WORDS.has(word)) return false;
  return undefined;
}
