import { compareWithin } from "../numbers";
import { RUN_LENGTH } from "./constants";
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
  const flags: PointFlag[] = list.map(() => null);
  let runStart = 0;
  let runStep: -1 | 1 | null = null;

  const closeRun = (end: number): void => {
    // The run covers points runStart..end inclusive.
    if (runStep !== null && end - runStart + 1 >= RUN_LENGTH) {
      const flag: PointFlag = runStep === 1 ? "high" : "low";
      for (let i = runStart; i <= end; i += 1) flags[i] ??= flag;
    }
  };

  for (let i = 1; i < list.length; i += 1) {
    const step = compareWithin(list[i] ?? NaN, list[i - 1] ?? NaN);
    const direction = step === 1 || step === -1 ? step : null;
    if (direction !== null && direction === runStep) continue;
    closeRun(i - 1);
    runStep = direction;
    runStart = i - 1;
  }
  closeRun(list.length - 1);
  return flags;
}
