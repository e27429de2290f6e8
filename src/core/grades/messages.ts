import { quoteCellText } from "../cells/messages";
import type { Grade, GradeScale } from "./types";

/**
 * Every plain-English message about grades and grade scales, in one place. Each says what is
 * wrong and what to type instead.
 */

/** "1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate". */
export function listGrades(scale: GradeScale): string {
  return scale.grades.map((g) => `${g.value} ${g.label}`).join(", ");
}

/** "1 (Outstanding) is best". */
function bestEnd(scale: GradeScale): string {
  const best = scale.best === "high" ? scale.grades[scale.grades.length - 1] : scale.grades[0];
  return best ? `${best.value} (${best.label}) is best` : "";
}

const SCALE_EXAMPLE = '"1=Outstanding; 2=Good; 3=Requires improvement; 4=Inadequate; best=low"';

export const GRADE_MESSAGES = {
  /** Reading a cell through a scale. */
  wordNotOnScale: (text: string, scale: GradeScale): string =>
    `${quoteCellText(text)} is not a grade on ${scale.title} (${listGrades(scale)}): type one of these words or numbers.`,
  numberNotOnScale: (text: string, scale: GradeScale): string =>
    `${quoteCellText(text)} is not a grade on ${scale.title} (${listGrades(scale)}): type one of these numbers or words.`,
  disagree: (text: string, number: Grade, word: Grade, scale: GradeScale): string =>
    `${quoteCellText(text)} gives two different grades: on ${scale.title} ${number.value} is ${number.label}, and ${word.label} is ${word.value}. Type the grade you mean, as its word or its number.`,
  unitOnGrade: (written: string, scale: GradeScale): string =>
    `The cell holds ${written}, but a grade is one of the numbers or words of ${scale.title} (${listGrades(scale)}): type the grade itself.`,

  /** Validation: a grade indicator's target cell that is not a grade. */
  targetNotAGrade: (detail: string, fallback: string | null): string =>
    `Target: ${detail}${fallback === null ? " The catalogue has no target either, so no RAG colour can be computed." : ` The catalogue's target ${fallback} is used instead.`}`,

  /** Reading a scale as written. */
  unknownScale: (text: string): string =>
    `${quoteCellText(text)} is not a grade scale: use jar, ofsted, or list the grades with their numbers and the best end, e.g. ${SCALE_EXAMPLE}.`,
  badPart: (part: string): string =>
    `${quoteCellText(part)} is not "number=word" or "best=high" / "best=low": list the grades as ${SCALE_EXAMPLE}.`,
  notWholeNumber: (found: string): string => `a grade's number must be a whole number (found ${found}).`,
  duplicateValue: (value: number): string =>
    `the number ${value} is given to two grades: give each grade its own number.`,
  emptyLabel: (): string => "a grade needs a word, e.g. Good.",
  badLabel: (label: string): string =>
    `the grade word ${quoteCellText(label)} must have letters and no digits, brackets, ";" or "=", so that cells such as "2 - Good" or "Good (2)" can be read.`,
  labelIsGap: (label: string): string =>
    `the grade word ${quoteCellText(label)} is read as a blank or placeholder (such as na, tbc, x) in a cell: choose another word.`,
  duplicateLabel: (label: string): string =>
    `the word ${quoteCellText(label)} is given to two grades: give each grade its own word.`,
  tooFewGrades: (count: number): string => `a grade scale needs at least 2 grades (found ${count}).`,
  notConsecutive: (values: readonly number[]): string =>
    `the grades' numbers must run in steps of 1, e.g. 1, 2, 3, 4 (found ${values.join(", ")}): one grade is one step in RAG and direction of travel.`,
  bestMissing: (): string =>
    "say which end of the scale is best: best=high when the highest number is best (JAR: 4 Excellent), best=low when 1 is best (Ofsted: 1 Outstanding).",
  bestUnknown: (found: string): string =>
    `best must be high or low (found ${quoteCellText(found)}): high when the highest number is best, low when 1 is best.`,
  notAScale: (): string =>
    `a grade scale is jar, ofsted, or an object {"grades": [{"value": 1, "label": "Outstanding"}, ...], "best": "low"}.`,

  /** The direction of travel on grades. */
  describeBest: (scale: GradeScale): string => bestEnd(scale),
} as const;
