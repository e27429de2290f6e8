import { cleanHeader } from "./clean-header";
import type { SheetRules } from "./layout-overrides";
import { parsePeriod } from "./parse-period";
import { readHeader } from "./read-header";
import type { HeaderReading } from "./read-header";
import { isBlank } from "./sheet-grid";
import type { SheetGrid } from "./sheet-grid";
import { HEADER_SCAN_ROWS } from "./types";

export type HeaderSearch =
  | { readonly found: true; readonly header: HeaderReading }
  /** `closest`: the best reading that falls short, to say what is missing; undefined when no row scored. */
  | { readonly found: false; readonly closest?: HeaderReading };

/** A two-row reading needs at least this many lower-row headers recognised on their own. */
const MIN_LOWER_HEADERS_FOR_GROUP = 2;

/**
 * Finds the header row in the first `HEADER_SCAN_ROWS` rows. Each non-blank row is read
 * alone and, when the row above can be a group row, as a two-row header; the highest
 * scoring reading with an indicator column (name or id) and a period column wins, the
 * earlier one on a tie. The row above is a group row when it holds only text or period
 * headers and is not a title (a single cell at or left of where the header starts); a two-row reading also needs the lower row to hold
 * at least two recognised headers and no more unknown texts than recognised ones, so a data
 * row is never read as headers under the real header.
 * When nothing is recognised but column-letter overrides complete the layout, the first row
 * with two or more cells is the header.
 *
 * Bad input: an empty grid gets `{ found: false }`.
 *
 * @example findHeader(readSheetGrid(sheet), { own: [], everySheet: [] }) // { found: true, header: { rows: [0], ... } }
 */
export function findHeader(grid: SheetGrid, rules: SheetRules): HeaderSearch {
  const readings: HeaderReading[] = [];
  const lastRow = Math.min(HEADER_SCAN_ROWS, grid.rowCount);
  for (let row = 0; row < lastRow; row++) {
    const cells = distinctCells(grid, row);
    if (cells.length === 0) continue;
    readings.push(readHeader(grid, row, undefined, rules));
    if (row > 0 && canBeGroupRow(grid, row - 1, row)) {
      const twoRow = readHeader(grid, row, row - 1, rules);
      if (twoRow.lowerKnown >= MIN_LOWER_HEADERS_FOR_GROUP && twoRow.lowerKnown >= twoRow.lowerUnknown)
        readings.push(twoRow);
    }
  }
  const complete = readings.filter((r) => r.hasNameOrId && r.hasPeriod);
  const best = highestScore(complete);
  if (best !== undefined && best.score > 0) return { found: true, header: best };
  if (best !== undefined) {
    const firstWide = complete.find(
      (r) => r.rows.length === 1 && distinctCells(grid, r.rows[0] ?? 0).length >= 2,
    );
    return { found: true, header: firstWide ?? best };
  }
  const closest = highestScore(readings.filter((r) => r.score > 0));
  return closest === undefined ? { found: false } : { found: false, closest };
}

function highestScore(readings: readonly HeaderReading[]): HeaderReading | undefined {
  let best: HeaderReading | undefined;
  for (const reading of readings) if (best === undefined || reading.score > best.score) best = reading;
  return best;
}

/**
 * The non-blank cells of a row, left to right, a merged area counted once (at its first
 * column); stops after `limit` cells when one is given.
 *
 * Bad input: a row outside the grid has no cells.
 *
 * @example distinctCells(grid, 0).length // 3 for a row "Benchmark" (merged over B:C), "", "Target", "Q1"
 */
export function distinctCells(
  grid: SheetGrid,
  row: number,
  limit = Infinity,
): { column: number; sourceRow: number; sourceColumn: number }[] {
  const cells: { column: number; sourceRow: number; sourceColumn: number }[] = [];
  for (let column = 0; column < grid.columnCount && cells.length < limit; column++) {
    if (isBlank(grid.value(row, column))) continue;
    const source = grid.source(row, column);
    if (cells.some((c) => c.sourceRow === source.row && c.sourceColumn === source.column)) continue;
    cells.push({ column, sourceRow: source.row, sourceColumn: source.column });
  }
  return cells;
}

/**
 * The row above can group the header below when it holds only text or period headers (years,
 * dates), and is not a title (one cell, at or left of the header's first cell).
 */
function canBeGroupRow(grid: SheetGrid, upper: number, lower: number): boolean {
  const above = distinctCells(grid, upper);
  if (above.length === 0) return false;
  const headerLike = above.every(({ sourceRow, sourceColumn }) => {
    const value = grid.value(sourceRow, sourceColumn);
    return (
      typeof value === "string" ||
      parsePeriod(cleanHeader(value, grid.numberFormat(sourceRow, sourceColumn))) !== undefined
    );
  });
  if (!headerLike) return false;
  if (above.length > 1) return true;
  const firstLower = distinctCells(grid, lower)[0]?.column ?? 0;
  return (above[0]?.column ?? 0) > firstLower;
}
