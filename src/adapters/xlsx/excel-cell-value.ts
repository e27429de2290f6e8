import type { CellValue as ExcelJsCellValue } from "exceljs";
import { isCellError, type CellValue } from "../../core/cells/cell-value";

import { cellTextWithinLimit } from "../../core/workbook/excel-rules";

export { MAX_CELL_TEXT_LENGTH } from "../../core/workbook/excel-rules";
/** What a number Excel cannot store (NaN, ±Infinity) or an invalid Date is written as. */
export const UNSTORABLE_NUMBER_TEXT = "#NUM!";

/** Text cut to the characters one Excel cell can hold (the shared rule). */
export const cellText = cellTextWithinLimit;

/**
 * A core value as text, for cells that must be literal text: numbers in JavaScript's shortest
 * round-trip form, booleans as TRUE/FALSE, dates as ISO 8601 (date only at UTC midnight), errors as their text.
 *
 * @example textOfValue(0.25) // "0.25"
 */
export function textOfValue(value: CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return cellText(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isoText(value);
  if (isCellError(value)) return value.error;
  return null;
}

/** "2024-03-31" for a UTC midnight (how exceljs reads date cells), else the full ISO 8601 text. */
function isoText(date: Date): string {
  if (Number.isNaN(date.getTime())) return UNSTORABLE_NUMBER_TEXT;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, "yyyy-mm-dd".length) : iso;
}

/**
 * A core value as exceljs should store it. Errors become their text (`errors: "text"`) or real
 * Excel errors (`errors: "error"`); numbers and dates Excel cannot store become "#NUM!" text.
 */
export function excelValueOf(value: CellValue, errors: "text" | "error"): ExcelJsCellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : UNSTORABLE_NUMBER_TEXT;
  if (typeof value === "string") return cellText(value);
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? UNSTORABLE_NUMBER_TEXT : value;
  if (isCellError(value))
    return errors === "error" ? { error: value.error as ExcelJsErrorText } : value.error;
  return null;
}

type ExcelJsErrorText = Extract<ExcelJsCellValue, { error: unknown }>["error"];
