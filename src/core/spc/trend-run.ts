import { compareWithin } from "../numbers";
import { flagRuns } from "./flag-runs";
import type { PointFlag } from "./types";

/**
 * Rule 2: points in a trend — 7 or more consecutive points, each strictly higher ("high") or
 * strictly lower ("low") than the one before. Every point of the run is flagged.
 *
 * Source: docs/rules.md, "SPC", rule 2; NHSRplotthedots `ptd_seven_point_trend` (6 steps).
 * An equal value (nearly equal, relative epsilon 1e-9) breaks the run. The turning point shared
 * by an upward and a downward run keeps the flag of the run that ends there (a peak stays
 * "high", a trough "low"). The direction, not the side of the mean, gives the flag.
 * Bad input: a non-finite value breaks the run and gets null; fewer than 7 values flag nothing.
 *
 * @example trendRun([1, 2, 3, 4, 5, 6, 7]) // seven "high"
 * @example trendRun([1, 2, 3, 3, 4, 5, 6]) // seven null: the repeated 3 breaks it
 */
export function trendRun(values: readonly number[]): PointFlag[] {
  const list = values ?? [];
  // The step into point i starts the run at point i - 1.
  return flagRuns(
    list.length,
    (i) => {
      const step = compareWithin(list[i] ?? NaN, list[i - 1] ?? NaN);
      return step === 1 || step === -1 ? step : null;
    },
    true,
  );
}
