import { CHANGE_KINDS, compareAnalyses, type IndicatorChange } from "../compare/compare-analyses";
import type { WorkbookAnalysis } from "../validation";
import { RAG_STATUSES, type RagStatus } from "../words";
import { fitColumnWidths } from "./fit-column-widths";
import type { PlannedCell, PlannedSheet, PlannedTable } from "./plan";
import { header, label, longText, num, userText, type Row } from "./planned-cells";
import { RAG_COLOURS } from "./rag-colours";
import { sourceFileName } from "./source-file-name";

/** The Changes sheet's name (a contract, like SUMMARY_SHEETS). */
export const CHANGES_SHEET = "Changes";

export const CHANGE_COLUMNS = [
  "Change",
  "ID",
  "Indicator",
  "Outcome area",
  "Previous",
  "Current",
  "Detail",
  "Previous cell",
  "Current cell",
] as const;

/** A RAG word in its colour; any other word as plain text. */
function statusCell(text: string): PlannedCell {
  return (RAG_STATUSES as readonly string[]).includes(text)
    ? {
        value: text,
        fill: RAG_COLOURS[text as RagStatus].fill,
        fontColor: RAG_COLOURS[text as RagStatus].font,
      }
    : userText(text);
}

const periodOf = (analysis: WorkbookAnalysis): string =>
  analysis.period ? ` (period ${analysis.period})` : "";

/**
 * The "Changes" sheet: which files were compared, a count per kind of change, then one row per
 * change with the old and new value and the cells in both files.
 * Source: issue 12. Bad input: none; no changes gives a sheet that says so.
 */
export function changesSheet(previous: WorkbookAnalysis, current: WorkbookAnalysis): PlannedSheet {
  const changes: IndicatorChange[] = compareAnalyses(previous, current);
  const rows: Row[] = [
    [label("Changes since the previous file", { bold: true })],
    [label("Previous"), userText(`${sourceFileName(previous.source)}${periodOf(previous)}`)],
    [label("Current"), userText(`${sourceFileName(current.source)}${periodOf(current)}`)],
    [],
  ];
  const tables: PlannedTable[] = [];
  const countsTop = rows.length;
  rows.push(header(["Change", "Indicators"]));
  for (const kind of CHANGE_KINDS)
    rows.push([label(kind), num(changes.filter((c) => c.kind === kind).length)]);
  tables.push({
    key: "change-counts",
    row: countsTop,
    column: 0,
    rowCount: rows.length - countsTop,
    columnCount: 2,
  });
  rows.push([]);
  const listTop = rows.length;
  rows.push(header(CHANGE_COLUMNS));
  for (const c of changes)
    rows.push([
      label(c.kind, c.kind === "New Red" ? { bold: true } : {}),
      userText(c.id),
      longText(c.name),
      longText(c.outcomeArea),
      statusCell(c.previous),
      statusCell(c.current),
      longText(c.detail),
      userText(c.previousCell),
      userText(c.currentCell),
    ]);
  if (changes.length === 0)
    rows.push([
      label("No changes: every indicator has the same colour, direction and target in both files."),
    ]);
  tables.push({
    key: "changes",
    row: listTop,
    column: 0,
    rowCount: rows.length - listTop,
    columnCount: CHANGE_COLUMNS.length,
  });
  return { name: CHANGES_SHEET, cells: rows, columnWidths: fitColumnWidths(rows.slice(countsTop)), tables };
}
