import type { Direction, TrendMethod } from "../words";
import { gradeOfValue } from "./read-grade-cell";
import type { GradeScale } from "./types";

/**
 * The only trend method for grades: the latest grade against the one before. "average" and
 * "slope" would average grades, which are ordered categories, not measurements.
 */
export const GRADE_TREND_METHOD: TrendMethod = "previous";

/**
 * Direction of travel of a series of grades, oldest first: the latest grade against the one
 * before it, judged by the scale's best end. Improving when the latest is better (JAR Good ->
 * Excellent, 3 -> 4; Ofsted Good -> Outstanding, 2 -> 1), Worsening when worse, No change when
 * the same grade. Grades are never averaged.
 * Source: docs/rules.md "Grades".
 * Bad input: null and numbers that are not grades of the scale are gaps (skipped); fewer than
 * 2 grades give "Not enough data". Never throws.
 * @example gradeDirection([2, null, 1], OFSTED_SCALE) // "Improving"
 */
export function gradeDirection(values: readonly (number | null)[], scale: GradeScale): Direction {
  const grades = (values ?? []).filter(
    (v): v is number => typeof v === "number" && gradeOfValue(v, scale) !== undefined,
  );
  const latest = grades[grades.length - 1];
  const before = grades[grades.length - 2];
  if (latest === undefined || before === undefined) return "Not enough data";
  if (latest === before) return "No change";
  const better = scale.best === "high" ? latest > before : latest < before;
  return better ? "Improving" : "Worsening";
}
