import type { RagStatus } from "../words";
import { gradeOfValue } from "./read-grade-cell";
import type { GradeScale } from "./types";

/**
 * Default tolerance on grades: one grade worse than the target is Amber.
 * Source: docs/rules.md "Grades".
 */
export const DEFAULT_GRADE_TOLERANCE = 1;

/** How a grade is judged against its target grade. */
export interface GradeRagRules {
  /** Whole grades worse than the target that are still Amber; default 1. */
  readonly tolerance?: number;
  /** A grade: at or better than it is Amber (instead of the tolerance). */
  readonly floor?: number;
}

/** How many grades `value` is worse than `than` (negative when better). */
function gradesWorse(value: number, than: number, scale: GradeScale): number {
  return scale.best === "high" ? than - value : value - than;
}

/**
 * Red / Amber / Green for a grade against its target grade, on the scale's own order:
 * - Green: at the target grade or better;
 * - Amber: worse, by no more than `tolerance` grades (default 1: one grade worse), or, when
 *   a `floor` grade is given, at or better than the floor;
 * - Red: worse than that.
 * Better is the scale's best end: higher on JAR (4 Excellent), lower on Ofsted (1 Outstanding).
 * So on Ofsted with target Good (2): Outstanding and Good are Green, Requires improvement is
 * Amber, Inadequate is Red; with tolerance 0, Requires improvement is Red too.
 * Source: docs/rules.md "Grades" (council practice: one band below the target is Amber).
 * Bad input: a target that is null or not a grade of the scale gives "No target" (checked
 * first); an actual that is null or not a grade gives "No data"; a negative or NaN tolerance
 * counts as 0 and a fraction is rounded down; a floor that is not a grade is ignored. Never throws.
 * @example gradeRag(3, 2, OFSTED_SCALE) // "Amber" (Requires improvement against Good)
 * @example gradeRag(4, 2, OFSTED_SCALE) // "Red"
 */
export function gradeRag(
  actual: number | null,
  target: number | null,
  scale: GradeScale,
  rules: GradeRagRules = {},
): RagStatus {
  if (target === null || gradeOfValue(target, scale) === undefined) return "No target";
  if (actual === null || gradeOfValue(actual, scale) === undefined) return "No data";
  const worse = gradesWorse(actual, target, scale);
  if (worse <= 0) return "Green";
  const floor = rules.floor !== undefined && gradeOfValue(rules.floor, scale) ? rules.floor : undefined;
  if (floor !== undefined) return gradesWorse(actual, floor, scale) <= 0 ? "Amber" : "Red";
  const raw = rules.tolerance ?? DEFAULT_GRADE_TOLERANCE;
  const tolerance = raw > 0 ? Math.floor(raw) : 0;
  return worse <= tolerance ? "Amber" : "Red";
}
