import type { GapReading, UnreadableReading } from "../cells/cell-reading";
import type { CellValue } from "../cells/cell-value";
import { readCell } from "../cells/read-cell";
import { describeReading } from "../catalogue/describe-number";
import { BUILT_IN_SCALES } from "./built-in-scales";
import { GRADE_MESSAGES } from "./messages";
import { gradeWordKey } from "./read-grade-scale";
import type { Grade, GradeScale } from "./types";

/** Why a cell is not a grade of the scale. */
export type NotAGradeProblem =
  | "word" // a word that is not one of the scale's ("Satisfactory" on Ofsted)
  | "number" // a number that is not one of the scale's (5, 2.5)
  | "disagree" // a number and a word that name different grades ("Grade 2 (inadequate)" on JAR)
  | "unit"; // a percentage or money ("97%", "£3")

export interface NotAGradeReading {
  readonly kind: "not-a-grade";
  readonly problem: NotAGradeProblem;
  readonly text: string;
  readonly message: string;
}

/**
 * A cell read through a grade scale: a grade; a gap (blank, na, tbc, x: as readCell reads them);
 * a cell readCell cannot read at all (a formula error, TRUE, a date); or not a grade of the scale.
 */
export type GradeCellReading =
  { readonly kind: "grade"; readonly grade: Grade } | GapReading | UnreadableReading | NotAGradeReading;

const NUMBER = String.raw`[+-]?\d+(?:\.\d+)?`;
const SEPARATOR = String.raw`[-\u2013\u2014:=,.]`;
/** "2", "Grade 2", "grade2". */
const JUST_NUMBER = new RegExp(String.raw`^(?:grade\s*)?(${NUMBER})$`, "i");
/** "2 - Good", "Grade 2 (adequate)", "2: Good", "2 Good". */
const NUMBER_THEN_WORD = new RegExp(
  String.raw`^(?:grade\s*)?(${NUMBER})\s*(?:${SEPARATOR}\s*)?(?:\(\s*([^()]*?)\s*\)|([^\d\s()][^()]*?))$`,
  "i",
);
/** "Good (2)", "Good - 2", "Good: grade 2". */
const WORD_THEN_NUMBER = new RegExp(
  String.raw`^([^\d()]*?[^\s\d()\-\u2013\u2014:,])\s*(?:\(\s*(?:grade\s*)?(${NUMBER})\s*\)|[-\u2013\u2014:,]\s*(?:grade\s*)?(${NUMBER}))$`,
  "i",
);

/**
 * The grade with this number on the scale; undefined when there is none (5 on a 1-4 scale, 2.5).
 * @example gradeOfValue(3, OFSTED_SCALE)?.label // "Requires improvement"
 */
export function gradeOfValue(value: number, scale: GradeScale): Grade | undefined {
  return scale.grades.find((g) => g.value === value);
}

/**
 * The grade a word names, ignoring case, spaces, "-" between words and a final full stop;
 * built-in scales also know their short forms ("RI"). Undefined for any other word.
 * @example gradeOfWord("requires improvement", OFSTED_SCALE)?.value // 3
 */
export function gradeOfWord(text: string, scale: GradeScale): Grade | undefined {
  const key = gradeWordKey(text);
  if (key === "") return undefined;
  return scale.grades.find(
    (g) => gradeWordKey(g.label) === key || (g.aliases ?? []).some((a) => gradeWordKey(a) === key),
  );
}

/**
 * A grade as the summary and messages write it: its word with its number, "Good (2)". A number
 * that is not on the scale is written as it is.
 * @example describeGrade(2, OFSTED_SCALE) // "Good (2)"
 */
export function describeGrade(value: number, scale: GradeScale): string {
  const grade = gradeOfValue(value, scale);
  return grade ? `${grade.label} (${grade.value})` : String(value);
}

function notAGrade(problem: NotAGradeProblem, text: string, message: string): NotAGradeReading {
  return { kind: "not-a-grade", problem, text, message };
}

/** A grade from a number written in a cell, or why it is not one. */
function byNumber(written: string, scale: GradeScale, original: string): GradeCellReading {
  const value = Number(written);
  const grade = Number.isInteger(value) ? gradeOfValue(value, scale) : undefined;
  return grade
    ? { kind: "grade", grade }
    : notAGrade("number", original, GRADE_MESSAGES.numberNotOnScale(original, scale));
}

/** A grade from a number and a word written together, or why they are not one grade. */
function byNumberAndWord(
  number: string,
  word: string,
  scale: GradeScale,
  original: string,
): GradeCellReading {
  const named = gradeOfWord(word, scale);
  if (!named) return notAGrade("word", original, GRADE_MESSAGES.wordNotOnScale(original, scale));
  const value = Number(number);
  const numbered = Number.isInteger(value) ? gradeOfValue(value, scale) : undefined;
  if (!numbered) return notAGrade("number", original, GRADE_MESSAGES.numberNotOnScale(original, scale));
  if (numbered.value !== named.value)
    return notAGrade("disagree", original, GRADE_MESSAGES.disagree(original, numbered, named, scale));
  return { kind: "grade", grade: named };
}

/**
 * Reads a text as a grade of the scale: its word ("Good", "good", "RI" on Ofsted), its number
 * ("2", "Grade 2"), or both ("Grade 2 (adequate)", "2 - Good", "Good (2)", "Good: grade 2").
 * Source: issue 13 (how inspection grades are typed on scorecards).
 * Bad input: a word or number not on the scale, or a number and word that disagree, give
 * "not-a-grade" with a message listing the scale; never throws.
 * @example readGradeText("Grade 2 (inadequate)", JAR_SCALE).kind // "not-a-grade" (2 is Adequate on JAR)
 */
export function readGradeText(text: string, scale: GradeScale): GradeCellReading {
  const original = typeof text === "string" ? text : "";
  const squeezed = original.replace(/\s+/g, " ").trim();
  const named = gradeOfWord(squeezed, scale);
  if (named) return { kind: "grade", grade: named };
  const number = JUST_NUMBER.exec(squeezed);
  if (number) return byNumber(number[1] ?? "", scale, original);
  const numberFirst = NUMBER_THEN_WORD.exec(squeezed);
  if (numberFirst)
    return byNumberAndWord(numberFirst[1] ?? "", numberFirst[2] ?? numberFirst[3] ?? "", scale, original);
  const wordFirst = WORD_THEN_NUMBER.exec(squeezed);
  if (wordFirst)
    return byNumberAndWord(wordFirst[2] ?? wordFirst[3] ?? "", wordFirst[1] ?? "", scale, original);
  return notAGrade("word", original, GRADE_MESSAGES.wordNotOnScale(original, scale));
}

/**
 * Reads one cell through a grade scale into the grade's number. Blanks and placeholders are
 * gaps, as readCell reads them (na, tbc, -, x, <5); formula errors, TRUE/FALSE and dates
 * cannot be read, with readCell's message. Text is read by readGradeText ("Good", "Grade 2
 * (adequate)", "2 - Good", "Good (2)"). A number cell is a grade when it is one of the scale's
 * numbers; a percentage or money is not a grade.
 * Source: docs/rules.md "Grades".
 * Bad input: anything; never throws.
 * @example readGradeCell("Requires improvement", OFSTED_SCALE) // { kind: "grade", grade: { value: 3, ... } }
 * @example readGradeCell(5, OFSTED_SCALE).kind // "not-a-grade"
 */
export function readGradeCell(value: CellValue, scale: GradeScale, numberFormat?: string): GradeCellReading {
  const reading = readCell(value, numberFormat);
  if (reading.kind === "gap") return reading;
  if (typeof value === "string") {
    if (reading.kind === "unreadable" && reading.reason === "formula-error") return reading;
    if (reading.kind === "number" && reading.unit !== "plain")
      return notAGrade("unit", value, GRADE_MESSAGES.unitOnGrade(describeReading(reading), scale));
    return readGradeText(value, scale);
  }
  if (reading.kind === "unreadable") return reading;
  if (reading.unit !== "plain")
    return notAGrade("unit", String(value), GRADE_MESSAGES.unitOnGrade(describeReading(reading), scale));
  return byNumber(String(reading.value), scale, String(reading.value));
}

/**
 * True when a cell is written as an inspection grade rather than a measurement: a word or
 * number-and-word of the built-in scales ("Good", "Requires improvement", "2 - Good",
 * "Grade 2 (adequate)"), or "Grade" with a number. A bare number is a measurement.
 * Used to refuse grades where a measurement is needed (SPC).
 * Bad input (not text): false.
 * @example looksLikeGradeWord("Outstanding") // true
 * @example looksLikeGradeWord("97%") // false
 */
export function looksLikeGradeWord(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const reading = readCell(value);
  if (reading.kind === "gap" || (reading.kind === "number" && reading.note === undefined)) return false;
  const squeezed = value.replace(/\s+/g, " ").trim();
  if (/^grade\s*[+-]?\d/i.test(squeezed)) return true;
  return Object.values(BUILT_IN_SCALES).some((scale) => {
    const read = readGradeText(squeezed, scale);
    return read.kind === "grade" || (read.kind === "not-a-grade" && read.problem === "disagree");
  });
}
