import type { CellValue } from "../core/cells/cell-value";
import type { PlannedCell, PlannedSheet } from "../core/summary/plan";
import { cellTextWithinLimit, literalText, UNSTORABLE_NUMBER_TEXT } from "../core/workbook/excel-rules";
import {
  COLUMN_PADDING_PIXELS,
  GENERAL_FORMAT,
  MAX_COLUMN_WIDTH_CHARACTERS,
  PIXELS_PER_CHARACTER,
  POINTS_PER_PIXEL,
  TEXT_FORMAT,
} from "./limits";

/**
 * A planned sheet as the two 2-D arrays Office.js writes in one assignment each:
 * `range.numberFormat = numberFormats` then `range.values = values`. Pure.
 */

/** What one cell is written as. */
export interface WrittenCell {
  readonly value: string | number | boolean;
  readonly numberFormat: string;
}

export interface WriteGrid {
  readonly rowCount: number;
  /** The widest planned row (rows may be ragged in a plan; the grid is rectangular). */
  readonly columnCount: number;
  readonly values: (string | number | boolean)[][];
  readonly numberFormats: string[][];
}

/** Days from Excel's day 0 (1899-12-30, in the 1900 date system) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
const MS_PER_DAY = 86_400_000;
const DATE_FORMAT = "yyyy-mm-dd";
const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

/**
 * How one planned cell is written through Office.js.
 *
 * Excel reads text written to `Range.values` as if typed: "=1+1" becomes a formula, "1,432" a
 * number, "1/2" a date. So every text value — `asText` cells and plain strings alike — is written
 * under the Text format "@" (set before the values, in the same batch) and lands exactly as
 * planned; `asText` numbers, booleans and dates are written as their text. Numbers and booleans
 * keep the plan's number format (default "General"); dates become Excel serial numbers
 * (UTC, 1900 date system) with the plan's format or "yyyy-mm-dd"; an `{error}` is written as its
 * text, like the xlsx adapter does. Blank cells are "" with "General".
 *
 * Source: Office.js Range.values / Range.numberFormat reference; Excel's date serial numbers
 * (support.microsoft.com, "DATEVALUE function").
 * Bad input: NaN, ±Infinity and invalid dates become the text "#NUM!".
 *
 * @example writtenCell({ value: "=1+1", asText: true }) // { value: "=1+1", numberFormat: "@" }
 * @example writtenCell({ value: 0.97, numberFormat: "0%" }) // { value: 0.97, numberFormat: "0%" }
 */
export function writtenCell(cell: PlannedCell | null | undefined): WrittenCell {
  if (cell === null || cell === undefined) return { value: "", numberFormat: GENERAL_FORMAT };
  const planned = cell.numberFormat !== undefined && cell.numberFormat !== "" ? cell.numberFormat : undefined;
  const value = cell.value;
  if (cell.asText === true) return { value: textOf(value), numberFormat: TEXT_FORMAT };
  if (value === null || value === undefined) return { value: "", numberFormat: planned ?? GENERAL_FORMAT };
  if (typeof value === "string") return { value: cut(value), numberFormat: TEXT_FORMAT };
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { value, numberFormat: planned ?? GENERAL_FORMAT }
      : { value: UNSTORABLE_NUMBER_TEXT, numberFormat: TEXT_FORMAT };
  }
  if (typeof value === "boolean") return { value, numberFormat: planned ?? GENERAL_FORMAT };
  if (value instanceof Date) {
    const serial = excelSerial(value);
    if (serial === undefined) return { value: UNSTORABLE_NUMBER_TEXT, numberFormat: TEXT_FORMAT };
    return {
      value: serial,
      numberFormat: planned ?? (Number.isInteger(serial) ? DATE_FORMAT : DATE_TIME_FORMAT),
    };
  }
  return { value: textOf(value), numberFormat: TEXT_FORMAT };
}

/**
 * Excel's serial number for a date (UTC): 2024-03-31 -> 45382.
 * Bad input: an invalid date or one before 1900-03-01 (where Excel's 1900 leap-year bug makes
 * serials ambiguous) gets undefined.
 * @example excelSerial(new Date(Date.UTC(2024, 2, 31))) // 45382
 */
export function excelSerial(date: Date): number | undefined {
  const time = date.getTime();
  if (Number.isNaN(time)) return undefined;
  const serial = time / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
  return serial < 61 ? undefined : serial;
}

/** A core value as literal text ("" for blank): the rule both writers share. */
const textOf = (value: CellValue): string => literalText(value) ?? "";

const cut = cellTextWithinLimit;

/**
 * The rectangular value and number-format grids of a planned sheet, from A1.
 *
 * @example plannedGrid({ name: "S", cells: [[{ value: "A" }], [null, { value: 2 }]] }).values // [["A", ""], ["", 2]]
 */
export function plannedGrid(sheet: PlannedSheet): WriteGrid {
  const rowCount = sheet.cells.length;
  const columnCount = sheet.cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  const values: (string | number | boolean)[][] = [];
  const numberFormats: string[][] = [];
  for (const row of sheet.cells) {
    const valueRow: (string | number | boolean)[] = [];
    const formatRow: string[] = [];
    for (let c = 0; c < columnCount; c += 1) {
      const written = writtenCell(row[c]);
      valueRow.push(written.value);
      formatRow.push(written.numberFormat);
    }
    values.push(valueRow);
    numberFormats.push(formatRow);
  }
  return { rowCount, columnCount, values, numberFormats };
}

/**
 * A column width in points (what Office.js `format.columnWidth` takes) for a width in characters
 * of the default font: (characters × 7 + 5) pixels × 0.75 (see limits.ts).
 *
 * Bad input: non-finite or non-positive widths get undefined (leave the column as it is); widths
 * over Excel's 255 characters are capped.
 *
 * @example columnWidthPoints(10) // 56.25
 */
export function columnWidthPoints(characters: number): number | undefined {
  if (typeof characters !== "number" || !Number.isFinite(characters) || characters <= 0) return undefined;
  const capped = Math.min(characters, MAX_COLUMN_WIDTH_CHARACTERS);
  return (capped * PIXELS_PER_CHARACTER + COLUMN_PADDING_PIXELS) * POINTS_PER_PIXEL;
}
