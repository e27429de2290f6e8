import type { Assurance, Polarity } from "../words";
import { isFiniteNumber } from "../numbers";
import { MIN_POINTS } from "./constants";
import { spcAnalysis } from "./spc-analysis";
import type { SpcOptions } from "./types";

/**
 * The assurance icon: will the process consistently meet its target, fail it, or hit and miss?
 *
 * Source: docs/rules.md, "SPC"; NHSRplotthedots 0.2.2. The latest value's limits (after a
 * rebase, the last segment's) against the latest target: `higher`: a target above the upper
 * limit is "Consistently fail", below the lower limit "Consistently pass", otherwise
 * "Hit and miss"; `lower` the mirror. Comparisons are exact: a target on a limit is hit and
 * miss. `target` polarity (our reading, the reference has none): a target outside the limits is
 * "Consistently fail", inside "Hit and miss". A target per period (a list lined up with the
 * values) counts its entry at the latest value, or the latest one given before it.
 * Bad input: no target or `neutral` polarity gives "No target" (checked first); under 13 values
 * "Not enough data". Never throws.
 *
 * @example spcAssurance([50, 52, 51, 53, 50, 52, 51, 53, 50, 52, 51, 53, 51], 40, "higher") // "Consistently pass"
 */
export function spcAssurance(
  values: readonly (number | null)[],
  target: number | null | readonly (number | null)[],
  polarity: Polarity,
  options?: SpcOptions,
): Assurance {
  if (polarity === "neutral") return "No target";
  const analysis = spcAnalysis(values, polarity, options);
  const goal = latestTarget(target, analysis.latest);
  if (goal === null) return "No target";
  if (analysis.valueCount < MIN_POINTS) return "Not enough data";
  const limits = analysis.points[analysis.latest]?.limits;
  if (!limits) return "Not enough data";
  const aboveUpper = goal > limits.upper;
  const belowLower = goal < limits.lower;
  switch (polarity) {
    case "higher":
      return aboveUpper ? "Consistently fail" : belowLower ? "Consistently pass" : "Hit and miss";
    case "lower":
      return belowLower ? "Consistently fail" : aboveUpper ? "Consistently pass" : "Hit and miss";
    case "target":
      return aboveUpper || belowLower ? "Consistently fail" : "Hit and miss";
    default:
      return "No target";
  }
}

/** The target that counts: a single number, or a per-period list's entry at `latest` or before. */
export function latestTarget(
  target: number | null | readonly (number | null)[],
  latest: number,
): number | null {
  if (!Array.isArray(target)) return isFiniteNumber(target) ? target : null;
  const list = target as readonly (number | null)[];
  for (let i = Math.min(latest < 0 ? list.length - 1 : latest, list.length - 1); i >= 0; i -= 1) {
    const value = list[i];
    if (isFiniteNumber(value)) return value;
  }
  return null;
}
