import type { Polarity, SpcVariation } from "../words";
import { spcAnalysis } from "./spc-analysis";
import type { SpcOptions } from "./types";

/**
 * The variation icon of a series: the type of its latest value, in MDC words.
 *
 * Source: docs/rules.md, "SPC"; NHSRplotthedots 0.2.2 (the highest-priority rule decides; see
 * spcAnalysis). "Common cause"; for `higher` / `lower` "Special cause improving" or
 * "Special cause concerning"; for `neutral` and `target` "Special cause high" or "low".
 * Bad input: gaps are left as gaps; under 13 values gives "Not enough data". Never throws.
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
