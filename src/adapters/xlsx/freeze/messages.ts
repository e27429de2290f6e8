/**
 * Every sentence the freeze says about a cell it kept, a name it noticed or a file it could not
 * freeze. Each problem says what is wrong; each action says what to do.
 */

/** The Excel shortcut that recalculates every formula in every open workbook. */
const RECALCULATE = "recalculate (Ctrl+Alt+F9)";

const list = (functions: readonly string[]): string =>
  functions.length <= 1
    ? (functions[0] ?? "")
    : `${functions.slice(0, -1).join(", ")} and ${functions[functions.length - 1]}`;

export const freezeMessages = {
  /** The cached value is #NAME?: last calculated where the add-in's functions were unknown. */
  nameError: (functions: readonly string[]): string =>
    functions.length > 0
      ? `It showed #NAME? when last calculated: ${list(functions)} was unknown, so it was calculated without Scorecard Kit.`
      : "It showed #NAME? when last calculated: a function or name in it was unknown.",
  nameErrorAction: (functions: readonly string[]): string =>
    functions.length > 0
      ? `Open the workbook in Excel with Scorecard Kit loaded, ${RECALCULATE}, save, and freeze again.`
      : `Correct the function or name it uses (or open it in Excel with the add-in that provides it), ${RECALCULATE}, save, and freeze again.`,

  /** The cached value is another error: the formula itself fails. */
  errorValue: (error: string): string => `The formula itself gives ${error}.`,
  errorValueAction: (): string =>
    `Fix its inputs (or the formula) in Excel, ${RECALCULATE}, save, and freeze again; an error left on purpose stays a formula.`,

  /** No cached value at all: written by a program, never calculated in Excel. */
  noValue: (): string =>
    "The file holds no calculated value for it: it was saved by a program that does not calculate, or never recalculated in Excel.",
  noValueAction: (): string =>
    `Open the workbook in Excel with Scorecard Kit loaded, ${RECALCULATE}, save, and freeze again.`,

  /** Added to a problem when the cell belongs to a shared formula. */
  sharedGroup: (range: string): string =>
    ` Excel saved ${range} as one shared formula, so its other cells are kept as formulas too.`,

  /** A defined name that calls the add-in's functions (an info-level note). */
  definedName: (name: string, functions: readonly string[]): string =>
    `The name ${name} calls ${list(functions)}; it is kept and will show #NAME? without the add-in.`,
  definedNameAction: (): string =>
    "Cells whose formulas use the name were frozen like the others. If nothing else needs the name, delete it in the copy with Formulas > Name Manager.",

  /** The frozenAt option is not a valid date (a bug in the caller, not the user's file). */
  invalidDate: (): string => "The freeze time is not a valid date.",
  /** jszip failed while writing the copy. */
  notWritten: (detail: string): string => `The values-only copy could not be built (${detail}).`,
} as const;
