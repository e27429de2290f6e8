import type { CellValue as ExcelJsCellValue } from "exceljs";
import { isCellError, type CellValue } from "../../core/cells/cell-value";

import { cellTextWithinLimit, UNSTORABLE_NUMBER_TEXT } from "../../core/workbook/excel-rules";

export { MAX_CELL_TEXT_LENGTH } from "../../core/workbook/excel-rules";

/** Text cut to the characters one Excel cell can hold (the shared rule). */
export const cellText = cellTextWithinLimit;

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
