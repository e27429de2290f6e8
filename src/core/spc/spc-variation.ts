import type { Polarity, SpcVariation } from "../words";
import { spcAnalysis } from "./spc-analysis";
import type { SpcOptions } from "./types";

/**
 * The variation icon of a series: the variation type of its last numeric point.
 *
 * Source: docs/rules.md, "SPC" (MDC variation icon = type of the last point).
 * "Common cause"; for `higher` / `lower` "Special cause improving" or "Special cause concerning"
 * (improving wins when different rules flag the last point both ways); for `neutral` and
 * `target` polarity "Special cause high" or "Special cause low" (high when both).
 * Bad input: gaps (null, NaN, ±Infinity) are dropped; under 13 numeric points gives
 * "Not enough data". Never throws.
 *
 * @example spcVariation([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "higher") // "Not enough data" (12 points)
 */
export function spcVariation(
  values: readonly (number | null)[],
  polarity: Polarity,
  options?: SpcOptions,
): SpcVariation {
  return spcAnalysis(values, polarity, options).variation;
}
