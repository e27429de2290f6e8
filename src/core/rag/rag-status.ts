import type { Polarity, RagStatus, ToleranceMode } from "../words";
import { isAtLeast, isAtMost, isFiniteNumber } from "../numbers";
import { TARGET_POLARITY_AMBER_MULTIPLE } from "./constants";
import { toleranceWidth } from "./tolerance-width";

export { DEFAULT_TOLERANCE } from "./constants";

/** How an indicator is judged against its target. */
export interface RagRules {
  polarity: Polarity;
  /** Fraction of the target (relative, 0.05 = 5%) or amount in the indicator's unit (absolute). */
  tolerance: number;
  toleranceMode: ToleranceMode;
  /** Kent-style amber floor: when given, amber means at or better than the floor (replaces tolerance). */
  floor?: number;
}

/**
 * Red / Amber / Green for one actual against its target, by polarity and tolerance.
 *
 * Source: docs/rules.md, "RAG against a target" (Pentana / CAMMS / council practice):
 * - `higher`: Green if actual >= target; Amber if actual >= target − width (width = |target| × tol
 *   relative, tol absolute), or actual >= floor when a floor is given; else Red.
 * - `lower`: the mirror (Green if actual <= target; Amber if actual <= target + width, or <= floor).
 * - `target`: Green within width either side of the target, Amber within twice the width, else Red
 *   (a floor is not used for this polarity).
 * Every boundary is inclusive and compared with a relative epsilon, so a typed 11.7 is amber
 * against target 13 with 10% tolerance although 13 × (1 − 0.1) is 11.700000000000001 in doubles.
 * A relative tolerance on a target of 0 is zero wide (no division anywhere).
 * Bad input: `neutral` polarity or a null / non-finite target gives "No target" (checked first);
 * a null / non-finite actual gives "No data"; a negative or NaN tolerance counts as 0;
 * a floor that is not a finite number is ignored. Never guesses a colour, never throws.
 *
 * @example ragStatus(70.3, 74, { polarity: "higher", tolerance: 0.05, toleranceMode: "relative" }) // "Amber"
 * @example ragStatus(12, 10, { polarity: "lower", tolerance: 1, toleranceMode: "absolute" }) // "Red"
 * @example ragStatus(null, 74, { polarity: "higher", tolerance: 0.05, toleranceMode: "relative" }) // "No data"
 */
export function ragStatus(actual: number | null, target: number | null, rules: RagRules): RagStatus {
  const polarity = rules?.polarity;
  if (polarity === "neutral" || !isFiniteNumber(target)) return "No target";
  if (!isFiniteNumber(actual)) return "No data";

  const width = toleranceWidth(target, rules.tolerance, rules.toleranceMode);
  const floor = isFiniteNumber(rules.floor) ? rules.floor : undefined;

  switch (polarity) {
    case "higher": {
      if (isAtLeast(actual, target)) return "Green";
      const amberFrom = floor ?? target - width;
      return isAtLeast(actual, amberFrom) ? "Amber" : "Red";
    }
    case "lower": {
      if (isAtMost(actual, target)) return "Green";
      const amberTo = floor ?? target + width;
      return isAtMost(actual, amberTo) ? "Amber" : "Red";
    }
    case "target": {
      if (isWithin(actual, target, width)) return "Green";
      return isWithin(actual, target, TARGET_POLARITY_AMBER_MULTIPLE * width) ? "Amber" : "Red";
    }
    default:
      // Not a polarity we know (only reachable from untyped callers): no judgement.
      return "No target";
  }
}

/** True when value lies in [centre − halfWidth, centre + halfWidth], edges compared nearly. */
function isWithin(value: number, centre: number, halfWidth: number): boolean {
  return isAtLeast(value, centre - halfWidth) && isAtMost(value, centre + halfWidth);
}
