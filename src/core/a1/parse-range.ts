import { LAST_EXCEL_ROW } from "./cell-address";
import { columnIndex } from "./column-index";

/** A rectangle of cells, zero-based and inclusive on every side. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Reads an A1 cell or range ("D1:F2", "$B$3", "'Sheet 1'!A1:B2") into zero-based bounds.
 * A sheet prefix is accepted and ignored; corners written the wrong way round ("F2:D1")
 * are put in order.
 *
 * Bad input: whole columns or rows ("A:C", "1:3"), R1C1 references, addresses beyond
 * Excel's grid, empty or non-string input get undefined.
 *
 * @example parseRange("D1:F2") // { top: 0, left: 3, bottom: 1, right: 5 }
 * @example parseRange("B3") // { top: 2, left: 1, bottom: 2, right: 1 }
 * @example parseRange("A:C") // undefined
 */
export function parseRange(text: string): CellRange | undefined {
  if (typeof text !== "string") return undefined;
  const bang = text.lastIndexOf("!");
  const body = (bang >= 0 ? text.slice(bang + 1) : text).trim();
  const parts = body.split(":");
  if (parts.length < 1 || parts.length > 2) return undefined;
  const first = parseCell(parts[0] ?? "");
  const second = parts.length === 2 ? parseCell(parts[1] ?? "") : first;
  if (first === undefined || second === undefined) return undefined;
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.col, second.col),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.col, second.col),
  };
}

function parseCell(text: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (match === null) return undefined;
  const col = columnIndex(match[1] ?? "");
  const row = Number(match[2]) - 1;
  if (col === undefined || row < 0 || row > LAST_EXCEL_ROW) return undefined;
  return { row, col };
}
