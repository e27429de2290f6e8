/**
 * Direction-of-travel constants, each named once with its source.
 */
import type { TrendMethod } from "../words";

/**
 * Default comparison: latest vs previous value.
 * Source: docs/rules.md, "Direction of travel" (Pentana "ongoing", LAIT "change from previous year").
 */
export const DEFAULT_TREND_METHOD: TrendMethod = "previous";

/**
 * Default number of earlier values averaged by the "average" method (one year of quarters).
 * Source: docs/rules.md, "Direction of travel" (Pentana long trend: mean of the previous N values);
 * N = 4 is our default for quarterly scorecards, the caller may change it.
 */
export const DEFAULT_AVERAGE_PERIODS = 4;

/**
 * Fewest numeric points that have a direction.
 * Source: docs/rules.md, "Direction of travel": fewer than 2 numeric points is "Not enough data".
 */
export const MIN_TREND_POINTS = 2;
