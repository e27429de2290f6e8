import type { GradeBest, GradeScaleName } from "../words";

/**
 * Inspection grades: ordered categories such as Ofsted's 1 Outstanding to 4 Inadequate. A grade
 * is kept as its number; the scale says which word goes with it and which end is best.
 */

/** One grade of a scale: its number and its word. */
export interface Grade {
  readonly value: number;
  readonly label: string;
  /** Other ways people write the grade, e.g. "RI" for Requires improvement (built-in scales only). */
  readonly aliases?: readonly string[];
}

/**
 * A custom scale as a catalogue keeps it: the grades, lowest number first, and which end is
 * best. The numbers are consecutive whole numbers (1, 2, 3, 4), so one grade is one step.
 */
export interface GradeScaleGrades {
  readonly grades: readonly { readonly value: number; readonly label: string }[];
  readonly best: GradeBest;
}

/** A grade scale as a loaded catalogue keeps it: a built-in scale's name, or the grades themselves. */
export type GradeScaleSpec = GradeScaleName | GradeScaleGrades;

/** A scale ready to read cells with. */
export interface GradeScale {
  /** The built-in scale's name; absent for a custom scale. */
  readonly name?: GradeScaleName;
  /** How messages name the scale: "the Ofsted scale", "the JAR scale", "the scale". */
  readonly title: string;
  /** Lowest number first; consecutive whole numbers. */
  readonly grades: readonly Grade[];
  readonly best: GradeBest;
}

/** A problem with a scale as written, located by the segments under the catalogue's `scale` field. */
export interface GradeScaleProblem {
  readonly segments: readonly (string | number)[];
  readonly message: string;
}

export type GradeScaleReading =
  | { readonly ok: true; readonly spec: GradeScaleSpec; readonly scale: GradeScale }
  | { readonly ok: false; readonly problems: readonly GradeScaleProblem[] };
