import { compareWithin } from "../numbers";
import { RUN_LENGTH } from "./constants";
import type { PointFlag } from "./types";

/**
 * Rule 3: points in a shift — 7 or more consecutive points above ("high") or below ("low") the
 * mean. Every point of the run is flagged.
 *
 * Source: docs/rules.md, "SPC", rule 3; NHSRplotthedots `ptd_seven_point_one_side_mean`.
 * A point on the mean (nearly equal, relative epsilon 1e-9) breaks the run.
 * Bad input: a non-finite value (or a non-finite mean) breaks the run and gets null.
 *
 * @example shiftRun([6, 6, 7, 6, 8, 6, 6, 2], 5) // seven "high", then null
 * @example shiftRun([6, 6, 7, 5, 8, 6, 6, 6], 5) // all null: the 5 on the mean breaks it
 */
export function shiftRun(values: readonly number[], centre: number): PointFlag[] {
  const list = values ?? [];
  const flags: PointFlag[] = list.map(() => null);
  let runStart = 0;
  let runSide: -1 | 1 | null = null;

  const closeRun = (end: number): void => {
    if (runSide !== null && end - runStart + 1 >= RUN_LENGTH) {
      const flag: PointFlag = runSide === 1 ? "high" : "low";
      for (let i = runStart; i <= end; i += 1) flags[i] = flag;
    }
  };

  list.forEach((value, i) => {
    const comparison = compareWithin(value, centre);
    const side = comparison === 1 || comparison === -1 ? comparison : null;
    if (side !== null && side === runSide) return;
    closeRun(i - 1);
    runSide = side;
    runStart = i;
  });
  closeRun(list.length - 1);
  return flags;
}
