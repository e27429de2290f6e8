/**
 * Is an actual on track? The straight-line trajectory from a baseline to a target gives the
 * value expected now, and the actual is compared with it by the RAG tolerance rules.
 */
import { isFiniteNumber, nearlyEqual } from "../numbers";
import { DEFAULT_TOLERANCE, ragStatus, type RagRules } from "../rag";
import type { OnTrackStatus, Polarity, ToleranceMode } from "../words";

/** Where the trajectory runs: the baseline at `start`, the target at `end`, the actual at `now` (positions from `periodPosition`). */
export interface Trajectory {
  readonly baseline: number | null;
  readonly target: number | null;
  readonly start?: number;
  readonly end?: number;
  readonly now?: number;
}

/** KPI.ONTRACK's input: the trajectory, the actual now and how it is judged. */
export interface OnTrackInput extends Trajectory {
  readonly actual: number | null;
  readonly polarity: Polarity;
  /** As in KPI.RAG: a fraction of the expected value (relative, default 0.05) or an amount in the indicator's unit (absolute). */
  readonly tolerance?: number;
  readonly toleranceMode?: ToleranceMode;
}

/**
 * The value the straight-line trajectory expects at `now`.
 *
 * Source: docs/rules.md, "On track against a trajectory":
 * expected = baseline + (target − baseline) × (now − start) ÷ (end − start).
 * - No start and no end: the trajectory has no length, so the target itself is expected (now
 *   is then ignored).
 * - No now: now = end, so the target itself is expected.
 * - now before start: the baseline; now after end: the target (the line is not extended
 *   beyond the plan).
 * Bad input: a non-finite baseline or target, only one of start and end, or an end that is
 * not after the start give undefined. Never throws.
 *
 * @example expectedOnTrajectory({ baseline: 58, target: 70, start: 2008.25, end: 2011.25, now: 2009.25 }) // 62
 * @example expectedOnTrajectory({ baseline: 58, target: 70 }) // 70
 */
export function expectedOnTrajectory(trajectory: Trajectory): number | undefined {
  const { baseline, target, start, end, now } = trajectory ?? ({} as Trajectory);
  if (!isFiniteNumber(baseline) || !isFiniteNumber(target)) return undefined;
  const hasStart = isFiniteNumber(start);
  const hasEnd = isFiniteNumber(end);
  if (!hasStart && !hasEnd) return target;
  if (!hasStart || !hasEnd || !(end > start) || nearlyEqual(start, end)) return undefined;
  if (!isFiniteNumber(now)) return target;
  const fraction = (now - start) / (end - start);
  if (!(fraction > 0)) return baseline;
  if (fraction >= 1) return target;
  return baseline + (target - baseline) * fraction;
}

/**
 * On track, Ahead or Behind: the actual against the value the trajectory expects now.
 *
 * Source: docs/rules.md, "On track against a trajectory". The expected value takes the
 * target's place in KPI.RAG's rules (`ragStatus`, so the same width and inclusive edges):
 * - `higher`: Behind when RAG would call the actual Red against the expected value (below it by
 *   more than the tolerance); Ahead when it is above it by more than the tolerance (Red for
 *   `lower`); otherwise On track.
 * - `lower`: the mirror image.
 * - `target` (closer to the target is better): On track within the tolerance either side of the
 *   expected value; beyond it, Ahead when the actual is closer to the final target than the
 *   expected value is, else Behind.
 * - `neutral`: No target, as KPI.RAG.
 * Checked first, as KPI.RAG: `neutral`, no baseline, no target or a trajectory that cannot be
 * drawn gives "No target"; then no actual gives "No data".
 * Bad input: null / non-finite numbers are missing; a negative or NaN tolerance counts as 0;
 * a relative tolerance on an expected value of 0 is zero wide. Never throws.
 *
 * @example onTrackStatus({ actual: 61, baseline: 58, target: 70, start: 2008.25, end: 2011.25, now: 2009.25, polarity: "higher" }) // "On track"
 * @example onTrackStatus({ actual: 58, baseline: 58, target: 70, start: 2008.25, end: 2011.25, now: 2009.25, polarity: "higher" }) // "Behind"
 */
export function onTrackStatus(input: OnTrackInput): OnTrackStatus {
  const polarity = input?.polarity;
  if (polarity !== "higher" && polarity !== "lower" && polarity !== "target") return "No target";
  const expected = expectedOnTrajectory(input);
  if (expected === undefined) return "No target";
  const actual = input.actual;
  if (!isFiniteNumber(actual)) return "No data";

  const rules = (judgedBy: Polarity): RagRules => ({
    polarity: judgedBy,
    tolerance: input.tolerance ?? DEFAULT_TOLERANCE,
    toleranceMode: input.toleranceMode ?? "relative",
  });
  if (ragStatus(actual, expected, rules("target")) === "Green") return "On track";
  // Outside the tolerance either side: Behind when RAG calls it Red on the worse side, else Ahead.
  switch (polarity) {
    case "higher":
    case "lower":
      return ragStatus(actual, expected, rules(polarity)) === "Red" ? "Behind" : "Ahead";
    default: {
      const target = input.target as number;
      return Math.abs(actual - target) < Math.abs(expected - target) ? "Ahead" : "Behind";
    }
  }
}
