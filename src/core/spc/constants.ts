/**
 * SPC (XmR chart) constants, each named once with its source.
 * Source for all: NHS England "Making Data Count" (MDC), NHSRplotthedots 0.2.2 and
 * docs/rules.md, "SPC".
 */

/**
 * Process limits are mean ± 2.66 × mean moving range (3 sigma: 3 ÷ d2, d2 = 1.128 for ranges of 2).
 * Source: docs/rules.md, "SPC"; NHSRplotthedots uses the literal 2.66.
 */
export const LIMIT_FACTOR = 2.66;

/**
 * The "2 sigma" lines are mean ± 2 × (2.66 / 3) × mean moving range. Computed in this order
 * (the factor first), as NHSRplotthedots does, so that points on the line compare the same.
 */
export const TWO_SIGMA_FACTOR = 2 * (LIMIT_FACTOR / 3);

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
 * Default length of a trend (each point strictly higher / lower than the one before) and of a
 * run on one side of the mean: 7 points. MDC's Excel tool also offers 6.
 * Source: docs/rules.md, "SPC"; NHSRplotthedots (7, fixed).
 */
export const RUN_LENGTH = 7;
/** The run lengths accepted as an option: 6 (MDC's other choice) to 9 (Nelson's run rule). */
export const RUN_LENGTH_RANGE = { min: 6, max: 9 } as const;

/**
 * The fewest points a fixed baseline may have (NHSRplotthedots refuses fewer than 12; MDC
 * recommends 12 or more).
 */
export const MIN_FIX_AFTER = 12;

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
