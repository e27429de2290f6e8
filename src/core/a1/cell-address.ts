import { columnLetter } from "./column-letter";

/** The last row Excel allows (1,048,576), zero-based. Source: Excel specifications and limits. */
export const LAST_EXCEL_ROW = 1048575;

/**
 * Builds an A1 address from a zero-based row and column (row 2, column 1 -> "B3").
 *
 * Bad input: a negative, fractional or non-finite row or column, or one beyond Excel's
 * grid (row 1,048,576, column XFD), gets the empty string.
 *
 * @example cellAddress(2, 1) // "B3"
 * @example cellAddress(0, 26) // "AA1"
 * @example cellAddress(-1, 0) // ""
 */
export function cellAddress(row0: number, col0: number): string {
  if (typeof row0 !== "number" || !Number.isInteger(row0) || row0 < 0 || row0 > LAST_EXCEL_ROW) return "";
  const letters = columnLetter(col0);
  return letters === "" ? "" : `${letters}${row0 + 1}`;
}
