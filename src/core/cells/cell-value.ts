/**
 * What a cell can hold, as every adapter (Office.js, exceljs) hands it to the core.
 * Excel errors arrive as `{ error: "#DIV/0!" }` so they are never confused with text.
 */
export type CellError = { readonly error: string };
export type CellValue = string | number | boolean | Date | CellError | null | undefined;

export function isCellError(value: unknown): value is CellError {
  return (
    typeof value === "object" &&
    value !== null &&
    !(value instanceof Date) &&
    typeof (value as CellError).error === "string"
  );
}
