import type { Assurance, Polarity } from "../words";
import { compareWithin, finiteValues, isFiniteNumber } from "../numbers";
import { MIN_POINTS } from "./constants";
import { processLimits } from "./process-limits";
import type { SpcOptions } from "./types";

/**
 * The assurance icon: will the process consistently meet its target, fail it, or hit and miss?
 *
 * Source: docs/rules.md, "SPC" (MDC assurance). `higher`: target above the upper process limit
 * is "Consistently fail", below the lower limit "Consistently pass", otherwise "Hit and miss";
 * `lower` is the mirror (target below the lower limit fails, above the upper passes). `target`
 * polarity (our reading): a target outside the limits is "Consistently fail" (the process never
 * reaches it), inside is "Hit and miss". A target on a limit (nearly equal) is inside.
 * Bad input: a null / non-finite target or `neutral` polarity gives "No target" (checked first);
 * under 13 numeric points (gaps dropped) or no limits gives "Not enough data". Never throws.
 *
 * @example spcAssurance([50, 52, 51, 53, 50, 52, 51, 53, 50, 52, 51, 53, 51], 40, "higher") // "Consistently pass"
 */
export function spcAssurance(
  values: readonly (number | null)[],
  target: number | null,
  polarity: Polarity,
  options?: SpcOptions,
): Assurance {
  if (polarity === "neutral" || !isFiniteNumber(target)) return "No target";
  const points = finiteValues(values);
  if (points.length < MIN_POINTS) return "Not enough data";
  const limits = processLimits({ ...options, values: points });
  if (limits === null) return "Not enough data";

  const aboveUpper = compareWithin(target, limits.upper) === 1;
  const belowLower = compareWithin(target, limits.lower) === -1;
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
