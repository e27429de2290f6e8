import type { CellValue } from "../core/cells/cell-value";
import { EXCEL_ERROR_TEXTS } from "../core/cells/excel-errors";

/**
 * Converting what Office.js hands back for a range into the core's snapshot values.
 * Pure: no Office.js at run time, so every rule is tested in Node.
 */

/** Office.js `Range.valueTypes` words (Excel.RangeValueType), as this module needs them. */
export type RangeValueType =
  "Unknown" | "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "RichValue";

const ERROR_TEXTS = new Set(EXCEL_ERROR_TEXTS);

/**
 * The snapshot value of one cell from Office.js `values` and (when loaded) `valueTypes`.
 *
 * - valueType "Error" -> `{ error: "#DIV/0!" }`; "Empty" -> null.
 * - "String" keeps the text as is, even "#N/A" typed as text or "" returned by a formula.
 * - Without a valueType (not loaded): "" -> null, and text that is exactly one of Excel's error
 *   values (EXCEL_ERROR_TEXTS: "#DIV/0!", "#N/A", "#REF!", "#NAME?", "#VALUE!", "#NUM!", "#NULL!",
 *   "#SPILL!", "#CALC!", "#GETTING_DATA", ...) -> `{ error }`.
 * - Numbers stay numbers, dates stay serial numbers (the core reads their number format).
 *
 * Source: Office.js reference, Range.values ("" for empty cells, the error text for errors)
 * and Excel.RangeValueType.
 * Bad input (objects, undefined): null.
 *
 * @example snapshotCellValue("#DIV/0!", "Error") // { error: "#DIV/0!" }
 * @example snapshotCellValue("#N/A", "String") // "#N/A"
 * @example snapshotCellValue("", undefined) // null
 */
export function snapshotCellValue(value: unknown, valueType?: string): CellValue {
  if (valueType === "Error") return { error: String(value) };
  if (valueType === "Empty") return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value !== "string") return null;
  if (valueType === undefined) {
    if (value === "") return null;
    if (ERROR_TEXTS.has(value)) return { error: value };
  }
  return value;
}

/**
 * The snapshot formula of one cell: Office.js `Range.formulas` gives the formula ("=A1*2") for a
 * formula cell and the constant itself (5, "text", "") otherwise; the snapshot wants "" for constants.
 * Text that starts with "=" but equals the cell's value is text stored as text (a "@"-formatted
 * "=1+1"), not a formula: a real formula's value is its result, not its own text.
 *
 * Bad input (non-strings): "".
 *
 * @example snapshotFormula("=A1*2", 10) // "=A1*2"
 * @example snapshotFormula(5, 5) // ""
 * @example snapshotFormula("=1+1", "=1+1") // ""
 */
export function snapshotFormula(formula: unknown, value: unknown): string {
  if (typeof formula !== "string" || !formula.startsWith("=")) return "";
  return formula === value ? "" : formula;
}

/** The number format of a cell as the snapshot keeps it (Office.js may hand back null for none). */
export function snapshotNumberFormat(format: unknown): string {
  return typeof format === "string" ? format : "";
}

/** A block of a sheet as Office.js loaded it: the four property grids, same shape. */
export interface LoadedBlock {
  /** Zero-based sheet row and column of the block's top-left cell. */
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly valueTypes?: readonly (readonly unknown[])[];
}

/** A sheet's grids from A1, as SheetSnapshot holds them. */
export interface SheetGrids {
  readonly values: CellValue[][];
  readonly numberFormats: string[][];
  readonly formulas: string[][];
}

/**
 * Puts loaded blocks (row chunks of one used range, in any order) into grids that start at A1,
 * `rowCount` × `columnCount` in size: rows and columns before the used range, and anything no
 * block covers, are blank (null, "", "") so that row 0 / column 0 is always A1.
 *
 * Bad input: a block reaching outside the size is clipped; negative sizes give empty grids.
 *
 * @example sheetGrids(2, 2, [{ top: 1, left: 1, values: [[5]], numberFormat: [["General"]], formulas: [[5]] }]).values
 *   // [[null, null], [null, 5]]
 */
export function sheetGrids(
  rowCount: number,
  columnCount: number,
  blocks: readonly LoadedBlock[],
): SheetGrids {
  const rows = Math.max(0, Math.trunc(rowCount));
  const columns = Math.max(0, Math.trunc(columnCount));
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(columns).fill(null));
  const numberFormats: string[][] = Array.from({ length: rows }, () => new Array<string>(columns).fill(""));
  const formulas: string[][] = Array.from({ length: rows }, () => new Array<string>(columns).fill(""));
  for (const block of blocks) {
    block.values.forEach((blockRow, r) => {
      const row = block.top + r;
      const valueRow = values[row];
      const formatRow = numberFormats[row];
      const formulaRow = formulas[row];
      if (valueRow === undefined || formatRow === undefined || formulaRow === undefined) return;
      blockRow.forEach((raw, c) => {
        const column = block.left + c;
        if (column < 0 || column >= columns) return;
        const valueType = block.valueTypes?.[r]?.[c];
        valueRow[column] = snapshotCellValue(raw, typeof valueType === "string" ? valueType : undefined);
        formatRow[column] = snapshotNumberFormat(block.numberFormat[r]?.[c]);
        formulaRow[column] = snapshotFormula(block.formulas[r]?.[c], raw);
      });
    });
  }
  return { values, numberFormats, formulas };
}
