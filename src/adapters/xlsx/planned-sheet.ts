import type { Column, Row, Worksheet } from "exceljs";
import { cellAddress } from "../../core/a1";
import type { PlannedCell, PlannedHeaderFooter, PlannedSheet, SummaryPlan } from "../../core/summary/plan";
import { excelValueOf } from "./excel-cell-value";
import { InvalidPlanError, PlannedStyles } from "./plan-style";
import { uniqueSheetNames } from "./sheet-name";
import {
  literalText,
  MAX_COLUMN_WIDTH_CHARACTERS as MAX_COLUMN_WIDTH,
} from "../../core/workbook/excel-rules";

/**
 * How a SummaryPlan's sheets are written, shared by both writers: writeSummaryWorkbook
 * (exceljs's in-memory Workbook; Node and browsers) and streamSummaryWorkbook (exceljs's
 * streaming WorkbookWriter; Node). Loads no exceljs code itself, only its types, so each writer
 * loads only the part of exceljs it uses.
 */

/** The sheet names a plan is written under (valid and unique); a plan with no sheets throws InvalidPlanError. */
export function plannedSheetNames(plan: SummaryPlan): string[] {
  if (plan.sheets.length === 0)
    throw new InvalidPlanError("A summary plan needs at least one sheet; this one has none.");
  return uniqueSheetNames(plan.sheets.map((sheet) => sheet.name));
}

/**
 * The written workbook with the plan's charts added. exceljs writes no charts, so they are
 * added as DrawingML parts; both of its writers name the worksheets xl/worksheets/sheet1.xml,
 * sheet2.xml, ... in the order they were added.
 */
export async function withPlannedCharts(
  plan: SummaryPlan,
  names: readonly string[],
  bytes: Uint8Array,
): Promise<Uint8Array> {
  if (!plan.sheets.some((sheet) => (sheet.charts ?? []).length > 0)) return bytes;
  // jszip loads only for a plan with charts.
  const { addCharts } = await import("./chart-parts");
  return addCharts(
    bytes,
    plan.sheets.map((sheet, index) => ({
      sheetIndex: index + 1,
      sheetName: names[index] ?? sheet.name,
      charts: sheet.charts ?? [],
    })),
  );
}

/**
 * What writing a planned sheet needs of a worksheet: exceljs's in-memory Worksheet and its
 * streaming WorksheetWriter both have it.
 */
export interface PlanWorksheet {
  readonly name: string;
  readonly headerFooter: Worksheet["headerFooter"];
  getRow(row: number): Row;
  getColumn(column: number): Partial<Column>;
}

/**
 * The options a planned sheet is added with (the streaming writer writes both at once, so they
 * cannot be set later): its first row frozen when a planned table starts on it, and the page
 * set-up. Summaries are printed for board papers: A4 landscape, all columns on one page width.
 */
export function plannedSheetOptions(sheet: PlannedSheet): {
  views: Worksheet["views"];
  pageSetup: Partial<Worksheet["pageSetup"]>;
} {
  return {
    pageSetup: {
      orientation: "landscape",
      paperSize: A4,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(sheet.print?.repeatRows
        ? { printTitlesRow: `${sheet.print.repeatRows.first + 1}:${sheet.print.repeatRows.last + 1}` }
        : {}),
    },
    views: (sheet.tables ?? []).some((table) => table.row === 0)
      ? [{ state: "frozen", xSplit: 0, ySplit: 1 }]
      : [],
  };
}

/**
 * Writes one planned sheet (added with plannedSheetOptions), top to bottom: page set-up and column widths first,
 * then each row, handed to `done` once written (the streaming writer commits it there, so rows
 * never pile up in memory).
 */
export function writePlannedSheet(
  worksheet: PlanWorksheet,
  sheet: PlannedSheet,
  done: (row: Row) => void,
): void {
  if (sheet.print) {
    worksheet.headerFooter.oddHeader = headerFooterParts(sheet.print.header);
    worksheet.headerFooter.oddFooter = headerFooterParts(sheet.print.footer);
  }
  (sheet.columnWidths ?? []).forEach((width, index) => {
    if (Number.isFinite(width) && width > 0)
      worksheet.getColumn(index + 1).width = Math.min(width, MAX_COLUMN_WIDTH);
  });
  // A break before zero-based row b is a break after Excel row b (exceljs rows are 1-based).
  const breaksAfter = new Set((sheet.pageBreaks ?? []).filter((row) => Number.isInteger(row) && row > 0));
  const rowCount = Math.max(sheet.cells.length, ...breaksAfter);
  const styles = new PlannedStyles();
  for (let rowIndex = 0; rowIndex < rowCount; rowIndex += 1) {
    const plannedRow = sheet.cells[rowIndex] ?? [];
    const row = worksheet.getRow(rowIndex + 1);
    const lines = wrappedLines(plannedRow, sheet.columnWidths ?? []);
    // Tall rows read best with every cell at the top, beside the first line of wrapped text.
    const topAligned = lines > 1;
    if (topAligned) row.height = lines * LINE_HEIGHT_POINTS;
    plannedRow.forEach((planned, columnIndex) => {
      if (planned === null || planned === undefined) return;
      const cell = row.getCell(columnIndex + 1);
      cell.value = planned.asText === true ? literalText(planned.value) : excelValueOf(planned.value, "text");
      cell.style = styles.styleOf(
        planned,
        topAligned,
        () => `${worksheet.name}!${cellAddress(rowIndex, columnIndex)}`,
      );
    });
    if (breaksAfter.has(rowIndex + 1)) row.addPageBreak();
    done(row);
  }
}

/** exceljs's paper size number for A4 (the OOXML paperSize code 9). */
const A4 = 9;

/** The one header or footer string of the file format: each part after its &L, &C or &R. */
function headerFooterParts(parts: PlannedHeaderFooter): string {
  return [
    parts.left !== undefined ? `&L${parts.left}` : "",
    parts.center !== undefined ? `&C${parts.center}` : "",
    parts.right !== undefined ? `&R${parts.right}` : "",
  ].join("");
}

/** Height of one line of 11-point Calibri, in points. */
const LINE_HEIGHT_POINTS = 15;
/** Column width used for wrapping when the plan gives none (Excel's default, in characters). */
const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * How many lines the row's wrapped cells need, estimated from text length and column width.
 * LibreOffice and Excel do not re-measure rows of a file they open, so the writer sets the
 * height; without it wrapped text overlaps the next row.
 */
function wrappedLines(row: readonly (PlannedCell | null)[], widths: readonly number[]): number {
  let lines = 1;
  row.forEach((planned, column) => {
    if (!planned || planned.wrap !== true) return;
    const text = literalText(planned.value) ?? "";
    // Proportional fonts fit about 0.9 characters per unit of column width.
    const width = Math.max(1, Math.floor((widths[column] ?? DEFAULT_COLUMN_WIDTH) * 0.9));
    const needed = text
      .split("\n")
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / width)), 0);
    lines = Math.max(lines, needed);
  });
  return lines;
}
