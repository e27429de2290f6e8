/**
 * Trajectory, forecast and turning-the-curve constants, each named once with its source.
 * Source for all: docs/rules.md, "Trajectories and turning the curve".
 */

/**
 * The month (1-12) a financial year starts in: April, as UK public bodies report.
 * Source: docs/rules.md, "Periods on one time axis" (FY 2007/08 runs April 2007 to March 2008).
 */
export const FINANCIAL_YEAR_START_MONTH = 4;

/**
 * Calendar years written as numbers: a whole number in this range is a year, not an Excel date
 * (serial 2008 would be 30 June 1905). Source: docs/rules.md, "Periods on one time axis".
 */
export const CALENDAR_YEAR_RANGE = { min: 1900, max: 2100 } as const;

/**
 * The largest Excel date serial number (31 December 9999).
 * Source: Excel's limits (dates run to 31/12/9999).
 */
export const LAST_EXCEL_SERIAL = 2958465;

/**
 * Fewest numeric values a straight-line forecast needs (Excel's FORECAST.LINEAR gives #DIV/0!
 * below 2). Source: docs/rules.md, "Baseline forecast".
 */
export const MIN_FORECAST_POINTS = 2;

/** KPI.FORECAST's default: one period ahead. Source: docs/rules.md, "Baseline forecast". */
export const DEFAULT_PERIODS_AHEAD = 1;

/**
 * Most periods a forecast extends: a cap so a typing slip (1e9) cannot spill a million cells.
 * Source: docs/rules.md, "Baseline forecast".
 */
export const MAX_PERIODS_AHEAD = 1000;

/**
 * Fewest numeric points before the intervention: 3, so the baseline line leaves at least one
 * degree of freedom to measure its own scatter. Source: docs/rules.md, "Turning the curve".
 */
export const MIN_BASELINE_POINTS = 3;

/** Fewest numeric points after the intervention. Source: docs/rules.md, "Turning the curve". */
export const MIN_AFTER_POINTS = 2;

/**
 * How many of the latest points after the intervention must all lie beyond the prediction
 * interval, on the same side (fewer when there are fewer points after it).
 * Source: docs/rules.md, "Turning the curve" (a run rule, as in SPC).
 */
export const CONSISTENT_POINTS = 3;

/**
 * The prediction interval's coverage: two-sided 95%, so each bound is the one-sided 97.5% point
 * of Student's t with n − 2 degrees of freedom. Source: docs/rules.md, "Turning the curve".
 */
export const PREDICTION_LEVEL = 0.95;
