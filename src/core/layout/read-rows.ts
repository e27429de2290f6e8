import { cleanHeader } from "./clean-header";
import { distinctCells } from "./find-header";
import { isBlank } from "./sheet-grid";
import type { SheetGrid } from "./sheet-grid";
import type { ColumnLayout, SectionRow } from "./types";

export interface RowReading {
  readonly firstDataRow: number;
  readonly indicatorRows: readonly number[];
  readonly sectionRows: readonly SectionRow[];
}

/**
 * Sorts the rows below the header: blank rows are skipped; a row whose only content is one
 * text cell (or one merged area) starting in that row, with words in it, is a section title
 * ("Stay Safe"; a lone "*" is not);
 * a row with a name or an id is an indicator row, unless it repeats the header (as printed
 * sheets do). Title rows below the last indicator (notes at the foot of the sheet) are not
 * sections.
 *
 * Bad input: a start row beyond the grid gives no rows.
 *
 * @example readRows(grid, 1, columns) // { firstDataRow: 1, indicatorRows: [1, 2, ...], sectionRows: [] }
 */
export function readRows(grid: SheetGrid, startRow: number, columns: readonly ColumnLayout[]): RowReading {
  const keyColumns = columns.filter((c) => c.role === "name" || c.role === "id");
  const indicatorRows: number[] = [];
  const sections: SectionRow[] = [];
  let firstDataRow: number | undefined;
  for (let row = Math.max(0, startRow); row < grid.rowCount; row++) {
    const cells = distinctCells(grid, row, 2);
    if (cells.length === 0) continue;
    firstDataRow ??= row;
    const only = cells.length === 1 ? cells[0] : undefined;
    if (only !== undefined && only.sourceRow === row) {
      const value = grid.value(row, only.column);
      // A lone mark with no words ("*", ":") is not a title: it is a cell of a data row.
      const title = typeof value === "string" ? cleanHeader(value) : "";
      if (title !== "") {
        sections.push({ row, title });
        continue;
      }
    }
    const named = keyColumns.filter((c) => !isBlank(grid.value(row, c.column)));
    if (named.length === 0) continue;
    const repeatsHeader = named.every(
      (c) => cleanHeader(grid.value(row, c.column)).toLowerCase() === c.header.toLowerCase(),
    );
    if (repeatsHeader) continue;
    indicatorRows.push(row);
  }
  const lastIndicatorRow = indicatorRows[indicatorRows.length - 1] ?? -1;
  return {
    firstDataRow: firstDataRow ?? Math.max(0, startRow),
    indicatorRows,
    sectionRows: sections.filter((s) => s.row < lastIndicatorRow),
  };
}
