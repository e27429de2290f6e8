import type { CellValue as ExcelJsCellValue, Worksheet } from "exceljs";
import type { CellValue } from "../../core/cells/cell-value";
import { excelValueOf } from "./excel-cell-value";
import { newWorkbook, workbookBytes, type WorkbookPropertiesOptions } from "./new-workbook";
import { InvalidPlanError } from "./plan-style";
import { uniqueSheetNames } from "./sheet-name";

/** A sheet for writeWorkbookWithSheets: grids start at A1, rows may be ragged. */
export interface SheetToWrite {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** Number formats by cell, e.g. "0%" or "0.0%" for percentages stored as numbers; "" or "General" = none. */
  readonly numberFormats?: readonly (readonly (string | null | undefined)[])[];
  /**
   * Formulas by cell ("=B2/C2"); the value in `rows` becomes the formula's cached result,
   * as if Excel had calculated it.
   */
  readonly formulas?: readonly (readonly (string | null | undefined)[])[];
  /** Merged areas as A1 ranges, e.g. "A1:C1"; the top-left cell keeps its value. */
  readonly merges?: readonly string[];
}

/**
 * Writes plain sheets of values as a new .xlsx workbook — for example workbooks and test
 * fixtures. Unlike writeSummaryWorkbook, `{error}` values become real Excel errors, and
 * formulas and merges can be given. Sheet names are made valid and unique. No sheets rejects
 * with InvalidPlanError; a malformed or overlapping merge range rejects with exceljs's error.
 *
 * @example
 * await writeWorkbookWithSheets([{ name: "KPIs", rows: [["Rate"], [0.97]], numberFormats: [[], ["0%"]] }]);
 */
export async function writeWorkbookWithSheets(
  sheets: readonly SheetToWrite[],
  options: WorkbookPropertiesOptions = {},
): Promise<Uint8Array> {
  if (sheets.length === 0)
    throw new InvalidPlanError("A workbook needs at least one sheet; none were given.");
  const workbook = newWorkbook(options);
  const names = uniqueSheetNames(sheets.map((sheet) => sheet.name));
  sheets.forEach((sheet, index) => writeSheet(workbook.addWorksheet(names[index] ?? sheet.name), sheet));
  return workbookBytes(workbook);
}

const NO_FORMATS = new Set(["", "General"]);

function writeSheet(worksheet: Worksheet, sheet: SheetToWrite): void {
  sheet.rows.forEach((values, rowIndex) => {
    const row = worksheet.getRow(rowIndex + 1);
    const formats = sheet.numberFormats?.[rowIndex];
    const formulas = sheet.formulas?.[rowIndex];
    const width = Math.max(values.length, formats?.length ?? 0, formulas?.length ?? 0);
    for (let columnIndex = 0; columnIndex < width; columnIndex += 1) {
      const value = excelValueOf(values[columnIndex], "error");
      const formula = formulaText(formulas?.[columnIndex]);
      const format = numberFormat(formats?.[columnIndex]);
      if (value === null && formula === undefined && format === undefined) continue;
      const cell = row.getCell(columnIndex + 1);
      cell.value = formula === undefined ? value : formulaValue(formula, value);
      if (format !== undefined) cell.numFmt = format;
    }
  });
  for (const range of sheet.merges ?? []) worksheet.mergeCells(range);
}

function numberFormat(format: string | null | undefined): string | undefined {
  return typeof format === "string" && !NO_FORMATS.has(format) ? format : undefined;
}

/** "=A1*2" -> "A1*2" (exceljs stores formulas without the "="); blank -> undefined. */
function formulaText(formula: string | null | undefined): string | undefined {
  if (typeof formula !== "string") return undefined;
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  return text.trim() === "" ? undefined : text;
}

function formulaValue(formula: string, result: ExcelJsCellValue): ExcelJsCellValue {
  const cached = result === null || result === undefined ? {} : { result };
  return { formula, ...cached } as ExcelJsCellValue;
}
