import type { Polarity, SpcVariation } from "../words";
import type { PointFlag } from "./types";

/**
 * The variation type of one point from its flags under every rule.
 *
 * Source: docs/rules.md, "SPC" (MDC variation icons).
 * - No flag: "Common cause".
 * - `higher`: a "high" flag is "Special cause improving", "low" "Special cause concerning";
 *   `lower` the mirror. Flagged both ways by different rules: improving wins.
 * - `neutral` and `target` polarity: "Special cause high" / "Special cause low"; both ways: high.
 * Bad input: an empty list is "Common cause"; an unknown polarity is treated as neutral.
 *
 * @example pointVariation(["low", null, "high", null], "lower") // "Special cause improving"
 * @example pointVariation([null, null, null, null], "higher") // "Common cause"
 */
export function pointVariation(flags: readonly PointFlag[], polarity: Polarity): SpcVariation {
  const high = (flags ?? []).includes("high");
  const low = (flags ?? []).includes("low");
  if (!high && !low) return "Common cause";
  switch (polarity) {
    case "higher":
      return high ? "Special cause improving" : "Special cause concerning";
    case "lower":
      return low ? "Special cause improving" : "Special cause concerning";
    default:
      return high ? "Special cause high" : "Special cause low";
  }
}
