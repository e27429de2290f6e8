import { compareWithin } from "../numbers";
import { flagRuns } from "./flag-runs";
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
  return flagRuns(
    list.length,
    (i) => {
      const side = compareWithin(list[i] ?? NaN, centre);
      return side === 1 || side === -1 ? side : null;
    },
    false,
  );
}
