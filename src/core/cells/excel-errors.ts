/**
 * The error values Excel shows in a cell, as text.
 * Source: Microsoft Support, "How to correct a #... error" pages (classic errors and the
 * dynamic-array / data-type errors added in Microsoft 365).
 * Bad input: none, it is a constant.
 * @example EXCEL_ERROR_TEXTS.includes("#DIV/0!") // true
 */
export const EXCEL_ERROR_TEXTS: readonly string[] = [
  "#DIV/0!",
  "#N/A",
  "#REF!",
  "#NAME?",
  "#VALUE!",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
];

const UPPER = new Set(EXCEL_ERROR_TEXTS);

/**
 * The canonical Excel error when the text is one (typed, pasted or exported as text), else undefined.
 * Source: EXCEL_ERROR_TEXTS. Ignores case and surrounding spaces.
 * Bad input (not text): undefined.
 * @example readExcelErrorText(" #div/0! ") // "#DIV/0!"
 */
export function readExcelErrorText(text: string): string | undefined {
  if (typeof text !== "string") return undefined;
  const wanted = text.trim().toUpperCase();
  return UPPER.has(wanted) ? wanted : undefined;
}
