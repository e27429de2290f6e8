/**
 * SPC (XmR chart) constants, each named once with its source.
 * Source for all: NHS England "Making Data Count" (MDC) and docs/rules.md, "SPC".
 */

/**
 * Process limits are mean ± 2.66 × mean moving range (3 sigma: 3 ÷ d2, d2 = 1.128 for ranges of 2).
 * Source: docs/rules.md, "SPC"; MDC; NHSRplotthedots `limit <- 2.66`.
 */
export const LIMIT_FACTOR = 2.66;

/**
 * Optional moving-range screening drops ranges >= 3.267 × mean moving range (D4 for ranges of 2).
 * Source: docs/rules.md, "SPC" (NHSRplotthedots screens by default; MDC Excel tools do not,
 * so our default is no screening).
 */
export const MR_SCREEN_FACTOR = 3.267;

/**
 * Fewest numeric points for a variation or assurance icon.
 * Source: docs/rules.md, "SPC" (MDC single-chart tool: at least 13 points).
 */
export const MIN_POINTS = 13;

/**
 * Length of a trend (rule 2: each point strictly higher / lower than the one before) and of a
 * shift (rule 3: all on the same side of the mean): 7 consecutive points.
 * Source: docs/rules.md, "SPC", rules 2 and 3; NHSRplotthedots checks 6 steps = 7 points.
 */
export const RUN_LENGTH = 7;

/**
 * The "2 sigma" lines are mean ± (2/3) × 2.66 × mean moving range.
 * Source: docs/rules.md, "SPC", rule 4; NHSRplotthedots `limitclose <- 2 * (limit / 3)`.
 */
export const TWO_SIGMA_FRACTION = 2 / 3;

/**
 * Rule 4 looks at windows of 3 consecutive points and needs at least 2 of them beyond 2 sigma.
 * Source: docs/rules.md, "SPC", rule 4 ("two out of three").
 */
export const TWO_OF_THREE_WINDOW = 3;
export const TWO_OF_THREE_NEEDED = 2;

/**
 * Icon and point colours as #RRGGBB.
 * Source: docs/rules.md, "SPC" (MDC: common cause grey, improvement blue, concern orange,
 * neutral purple).
 */
export const SPC_COLOURS = {
  commonCause: "#A6A6A6",
  improvement: "#00B0F0",
  concern: "#E46C0A",
  neutral: "#490092",
} as const;
