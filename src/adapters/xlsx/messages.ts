/**
 * Every reason the xlsx adapter gives for not reading a file, in one place.
 * Reasons are plain sentences for people (the CLI prints them, the workbench shows them);
 * they never contain a stack trace.
 */

/** Formats a whole number with thousands separators, the same in Node and every browser. */
export function formatCount(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** What is wrong with a summary plan the writer was handed (a bug upstream, never the user's file). */
export const planProblems = {
  colour: (colour: string, where: string): string =>
    `The colour "${colour}" for ${where} is not of the form #RRGGBB.`,
} as const;

export const readReasons = {
  notBytes: (): string =>
    "The file contents were not given as bytes (an ArrayBuffer or Uint8Array was expected).",
  invalidMaxCells: (given: unknown): string =>
    `The cell limit must be a positive whole number; got ${String(given)}.`,
  empty: (): string => "The file is empty (0 bytes), so it is not an .xlsx workbook.",
  notZip: (): string =>
    "The file is not an .xlsx workbook (it is not a zip archive). " +
    "If it is a CSV or text file, open it in Excel and save it as an Excel Workbook (.xlsx).",
  oleCompound: (): string =>
    "The file is not an .xlsx workbook: it is an older .xls workbook or a password-protected workbook. " +
    "Open it in Excel, remove any password and save it as an Excel Workbook (.xlsx).",
  damagedZip: (detail: string): string =>
    `The file looks like a zip archive but could not be opened as an .xlsx workbook; it may be truncated or damaged (${detail}).`,
  notAWorkbook: (): string =>
    "The file is a zip archive but not an .xlsx workbook (it has no xl/workbook.xml part).",
  noWorksheets: (): string => "The workbook has no worksheets that can be read (chart sheets are skipped).",
  unreadableSheet: (sheetName: string, detail: string): string =>
    `The worksheet "${sheetName}" could not be read (${detail}).`,
  invalidMaxBytes: (given: unknown): string =>
    `The limit on unpacked bytes must be a positive whole number; got ${String(given)}.`,
  tooLargeInSheet: (sheetName: string, cellCount: number, limit: number, rowNumber?: number): string =>
    `The workbook has at least ${formatCount(cellCount)} cells in its used ranges (reading stopped ` +
    `${rowNumber === undefined ? "in" : `at row ${formatCount(rowNumber)} of`} the worksheet "${sheetName}"); ` +
    `the limit is ${formatCount(limit)}. Split it or raise --max-cells.`,
  tooManyBytes: (part: string, limit: number): string =>
    `The workbook unpacks to more than ${formatCount(limit)} bytes (reading stopped in the part ${part}), so it was not read.`,
  zipBomb: (part: string, limit: number): string =>
    `The part ${part} would unpack to more than ${formatCount(limit)} bytes, far more than its compressed size allows for a real workbook; ` +
    "the file is damaged or crafted to exhaust memory, so it was not read.",
  lyingZipEntry: (part: string, declared: number): string =>
    `The part ${part} unpacks to more than the ${formatCount(declared)} bytes its zip header declares; ` +
    "the file is damaged or crafted to exhaust memory, so it was not read.",
  missingPart: (sheetName: string, part: string): string =>
    `The worksheet "${sheetName}" could not be read: the workbook points at the part ${part}, which is not in the file; it may be damaged.`,
  undeclaredWorksheet: (sheetName: string, part: string): string =>
    `The worksheet "${sheetName}" could not be read: its part ${part} is not declared as a worksheet in [Content_Types].xml; the file may be damaged.`,
  malformedPart: (part: string, detail: string): string =>
    `The part ${part} of the workbook is malformed (${detail}); the file may be damaged.`,
} as const;

/** The first line of an error's message, shortened, for use inside a reason. */
export function errorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // The reason closes the sentence itself, so a trailing full stop would double up.
  const firstLine = (message.split("\n")[0] ?? "").trim().replace(/\.+$/, "");
  const MAX_DETAIL_LENGTH = 160;
  const text = firstLine === "" ? "no details given" : firstLine;
  return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH - 1)}…` : text;
}
