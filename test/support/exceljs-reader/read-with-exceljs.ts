import { Workbook, type Range, type Worksheet } from "exceljs";
import type { CellValue } from "../../../src/core/cells/cell-value";
import type { SheetSnapshot } from "../../../src/core/workbook/snapshot";
import { cellValueFromExcelJs, formulaFromExcelJs } from "./cell-value-from-exceljs";
import { asBytes } from "../../../src/adapters/xlsx/bytes";
import { fileSignature, zipNamesWorkbookPart } from "../../../src/adapters/xlsx/file-signature";
import { errorDetail, formatCount, readReasons } from "../../../src/adapters/xlsx/messages";
import { DEFAULT_MAX_CELLS } from "../../../src/adapters/xlsx/limits";
import type { ReadOptions, ReadResult } from "../../../src/adapters/xlsx/read-snapshot";

/**
 * Worksheet XML parts exceljs is told to skip: the snapshot needs none of them, and exceljs
 * expands a data validation into one entry per cell it covers, so a drop-down on whole
 * columns ("B2:D1048576") took 6 s and 390 MB to load before any value was read.
 */
const IGNORED_WORKSHEET_NODES = ["dataValidations", "conditionalFormatting", "extLst"];

/** The number format a cell without one has, as Excel names it. */
const GENERAL_FORMAT = "General";

/** Rows and columns of a worksheet's grid: A1 to the last used cell (0 x 0 when blank). */
interface GridSize {
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * The snapshot reader the product used before issue 14, kept for tests only: the cross-check that
 * readWorkbookSnapshot (src/adapters/xlsx/read-snapshot) reads what exceljs reads.
 *
 * Source: exceljs 4.4 `workbook.xlsx.load`. Chart sheets are skipped (exceljs does not load
 * them); hidden worksheets are kept. Each sheet's grids run from A1 to its last used row and
 * column; blank cells are null / "General" / "".
 *
 * Bad input never rejects: an empty, non-zip, .xls, damaged or oversized file resolves to
 * `{ ok: false, reason }` with a plain sentence. The cell limit is checked from every sheet's
 * dimensions before any grid is built.
 *
 * @example
 * const result = await readWithExcelJs(bytes, "q1.xlsx");
 * if (result.ok) result.snapshot.sheets[0]?.values[0]?.[0]; // the value in A1 of the first sheet
 */
export async function readWithExcelJs(
  data: ArrayBuffer | Uint8Array,
  source: string,
  options: Pick<ReadOptions, "maxCells"> = {},
): Promise<ReadResult> {
  try {
    return await readChecked(data, source, options);
  } catch (error) {
    // Belt and braces: nothing a file contains should reach here, but the promise never rejects.
    return fail(readReasons.damagedZip(errorDetail(error)));
  }
}

async function readChecked(
  data: unknown,
  source: string,
  options: ReadOptions | undefined,
): Promise<ReadResult> {
  const given = options?.maxCells;
  const maxCells = given ?? DEFAULT_MAX_CELLS;
  if (!Number.isSafeInteger(maxCells) || maxCells <= 0) return fail(readReasons.invalidMaxCells(given));

  const bytes = asBytes(data);
  if (bytes === undefined) return fail(readReasons.notBytes());
  const kind = fileSignature(bytes);
  if (kind === "empty") return fail(readReasons.empty());
  if (kind === "ole-compound") return fail(readReasons.oleCompound());
  if (kind === "other") return fail(readReasons.notZip());

  const workbook = new Workbook();
  try {
    // exceljs types the argument as its own Buffer interface; JSZip accepts a Uint8Array in Node and browsers.
    await workbook.xlsx.load(bytes as unknown as Parameters<Workbook["xlsx"]["load"]>[0], {
      ignoreNodes: IGNORED_WORKSHEET_NODES,
    });
  } catch (error) {
    return fail(readReasons.damagedZip(errorDetail(error)));
  }

  const worksheets = workbook.worksheets;
  if (worksheets.length === 0) {
    return fail(zipNamesWorkbookPart(bytes) ? readReasons.noWorksheets() : readReasons.notAWorkbook());
  }

  const sizes = worksheets.map(gridSize);
  const cellCount = sizes.reduce((total, size) => total + size.rowCount * size.columnCount, 0);
  if (cellCount > maxCells)
    return {
      ok: false,
      reason: `The workbook has ${formatCount(cellCount)} cells in its used ranges; the limit is ${formatCount(maxCells)}.`,
      tooLarge: true,
    };

  const sheets: SheetSnapshot[] = [];
  for (const [index, worksheet] of worksheets.entries()) {
    const size = sizes[index] ?? { rowCount: 0, columnCount: 0 };
    try {
      sheets.push(readSheet(worksheet, size));
    } catch (error) {
      return fail(readReasons.unreadableSheet(worksheet.name, errorDetail(error)));
    }
  }
  return { ok: true, snapshot: { source, sheets }, cellCount };
}

function fail(reason: string): ReadResult {
  return { ok: false, reason };
}

/**
 * exceljs computes dimensions from cells that hold a value (styled blanks do not count);
 * for a blank sheet its Range reports 1 x 1, hence the actualRowCount check.
 */
function gridSize(worksheet: Worksheet): GridSize {
  if (worksheet.actualRowCount === 0) return { rowCount: 0, columnCount: 0 };
  const dimensions = worksheet.dimensions;
  return { rowCount: dimensions.bottom, columnCount: dimensions.right };
}

function filledRows<T>(size: GridSize, fill: T): T[][] {
  const rows: T[][] = new Array<T[]>(size.rowCount);
  for (let row = 0; row < size.rowCount; row += 1) rows[row] = new Array<T>(size.columnCount).fill(fill);
  return rows;
}

/**
 * Rows of one repeated, read-only row: most rows have no formula and many only "General"
 * formats, so they share one array until a cell needs its own (a third fewer allocations on a
 * large workbook). Snapshots are read-only, so sharing is safe.
 */
function sharedRows<T>(size: GridSize, fill: T): T[][] {
  const shared = Object.freeze(new Array<T>(size.columnCount).fill(fill)) as T[];
  return new Array<T[]>(size.rowCount).fill(shared);
}

/** The row's own array, copied from the shared one on first write. */
function ownRow<T>(rows: T[][], index: number, shared: T[] | undefined): T[] | undefined {
  const row = rows[index];
  if (row === undefined || row !== shared) return row;
  const own = [...row];
  rows[index] = own;
  return own;
}

function readSheet(worksheet: Worksheet, size: GridSize): SheetSnapshot {
  const values = filledRows<CellValue>(size, null);
  const numberFormats = sharedRows<string>(size, GENERAL_FORMAT);
  const formulas = sharedRows<string>(size, "");
  const sharedFormats = numberFormats[0];
  const sharedFormulas = formulas[0];

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const index = rowNumber - 1;
    const valueRow = values[index];
    if (valueRow === undefined) return;
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const column = columnNumber - 1;
      valueRow[column] = cellValueFromExcelJs(cell);
      const format = cell.numFmt;
      if (typeof format === "string" && format !== "" && format !== GENERAL_FORMAT) {
        const formatRow = ownRow(numberFormats, index, sharedFormats);
        if (formatRow) formatRow[column] = format;
      }
      const formula = formulaFromExcelJs(cell);
      if (formula !== "") {
        const formulaRow = ownRow(formulas, index, sharedFormulas);
        if (formulaRow) formulaRow[column] = formula;
      }
    });
  });

  return { name: worksheet.name, values, numberFormats, formulas, merges: mergedRanges(worksheet) };
}

/**
 * The merged areas of a worksheet as A1 ranges ("A1:C1"), top-to-bottom then left-to-right.
 * exceljs keeps them in the private `_merges` map (master address -> Range); the public
 * `worksheet.model.merges` holds the same ranges but building `model` copies every cell.
 */
function mergedRanges(worksheet: Worksheet): string[] {
  const merges = (worksheet as unknown as { _merges?: Record<string, Range | undefined> })._merges;
  if (merges === undefined || merges === null) return [];
  return Object.values(merges)
    .filter((merge): merge is Range => merge !== undefined && typeof merge.range === "string")
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((merge) => merge.range);
}
