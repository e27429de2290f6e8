import { parseRange } from "../a1/parse-range";
import type { CellValue } from "../cells/cell-value";
import type { SheetSnapshot } from "../workbook/snapshot";

/** Where a cell's value comes from: itself, or the top-left cell of the merged area it is in. */
export interface CellSource {
  readonly row: number;
  readonly column: number;
}

/**
 * A read-only view of a sheet snapshot that tolerates ragged or missing rows and sees
 * through merged areas: every cell of a merge shows the merge's top-left value.
 */
export interface SheetGrid {
  readonly rowCount: number;
  readonly columnCount: number;
  /** The value shown in a cell (a merged area's value in each of its cells); null outside the grid. */
  value(row: number, column: number): CellValue;
  /** The number format of the cell the value comes from; "" when none. */
  numberFormat(row: number, column: number): string;
  /** The cell the value comes from. */
  source(row: number, column: number): CellSource;
}

/**
 * Builds a `SheetGrid` over a snapshot. Merges outside the values grid and unreadable
 * merge ranges are ignored.
 *
 * Bad input: a snapshot whose values are not arrays reads as an empty grid; rows that are not
 * arrays read as blank rows.
 *
 * @example readSheetGrid({ name: "S", values: [["Benchmark", null]], numberFormats: [], formulas: [], merges: ["A1:B1"] }).value(0, 1) // "Benchmark"
 */
export function readSheetGrid(sheet: SheetSnapshot): SheetGrid {
  const rows = Array.isArray(sheet?.values) ? sheet.values : [];
  const formats = Array.isArray(sheet?.numberFormats) ? sheet.numberFormats : [];
  const rowCount = rows.length;
  let columnCount = 0;
  for (const row of rows) if (Array.isArray(row)) columnCount = Math.max(columnCount, row.length);

  const mergedSources = new Map<number, CellSource>();
  const merges = Array.isArray(sheet?.merges) ? sheet.merges : [];
  for (const text of merges) {
    const range = parseRange(text);
    if (range === undefined) continue;
    const anchor: CellSource = { row: range.top, column: range.left };
    for (let r = range.top; r <= Math.min(range.bottom, rowCount - 1); r++) {
      for (let c = range.left; c <= Math.min(range.right, columnCount - 1); c++)
        mergedSources.set(r * columnCount + c, anchor);
    }
  }

  const raw = (row: number, column: number): CellValue => {
    const cells = rows[row];
    return Array.isArray(cells) ? (cells[column] ?? null) : null;
  };
  const source = (row: number, column: number): CellSource =>
    (row >= 0 && column >= 0 && column < columnCount
      ? mergedSources.get(row * columnCount + column)
      : undefined) ?? { row, column };

  return {
    rowCount,
    columnCount,
    value: (row, column) => {
      const from = source(row, column);
      return raw(from.row, from.column);
    },
    numberFormat: (row, column) => {
      const from = source(row, column);
      const formatRow = formats[from.row];
      const format = Array.isArray(formatRow) ? formatRow[from.column] : undefined;
      return typeof format === "string" ? format : "";
    },
    source,
  };
}

/**
 * True when a cell shows nothing: null, undefined, or text that is only spaces.
 *
 * Bad input: none; any other value (a number, a boolean, an error) is not blank.
 *
 * @example isBlank("  ") // true
 * @example isBlank(0) // false
 */
export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
