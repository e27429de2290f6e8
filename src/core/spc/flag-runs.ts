import { RUN_LENGTH } from "./constants";
import type { PointFlag } from "./types";

/**
 * The flags of rules 2 and 3, one rule for both: a run of RUN_LENGTH or more points in one
 * direction is flagged "high" (1) or "low" (-1), every point of it.
 *
 * `directionAt(i)` is 1 (above, or a step up), -1 (below, or a step down) or null (breaks any
 * run). For rule 3 it is point i's side of the mean; for rule 2 (`stepsCoverNext`) it is the
 * step into point i, which also covers point i - 1, so a run of 6 steps covers 7 points. A
 * point shared by two runs (a turning point) keeps the earlier run's flag.
 *
 * @example flagRuns(7, () => 1, false) // seven "high"
 */
export function flagRuns(
  count: number,
  directionAt: (i: number) => -1 | 1 | null,
  stepsCoverNext: boolean,
): PointFlag[] {
  const flags: PointFlag[] = Array.from({ length: Math.max(0, count) }, () => null);
  const cover = stepsCoverNext ? 1 : 0;
  const firstIndex = stepsCoverNext ? 1 : 0;
  let runStart = 0;
  let runDirection: -1 | 1 | null = null;
  // Marks points runStart..end inclusive when the run is long enough.
  const closeRun = (end: number): void => {
    if (runDirection === null || end - runStart + 1 < RUN_LENGTH) return;
    const flag: PointFlag = runDirection === 1 ? "high" : "low";
    for (let i = runStart; i <= end; i += 1) flags[i] ??= flag;
  };
  for (let i = firstIndex; i < count; i += 1) {
    const direction = directionAt(i);
    if (direction !== null && direction === runDirection) continue;
    closeRun(i - 1);
    runDirection = direction;
    runStart = i - cover;
  }
  closeRun(count - 1);
  return flags;
}
