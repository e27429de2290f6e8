import type { GradeScaleName } from "../words";
import type { GradeScale } from "./types";

/**
 * The Joint Area Review's grades (Ofsted-led inspections of children's services, 2005-2009):
 * 1 inadequate, 2 adequate, 3 good, 4 excellent. Higher is better.
 * Source: issue 13 (grades as indicators).
 */
export const JAR_SCALE: GradeScale = {
  name: "jar",
  title: "the JAR scale",
  grades: [
    { value: 1, label: "Inadequate" },
    { value: 2, label: "Adequate" },
    { value: 3, label: "Good" },
    { value: 4, label: "Excellent" },
  ],
  best: "high",
};

/**
 * Ofsted's four-point scale since 2012: 1 outstanding, 2 good, 3 requires improvement (to be
 * good), 4 inadequate. Lower is better. "RI" is how reports shorten grade 3.
 * Source: Ofsted inspection frameworks (school inspection handbook, ILACS).
 */
export const OFSTED_SCALE: GradeScale = {
  name: "ofsted",
  title: "the Ofsted scale",
  grades: [
    { value: 1, label: "Outstanding" },
    { value: 2, label: "Good" },
    { value: 3, label: "Requires improvement", aliases: ["RI", "Requires improvement to be good"] },
    { value: 4, label: "Inadequate" },
  ],
  best: "low",
};

/** The built-in scales by name (GRADE_SCALE_NAMES). */
export const BUILT_IN_SCALES: Readonly<Record<GradeScaleName, GradeScale>> = {
  jar: JAR_SCALE,
  ofsted: OFSTED_SCALE,
};
