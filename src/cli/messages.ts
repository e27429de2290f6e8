/**
 * Every sentence the `scorecard` command itself says (finding messages live in
 * core/validation/finding-messages.ts, file-reading reasons in adapters/xlsx/messages.ts).
 * Each says what is wrong and what to do.
 */
import type { FreezeProblem } from "../adapters/xlsx/freeze/types";
import { sheetAddress } from "../core/a1/quote-sheet-name";

export const CLI_MESSAGES = {
  /** A file named on the command line cannot be read. */
  doesNotExist: (file: string): string => `${file} does not exist.`,
  isFolder: (file: string): string => `${file} is a folder, not a file.`,
  permissionDenied: (file: string): string => `${file} cannot be read (permission denied).`,
  cannotRead: (file: string, code: string): string => `${file} cannot be read (${code}).`,

  /** Folders and patterns among the inputs. */
  emptyFolder: (folder: string): string =>
    `the folder ${folder} has no .xlsx workbooks in it (subfolders are not searched; use a pattern such as "${folder}/**/*.xlsx" for them).`,
  noMatch: (pattern: string): string =>
    `no .xlsx workbook matches ${pattern}. Check the folder and the pattern; put it in quotes so the shell passes it on as it is.`,

  /** --map */
  mapNotFound: (file: string, absolute: string): string =>
    `the mapping file ${file} was not found (looked for ${absolute}). Check the path given to --map, or leave --map out to use the detected layout.`,
  mapUnreadable: (file: string, reason: string): string =>
    `the mapping file ${file} could not be read: ${reason}`,
  mapNotJson: (file: string, detail: string, where: string): string =>
    `the mapping file ${file} is not valid JSON${where === "" ? "" : ` (${where})`}: ${detail}. Check for a missing comma, quote or bracket; the README's "Column mapping (--map)" shows the format.`,
  mapProblems: (file: string, problems: readonly string[]): string =>
    `the mapping file ${file} has problems:\n${problems.map((p) => `  ${p}`).join("\n")}`,
  /** Where an entry of the mapping file is: "map.json, line 4". */
  mapPlace: (file: string, line: number): string => `${file}, line ${line}`,
  /** Where in a text a parse error is: "line 2, column 5". */
  lineAndColumn: (line: number, column: number): string => `line ${line}, column ${column}`,

  /** Inputs in another spreadsheet format. */
  otherFormat: (file: string, format: string): string =>
    `${file} is ${format}; Scorecard Kit reads only .xlsx workbooks. Open it in Excel or LibreOffice Calc, save it as an Excel Workbook (.xlsx) with File > Save As, and run scorecard on the .xlsx file.`,

  /** --catalogue naming a workbook */
  noCatalogueSheet: (sheet: string, sheets: readonly string[]): string =>
    `The workbook has no sheet named "${sheet}" (sheets: ${sheets.join(", ")}).`,

  /** summarize */
  outputNotXlsx: (output: string, suggestion: string): string =>
    `the output ${output} does not end in .xlsx, but summarize always writes an Excel workbook. Use an .xlsx name, for example -o ${suggestion}.`,
  isInput: (target: string): string =>
    `${target} is the input workbook; Scorecard Kit never writes over its input. Choose another output with -o.`,
  outputExists: (target: string): string =>
    `${target} already exists and was kept. Use --force to replace it, or -o to choose another name.`,
  cannotWrite: (target: string, code: string): string => `${target} could not be written (${code}).`,
  summaryWritten: (target: string): string => `Summary written to ${target}`,
  /** summarize --compare */
  compareWithSeveral:
    "--compare works on one workbook at a time: give one current workbook and one --compare file.",
  compareIsInput: (file: string): string =>
    `${file} is both the current workbook and the --compare file. Give last time's workbook to --compare.`,
  previousUnreadable: (file: string, reasons: readonly string[]): string =>
    `the previous workbook ${file} (--compare) could not be checked: ${reasons.join(" ") || "it could not be read."}`,
  changesCounted: (previous: string, counts: readonly (readonly [string, number])[]): string =>
    `  changes since ${previous}: ${counts.map(([kind, n]) => `${n} ${kind}`).join(", ")}`,
  /** summarize with several workbooks: a roll-up */
  rollupFile: (n: number, total: number, file: string): string => `[${n}/${total}] ${file}`,
  notRolledUp: (file: string, reasons: readonly string[]): string =>
    `${file} was left out of the roll-up: ${reasons.join(" ") || "it could not be checked."}`,
  nothingToRollUp: "no workbook could be read, so no roll-up was written.",
  rolledUp: (included: number, total: number): string =>
    `Rolled up ${included} of ${total} workbooks${included < total ? ` (${total - included} left out: see above and the Validation sheet)` : ""}`,

  /** export */
  notExported: (file: string, reasons: readonly string[]): string =>
    `${file} was not exported: ${reasons.join(" ") || "it could not be checked."}`,
  exported: (rows: number, target: string): string =>
    `${rows.toLocaleString("en-GB")} ${rows === 1 ? "row" : "rows"} written to ${target}`,
  ragCounts: (total: number, count: (rag: string) => number): string =>
    `  ${total} indicators: ${count("Green")} Green, ${count("Amber")} Amber, ${count("Red")} Red, ${count("No target")} no target, ${count("No data")} no data`,
  onTrackCounts: (total: number, count: (status: string) => number): string =>
    `  ${total} against a trajectory: ${count("On track")} on track, ${count("Behind")} behind, ${count("Ahead")} ahead`,
  actionCounts: (total: number, count: (status: string) => number): string =>
    `  ${total} actions: ${count("Red")} Red, ${count("Amber")} Amber, ${count("Green")} Green, ${count("Done")} done, ${count("Not rated")} not rated${count("Not a RAG word") > 0 ? `, ${count("Not a RAG word")} with another word` : ""}`,
  mapUnusedWarning: (message: string): string => `warning: ${message}`,

  /** freeze (the problems themselves come from the freeze module) */
  notFrozen: (file: string, reason: string): string => `${file} was not frozen: ${reason}`,
  wrongExtension: (target: string, extension: string, suggestion: string): string =>
    `the output ${target} does not end in ${extension}, the input's kind of workbook; Excel will not open a copy saved under another extension. Use for example -o ${suggestion}.`,
  froze: (frozen: number, sheets: number, target: string): string =>
    `Froze ${frozen} ${frozen === 1 ? "formula" : "formulas"} in ${sheets} ${sheets === 1 ? "sheet" : "sheets"}; wrote ${target}`,
  nothingToFreeze: (allFormulas: boolean, target: string): string =>
    `${allFormulas ? "No cell holds a formula" : "No formula calls a KPI function"}, so nothing was frozen; wrote a copy to ${target}`,
  noneFrozen: (target: string): string => `Froze no formulas; wrote ${target}`,
  keptHeading: (kept: number): string =>
    `${kept} ${kept === 1 ? "cell was" : "cells were"} kept as formulas:`,
  kept: (problem: FreezeProblem): string =>
    `${sheetAddress(problem.sheet, problem.cell)} ${problem.formula}: ${problem.problem} ${problem.action}`,
  note: (problem: FreezeProblem): string => `note: ${problem.problem} ${problem.action}`,

  /** An exception from scorecard's own code: a bug, told apart from bad input by its stack. */
  bug: (message: string, stack: string): string =>
    `unexpected problem: ${message}. This is a bug in scorecard, not a problem with your files. Please report it with the command you ran and these lines:\n${stack}`,

  /** --version when package.json cannot be found beside the built files. */
  unknownVersion: "unknown (package.json not found beside the scorecard command)",
} as const;

/** What a file format is called in a message, for formats people open by mistake. */
export const OTHER_FORMATS = {
  ods: "an OpenDocument spreadsheet (.ods)",
  xls: "an Excel 97-2003 workbook (.xls)",
  csv: "a CSV text file (.csv)",
} as const;
