import { isFiniteNumber } from "../numbers";
import { MIN_FIX_AFTER, RUN_LENGTH_RANGE } from "./constants";
import type { SpcOptions } from "./types";

/** The SPC options as the user gave them, before checking (function arguments or a catalogue's `spc` block). */
export interface SpcOptionsInput {
  readonly fixAfter?: number | null;
  /** Zero-based positions (functions: point numbers minus 1; catalogue: periods found in the sheet). */
  readonly rebase?: readonly (number | null)[];
  readonly screenOutliers?: boolean | null;
  readonly runLength?: number | null;
}

/** A problem with one option: which, and what to do. */
export interface SpcOptionProblem {
  readonly option: "fixAfter" | "rebase" | "screenOutliers" | "runLength";
  readonly message: string;
}

/** Every sentence about SPC options, in one place. */
export const SPC_OPTION_MESSAGES = {
  fixAfter: (got: string): string =>
    `fixAfter must be a whole number of points, at least ${MIN_FIX_AFTER} (got ${got}): the limits are set from that many points and then held. Leave it out to use every point.`,
  rebase: (got: string, count: number): string =>
    `rebase must list point numbers from 2 to ${count}, where new limits start (got ${got}). Leave it out for one set of limits.`,
  runLength: (got: string): string =>
    `runLength must be a whole number from ${RUN_LENGTH_RANGE.min} to ${RUN_LENGTH_RANGE.max} (got ${got}): the points in a run or a trend. Making Data Count uses 7, or 6.`,
} as const;

/**
 * Checks SPC options against what the analysis accepts, so a function and the catalogue
 * check say the same: fixAfter a whole number of at least 12 (as NHSRplotthedots requires),
 * rebase positions inside the series (not its first point), runLength a whole number from 6 to
 * 9. Omitted options (undefined or null) take their defaults. `count` is how many positions
 * the series has; 0 skips the rebase range check (the catalogue, before any series is known).
 * Never throws.
 *
 * @example readSpcOptions({ fixAfter: 12, runLength: 6 }, 24) // { ok: true, options: { fixAfter: 12, runLength: 6 } }
 */
export function readSpcOptions(
  input: SpcOptionsInput,
  count: number,
): { ok: true; options: SpcOptions } | { ok: false; problems: SpcOptionProblem[] } {
  const problems: SpcOptionProblem[] = [];
  const options: { -readonly [K in keyof SpcOptions]: SpcOptions[K] } = {};
  const { fixAfter, rebase, screenOutliers, runLength } = input ?? {};
  if (fixAfter !== undefined && fixAfter !== null) {
    if (isWhole(fixAfter) && fixAfter >= MIN_FIX_AFTER) options.fixAfter = fixAfter;
    else problems.push({ option: "fixAfter", message: SPC_OPTION_MESSAGES.fixAfter(String(fixAfter)) });
  }
  const positions = (rebase ?? []).filter((p) => p !== null && p !== undefined);
  if (positions.length > 0) {
    const inside = (p: number | null): boolean => isWhole(p) && p >= 1 && (count <= 0 || p < count);
    if (positions.every(inside)) options.rebase = positions as number[];
    else
      problems.push({
        option: "rebase",
        message: SPC_OPTION_MESSAGES.rebase(positions.map((p) => String((p ?? 0) + 1)).join(", "), count),
      });
  }
  if (screenOutliers !== undefined && screenOutliers !== null) options.screenOutliers = screenOutliers;
  if (runLength !== undefined && runLength !== null) {
    if (isWhole(runLength) && runLength >= RUN_LENGTH_RANGE.min && runLength <= RUN_LENGTH_RANGE.max)
      options.runLength = runLength;
    else problems.push({ option: "runLength", message: SPC_OPTION_MESSAGES.runLength(String(runLength)) });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options };
}

function isWhole(value: unknown): value is number {
  return isFiniteNumber(value) && Number.isInteger(value);
}
