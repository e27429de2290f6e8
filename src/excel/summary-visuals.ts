import { cellAddress, formatRange } from "../core/a1";
import { ALL_INDICATORS, SUMMARY_SHEETS } from "../core/summary/build-summary-plan";
import type { PlannedSheet, PlannedTable } from "../core/summary/plan";
import { RAG_COLOURS } from "../core/summary/rag-colours";

/**
 * Where the summary's chart and conditional formats go, worked out from the plan. Pure:
 * write-summary.ts turns these into Office.js calls.
 */

/** The RAG words the chart plots and the Exceptions sheet colours, in this order. */
export const CHARTED_RAG = ["Green", "Amber", "Red"] as const;

/** Table keys this module reads (contract with build-summary-plan.ts). */
export const RAG_TABLE_KEY = "rag-by-outcome";
export const EXCEPTIONS_TABLE_KEY = "exceptions";
const RAG_COLUMN_TITLE = "RAG";

/** A clustered column chart of the RAG-by-outcome counts. */
export interface RagChartPlan {
  /** Header row + one row per outcome area, columns "Outcome area", Green, Amber, Red. */
  readonly sourceAddress: string;
  /** Top-left and bottom-right cells the chart covers, to the right of the sheet's cells. */
  readonly topLeft: string;
  readonly bottomRight: string;
  /** Fill of each series, in CHARTED_RAG order (the plan's RAG colours). */
  readonly seriesColours: readonly string[];
  readonly title: string;
}

/** Chart size in cells. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 16;

function table(sheet: PlannedSheet, key: string): PlannedTable | undefined {
  return sheet.tables?.find((t) => t.key === key);
}

function textAt(sheet: PlannedSheet, row: number, column: number): unknown {
  return sheet.cells[row]?.[column]?.value;
}

/**
 * The chart for the "rag-by-outcome" table: series Green, Amber and Red (series by columns),
 * categories the outcome areas (the "All indicators" total row is left out), placed one column
 * to the right of the sheet's widest row, level with the table.
 *
 * Bad input: no such table, headers that are not Green/Amber/Red beside the area column, or no
 * outcome areas (nothing to plot) get undefined: no chart.
 *
 * @example ragChartPlan(summarySheet)?.sourceAddress // "A8:D11" for three outcome areas
 */
export function ragChartPlan(sheet: PlannedSheet): RagChartPlan | undefined {
  const t = table(sheet, RAG_TABLE_KEY);
  if (t === undefined) return undefined;
  const headersMatch = CHARTED_RAG.every((rag, k) => textAt(sheet, t.row, t.column + 1 + k) === rag);
  if (!headersMatch) return undefined;
  let lastArea = t.row;
  for (let r = t.row + 1; r < t.row + t.rowCount; r += 1) {
    const area = textAt(sheet, r, t.column);
    if (area === ALL_INDICATORS || area === null || area === undefined || area === "") break;
    lastArea = r;
  }
  if (lastArea === t.row) return undefined;
  const widest = sheet.cells.reduce((w, row) => Math.max(w, row.length), 0);
  const left = widest + 1;
  return {
    sourceAddress: formatRange({
      top: t.row,
      left: t.column,
      bottom: lastArea,
      right: t.column + CHARTED_RAG.length,
    }),
    topLeft: cellAddress(t.row, left),
    bottomRight: cellAddress(t.row + CHART_ROWS - 1, left + CHART_COLUMNS - 1),
    seriesColours: CHARTED_RAG.map((rag) => RAG_COLOURS[rag].fill),
    title: "RAG by outcome area",
  };
}

/** "Text contains <word>" rules for the RAG column of the Exceptions sheet. */
export interface RagRulesPlan {
  readonly address: string;
  readonly rules: readonly { readonly text: string; readonly fill: string; readonly font: string }[];
}

/**
 * Conditional formats for the RAG cells of the Exceptions sheet: a cell whose text contains
 * Green, Amber or Red gets that status's fill and font (the colours the plan gives RAG cells,
 * RAG_COLOURS), so a RAG the user edits later recolours itself.
 *
 * Bad input: another sheet, no "exceptions" table, no "RAG" header or no data rows get undefined.
 *
 * @example ragRulesPlan(exceptionsSheet)?.address // "F2:F9"
 */
export function ragRulesPlan(sheet: PlannedSheet): RagRulesPlan | undefined {
  if (sheet.name !== SUMMARY_SHEETS.exceptions) return undefined;
  const t = table(sheet, EXCEPTIONS_TABLE_KEY);
  if (t === undefined || t.rowCount < 2) return undefined;
  let column = -1;
  for (let c = t.column; c < t.column + t.columnCount; c += 1)
    if (textAt(sheet, t.row, c) === RAG_COLUMN_TITLE) column = c;
  if (column < 0) return undefined;
  return {
    address: formatRange({ top: t.row + 1, left: column, bottom: t.row + t.rowCount - 1, right: column }),
    rules: CHARTED_RAG.map((rag) => ({
      text: rag,
      fill: RAG_COLOURS[rag].fill,
      font: RAG_COLOURS[rag].font,
    })),
  };
}

/** True when a table starts on the first row, so the header row is frozen (as the xlsx adapter does). */
export function freezesHeaderRow(sheet: PlannedSheet): boolean {
  return (sheet.tables ?? []).some((t) => t.row === 0);
}
