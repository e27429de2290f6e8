import type { SummaryPlan } from "../../core/summary/plan";
import { newWorkbook, workbookBytes } from "./new-workbook";
import {
  plannedSheetNames,
  plannedSheetOptions,
  withPlannedCharts,
  writePlannedSheet,
} from "./planned-sheet";
import type { WorkbookPropertiesOptions } from "./workbook-properties";

export { sanitizeSheetName, uniqueSheetNames } from "./sheet-name";
export { writeWorkbookWithSheets, type SheetToWrite } from "./write-sheets";
export { InvalidPlanError } from "./plan-style";

/** Excel's "Text" number format and widest column: the rules both writers share. */
export {
  TEXT_FORMAT,
  MAX_COLUMN_WIDTH_CHARACTERS as MAX_COLUMN_WIDTH,
} from "../../core/workbook/excel-rules";

export type WriteSummaryOptions = WorkbookPropertiesOptions;

/**
 * Writes a SummaryPlan as a new .xlsx workbook: one worksheet per planned sheet, in order,
 * with names made valid and unique (see sanitizeSheetName). Runs in Node and browsers.
 *
 * Values are written as they are (numbers, text, booleans, dates); an `{error}` value is
 * written as its text. `asText` cells are written as text with number format "@", so
 * "=HYPERLINK(...)", "+44", "-x" or "@foo" stay text and never become formulas (exceljs only
 * writes a formula for a `{ formula }` object, which this writer never creates). Number format,
 * #RRGGBB fill and font colour, bold and column widths are applied; the first row is frozen
 * when a planned table starts on it. Planned line charts are added as DrawingML chart parts
 * (see addCharts). A plan with no sheets, a colour not of the form #RRGGBB, or a chart placed
 * or ranged off the grid, rejects with InvalidPlanError.
 *
 * @example
 * const bytes = await writeSummaryWorkbook({ sheets: [{ name: "Summary", cells: [[{ value: "KPI", bold: true }]] }] });
 */
export async function writeSummaryWorkbook(
  plan: SummaryPlan,
  options: WriteSummaryOptions = {},
): Promise<Uint8Array> {
  const names = plannedSheetNames(plan);
  const workbook = newWorkbook(options);
  plan.sheets.forEach((sheet, index) => {
    const worksheet = workbook.addWorksheet(names[index] ?? sheet.name, plannedSheetOptions(sheet));
    writePlannedSheet(worksheet, sheet, () => undefined);
  });
  return withPlannedCharts(plan, names, await workbookBytes(workbook));
}
