/**
 * Turning Excel arguments into core inputs, and core problems into Excel errors.
 * Every custom function goes through here, so the same word gets the same message everywhere.
 */
import type { CellValue } from "../core/cells/cell-value";
import { readCell } from "../core/cells/read-cell";
import { readWord, readYesNo, POLARITIES, type Polarity } from "../core/words";
import { findCatalogueIndicator } from "../core/catalogue/find-catalogue-indicator";
import type { Catalogue } from "../core/catalogue/types";
import {
  gradeScaleOf,
  looksLikeGradeWord,
  readGradeCell,
  readGradeScale,
  scalePolarity,
  type GradeScale,
} from "../core/grades";
import { FUNCTION_MESSAGES } from "./function-messages";
import { reportBug } from "./report-bug";

/** The Excel error kinds our functions return. */
export type ExcelErrorKind = "value" | "num" | "na" | "div0";

/** Builds the runtime's error value (#VALUE!, #NUM!, #N/A, #DIV/0!) with a message for the tooltip. */
export function excelError(kind: ExcelErrorKind, message: string): CustomFunctions.Error {
  const codes = CustomFunctions.ErrorCode;
  const code = {
    value: codes.invalidValue,
    num: codes.invalidNumber,
    na: codes.notAvailable,
    div0: codes.divisionByZero,
  }[kind];
  return new CustomFunctions.Error(code, message);
}

/** Thrown inside a wrapper; the runtime shows it as the error value. */
export class ArgumentProblem extends Error {
  constructor(
    readonly kind: ExcelErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The error value for an exception caught in a wrapper: an ArgumentProblem becomes the Excel
 * error it stands for; anything else is our bug, reported (logged with its stack, or rethrown
 * under test) and shown as #VALUE! with FUNCTION_MESSAGES.bug.
 */
export function errorValueFor(e: unknown): CustomFunctions.Error {
  if (e instanceof ArgumentProblem) return excelError(e.kind, e.message);
  reportBug(e);
  return excelError("value", FUNCTION_MESSAGES.bug);
}

/** Runs a wrapper body; a problem becomes the Excel error it stands for (errorValueFor). */
export function excelCall<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw errorValueFor(e);
  }
}

/** True when an optional argument was left out (Excel passes null or undefined, or "" from a blank cell). */
export function isOmitted(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Reads an optional word argument (polarity, method, mode), case-insensitive. Unknown words are #VALUE!. */
export function wordArgument<W extends string>(
  value: unknown,
  words: readonly W[],
  fallback: W,
  argumentName: string,
): W {
  if (isOmitted(value)) return fallback;
  const word = readWord(single(value), words);
  if (word === undefined) {
    throw new ArgumentProblem(
      "value",
      FUNCTION_MESSAGES.notOneOf(argumentName, words, String(single(value))),
    );
  }
  return word;
}

/** Reads an optional non-negative number (tolerance). Negative is #NUM!, text is #VALUE!. */
export function nonNegativeArgument(value: unknown, fallback: number, argumentName: string): number {
  if (isOmitted(value)) return fallback;
  const n = numberOrGap(single(value));
  if (n === null)
    throw new ArgumentProblem("value", FUNCTION_MESSAGES.notANumber(argumentName, String(single(value))));
  if (n < 0) throw new ArgumentProblem("num", FUNCTION_MESSAGES.negative(argumentName, n));
  return n;
}

/** Reads an optional plain number (floor); blank means "not given". */
export function optionalNumberArgument(value: unknown, argumentName: string): number | undefined {
  if (isOmitted(value)) return undefined;
  const n = numberOrGap(single(value));
  if (n === null)
    throw new ArgumentProblem("value", FUNCTION_MESSAGES.notANumber(argumentName, String(single(value))));
  return n;
}

/** Reads an optional yes/no argument (TRUE/FALSE, yes/no, 1/0); anything else is #VALUE!. */
export function yesNoArgument(value: unknown, argumentName: string): boolean | undefined {
  if (isOmitted(value)) return undefined;
  const answer = readYesNo(single(value));
  if (answer === undefined)
    throw new ArgumentProblem("value", FUNCTION_MESSAGES.notYesNo(argumentName, String(single(value))));
  return answer;
}

/** A number cell, a numeric text such as "97%", or null for a blank or placeholder (never 0). */
export function numberOrGap(value: unknown): number | null {
  const reading = readCell(value as CellValue);
  return reading.kind === "number" ? reading.value : null;
}

/**
 * Reads one cell that must be a number or a gap. Unreadable text ("Amber", "100% by 2015",
 * "#DIV/0!") is a problem with the reading's own message, so the user sees why.
 */
export function numberCell(value: unknown, argumentName: string): number | null {
  const reading = readCell(value as CellValue);
  if (reading.kind === "number") return reading.value;
  if (reading.kind === "gap") return null;
  throw new ArgumentProblem("value", FUNCTION_MESSAGES.unreadableCell(argumentName, reading.message));
}

/** A value as a 2-D grid: ranges arrive as arrays of rows, single values are wrapped. */
export function grid(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  // Excel passes arrays of rows: those are used as they are, without a copy.
  return value.every(Array.isArray)
    ? (value as unknown[][])
    : value.map((row) => (Array.isArray(row) ? row : [row]));
}

/** All cells of a range, row by row, as numbers; blanks, placeholders and unreadable text are gaps (null), never zeros. */
export function seriesArgument(value: unknown): (number | null)[] {
  return grid(value).flat().map(numberOrGap);
}

/**
 * The series in a values argument: a single row or a single column is one series; a block of
 * several rows and columns is one series per row (periods run across, as on a scorecard), so
 * =KPI.DIRECTION(G4:H22) gives one answer per indicator row. Cells read as seriesArgument does.
 */
export function seriesRows(value: unknown): (number | null)[][] {
  const cells = grid(value);
  const oneSeries = cells.length <= 1 || cells.every((row) => row.length <= 1);
  return oneSeries ? [seriesArgument(cells)] : cells.map((row) => seriesArgument([row]));
}

/** The first cell of a range argument (for arguments documented as a single value). */
export function single(value: unknown): unknown {
  let v = value;
  while (Array.isArray(v)) v = v[0];
  return v;
}

/** True when the grid is one cell. */
export function isSingleCell(g: readonly (readonly unknown[])[]): boolean {
  return g.length === 1 && g[0]?.length === 1;
}

/** "3 rows x 1 column" for messages. */
export function describeShape(g: readonly (readonly unknown[])[]): string {
  return FUNCTION_MESSAGES.shape(g.length, g[0]?.length ?? 0);
}

/** A polarity argument that may name a grade scale instead (KPI.RAG, KPI.DIRECTION). */
export interface PolarityOrScale {
  readonly polarity: Polarity;
  /** The grade scale named, when the argument is one: the polarity is then the scale's. */
  readonly scale?: GradeScale;
}

/**
 * Reads the polarity argument of KPI.RAG and KPI.DIRECTION: higher (default), lower, target or
 * neutral, or a grade scale, which then gives the polarity: "jar", "ofsted" (any case) or the
 * scale as text, "1=Outstanding; 2=Good; 3=Requires improvement; 4=Inadequate; best=low".
 * A scale written with "=" that does not read is #VALUE! with its problems; any other unknown
 * word is #VALUE! with the polarity words.
 */
export function polarityOrScaleArgument(value: unknown): PolarityOrScale {
  if (isOmitted(value)) return { polarity: "higher" };
  const text = single(value);
  const polarity = readWord(text, POLARITIES);
  if (polarity) return { polarity };
  if (typeof text === "string") {
    const scale = readGradeScale(text);
    if (scale.ok) return { polarity: scalePolarity(scale.scale), scale: scale.scale };
    if (text.includes("="))
      throw new ArgumentProblem(
        "value",
        FUNCTION_MESSAGES.badScale(scale.problems.map((p) => p.message).join(" ")),
      );
  }
  return { polarity: wordArgument(text, POLARITIES, "higher", "polarity") };
}

/**
 * One cell read through a grade scale: the grade's number, or null for a blank or placeholder.
 * A word or number not on the scale, or one that disagrees ("Grade 2 (inadequate)" on JAR), is
 * #VALUE! with the reading's message.
 */
export function gradeCell(value: unknown, scale: GradeScale, argumentName: string): number | null {
  const reading = readGradeCell(value as CellValue, scale);
  if (reading.kind === "grade") return reading.grade.value;
  if (reading.kind === "gap") return null;
  throw new ArgumentProblem("value", FUNCTION_MESSAGES.unreadableCell(argumentName, reading.message));
}

/**
 * The cells of each series in a values argument, as seriesRows splits them (one row or column
 * is one series; a block is one series per row), before they are read.
 */
export function seriesCellRows(value: unknown): unknown[][] {
  const cells = grid(value);
  const oneSeries = cells.length <= 1 || cells.every((row) => row.length <= 1);
  return oneSeries ? [cells.flat()] : cells.map((row) => [...row]);
}

/** The series of a values argument read through a grade scale: grades' numbers; gaps and cells that are not grades are null. */
export function gradeSeriesRows(value: unknown, scale: GradeScale): (number | null)[][] {
  return seriesCellRows(value).map((row) =>
    row.map((cell) => {
      const reading = readGradeCell(cell as CellValue, scale);
      return reading.kind === "grade" ? reading.grade.value : null;
    }),
  );
}

/**
 * SPC needs measurements: a grade word among the cells ("Good", "Grade 2 (adequate)") is
 * #VALUE!, saying grades are ordered categories and pointing to KPI.DIRECTION.
 */
export function refuseGrades(cells: readonly unknown[]): void {
  const grade = cells.find(looksLikeGradeWord);
  if (grade !== undefined) throw new ArgumentProblem("value", FUNCTION_MESSAGES.spcGrade(String(grade)));
}

/**
 * The polarity argument of the SPC functions: a polarity word; a grade scale named there
 * ("ofsted") is #VALUE!, since SPC needs measurements and grades are ordered categories.
 */
export function measurementPolarityArgument(value: unknown): Polarity {
  const text = single(value);
  if (typeof text === "string" && readWord(text, POLARITIES) === undefined && readGradeScale(text).ok)
    throw new ArgumentProblem("value", FUNCTION_MESSAGES.spcScale(text.trim()));
  return wordArgument(value, POLARITIES, "higher", "polarity");
}

/**
 * KPI.STATUS on a grade indicator: the actual read through the indicator's scale ("Good" is
 * 2 on Ofsted), as its number; any other indicator's actual, or an unknown id, passes unchanged.
 */
export function catalogueGradeActual(catalogue: Catalogue, id: unknown, actual: unknown): unknown {
  const idText = typeof id === "number" ? String(id) : typeof id === "string" ? id : "";
  const scale = gradeScaleOf(findCatalogueIndicator(catalogue, idText));
  return scale ? gradeCell(actual, scale, "actual") : actual;
}
