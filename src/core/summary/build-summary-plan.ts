import type { CellValue } from "../cells/cell-value";
import { RAG_STATUSES, type Direction, type RagStatus } from "../words";
import type { AnalysedIndicator, WorkbookAnalysis } from "../validation";
import { gapFormatFor, gapValue, isLatestEach, numberFormatFor, sortFindings } from "../validation";
import { versionText } from "../catalogue/version-text";
import { fitColumnWidths } from "./fit-column-widths";
import { excelSerialFromTimestamp, GENERATED_AT_FORMAT } from "./generated-at";
import { groupFindings } from "./group-findings";
import type { PlannedCell, PlannedPrint, PlannedSheet, PlannedTable, SummaryPlan } from "./plan";
import { headerFooterText, PAGE_NUMBER_OF_PAGES } from "../workbook/excel-rules";
import { RAG_COLOURS } from "./rag-colours";
import { header, label, longText, num, userText, type Row } from "./planned-cells";
import { spcSheet } from "./spc-sheet";

/** Sheet names of the summary (a contract: the pane and the CLI replace sheets by these names). */
export const SUMMARY_SHEETS = {
  summary: "Scorecard Summary",
  exceptions: "Exceptions",
  validation: "Validation",
} as const;
export const ALL_INDICATORS = "All indicators";
export const DIRECTION_COLUMNS = ["Improving", "No change", "Worsening", "Not enough data"] as const;

const ragCell = (rag: RagStatus): PlannedCell => ({
  value: rag,
  fill: RAG_COLOURS[rag].fill,
  fontColor: RAG_COLOURS[rag].font,
});

/** Outcome areas in the order they first appear. */
function outcomeAreas(indicators: readonly AnalysedIndicator[]): string[] {
  return [...new Set(indicators.map((i) => i.outcomeArea))];
}

/** Counts of each key among a group, in the order of `keys`, plus the group total. */
function countRow(
  name: string,
  group: readonly AnalysedIndicator[],
  keys: readonly string[],
  keyOf: (i: AnalysedIndicator) => string,
  bold = false,
): Row {
  const counts = keys.map((k) => group.filter((i) => keyOf(i) === k).length);
  return [label(name, { bold, asText: true }), ...counts.map((c) => num(c)), num(group.length)].map((c) =>
    c && bold ? { ...c, bold } : c,
  );
}

/** Direction words grouped for the summary: neutral Up/Down are not judgements. */
function directionKey(direction: Direction): string {
  return direction === "Up" || direction === "Down" ? "Up/Down (neutral)" : direction;
}

function isJudged(i: AnalysedIndicator): boolean {
  const p = i.indicator?.polarity;
  return p === "higher" || p === "lower";
}

function benchmarkCounts(
  name: string,
  indicators: readonly AnalysedIndicator[],
  gapOf: (i: AnalysedIndicator) => number | null,
): Row {
  const compared = indicators.filter((i) => gapOf(i) !== null && isJudged(i));
  const better = compared.filter((i) => (gapOf(i) ?? 0) > 0).length;
  const worse = compared.filter((i) => (gapOf(i) ?? 0) < 0).length;
  return [
    label(name),
    num(compared.length),
    num(better),
    num(compared.length - better - worse),
    num(worse),
    num(indicators.length - compared.length),
  ];
}

export interface SummaryMeta {
  /** Title line, default "Scorecard Summary". */
  readonly title?: string;
  /** When the summary was made: the local wall-clock time (localTimestamp), written as an Excel date. */
  readonly generatedAt: string;
}

/** The file name of a source path ("examples/a.xlsx" or "C:\\pack\\a.xlsx" -> "a.xlsx"). */
function fileName(source: string): string {
  return source.split(/[\\/]/).pop() ?? source;
}

/** A gap to a benchmark, in percentage points for percent indicators ("-2.0 pts"). */
const gapCell = (gap: number | null, i: AnalysedIndicator): PlannedCell | null =>
  num(gapValue(gap, i.indicator), gapFormatFor(i.indicator));

/** Builds the "Scorecard Summary" sheet: header block, RAG by outcome area, direction, benchmarks. */
function summarySheet(analysis: WorkbookAnalysis, meta: SummaryMeta): PlannedSheet {
  const rows: Row[] = [];
  const tables: PlannedTable[] = [];
  const { indicators } = analysis;
  const areas = outcomeAreas(indicators);
  rows.push([label(meta.title ?? "Scorecard Summary", { bold: true })]);
  rows.push([label("Source"), userText(fileName(analysis.source))]);
  const latestEach = isLatestEach(analysis.period);
  rows.push([
    label("Period"),
    userText(latestEach ? "each indicator's latest figure" : analysis.period || "(no period with values)"),
  ]);
  rows.push([
    label("Catalogue"),
    userText(`${analysis.catalogue.name} (${versionText(analysis.catalogue.version)})`),
  ]);
  const stamp = excelSerialFromTimestamp(meta.generatedAt);
  rows.push([
    label("Generated at"),
    stamp === null ? label(meta.generatedAt) : { value: stamp, numberFormat: GENERATED_AT_FORMAT },
  ]);
  rows.push([]);
  const headerBlockRows = rows.length;

  // RAG by outcome area.
  /** A titled table of counts: one row per outcome area, one column per key, then the totals. */
  const countsByArea = (
    title: string,
    key: string,
    keys: readonly string[],
    keyOf: (i: AnalysedIndicator) => string,
  ): number => {
    rows.push([label(title, { bold: true })]);
    const top = rows.length;
    rows.push(header(["Outcome area", ...keys, "Total"]));
    for (const area of areas)
      rows.push(
        countRow(
          area,
          indicators.filter((i) => i.outcomeArea === area),
          keys,
          keyOf,
        ),
      );
    rows.push(countRow(ALL_INDICATORS, indicators, keys, keyOf, true));
    tables.push({ key, row: top, column: 0, rowCount: rows.length - top, columnCount: keys.length + 2 });
    return top;
  };

  const ragTop = countsByArea("RAG by outcome area", "rag-by-outcome", RAG_STATUSES, (i) => i.rag);
  // Colour the RAG column headers like the cells they count.
  const ragHeader = rows[ragTop]!;
  RAG_STATUSES.forEach(
    (rag, k) =>
      (ragHeader[k + 1] = {
        value: rag,
        bold: true,
        fill: RAG_COLOURS[rag].fill,
        fontColor: RAG_COLOURS[rag].font,
      }),
  );
  rows.push([]);

  // Direction of travel.
  const neutralMoves = indicators.some((i) => directionKey(i.direction) === "Up/Down (neutral)");
  const directionKeys: string[] = [...DIRECTION_COLUMNS, ...(neutralMoves ? ["Up/Down (neutral)"] : [])];
  const upTo = latestEach
    ? "each indicator's latest figure"
    : `latest value up to ${analysis.period || "the latest period"}`;
  countsByArea(
    `Direction of travel (${upTo} against the value before it; gaps skipped)`,
    "direction-by-outcome",
    directionKeys,
    (i) => directionKey(i.direction),
  );
  rows.push([]);

  // Benchmarks: counts, then each indicator with a benchmark.
  rows.push([label("Benchmarks (better = on the right side of the benchmark by polarity)", { bold: true })]);
  const benchTop = rows.length;
  rows.push(header(["Benchmark", "Compared", "Better", "Same", "Worse", "Not compared"]));
  rows.push(benchmarkCounts("National average", indicators, (i) => i.gapNational));
  rows.push(benchmarkCounts("Statistical neighbours", indicators, (i) => i.gapNeighbours));
  tables.push({ key: "benchmark-counts", row: benchTop, column: 0, rowCount: 3, columnCount: 6 });
  const withBenchmark = indicators.filter((i) => i.national !== null || i.neighbours !== null);
  if (withBenchmark.length > 0) {
    rows.push([]);
    const listTop = rows.length;
    rows.push(
      header(["Indicator", "Value", "National", "Gap to national", "Stat. neighbours", "Gap to neighbours"]),
    );
    for (const i of withBenchmark) {
      const f = numberFormatFor(i.indicator);
      rows.push([
        longText(i.id ? `${i.id}: ${i.name}` : i.name),
        num(i.value, f),
        num(i.national, f),
        gapCell(i.gapNational, i),
        num(i.neighbours, f),
        gapCell(i.gapNeighbours, i),
      ]);
    }
    tables.push({
      key: "benchmarks",
      row: listTop,
      column: 0,
      rowCount: rows.length - listTop,
      columnCount: 6,
    });
  }
  // The header block's long text (source, catalogue) overflows into the empty cells beside it;
  // the date cannot overflow (Excel shows ### instead), so its row counts.
  const dateRow = rows[headerBlockRows - 2] ?? [];
  return {
    name: SUMMARY_SHEETS.summary,
    cells: rows,
    columnWidths: fitColumnWidths([dateRow, ...rows.slice(headerBlockRows)]),
    tables,
  };
}

/** Red indicators, and Ambers that are getting worse: the ones a board asks about. */
export function isException(i: AnalysedIndicator): boolean {
  return i.rag === "Red" || (i.rag === "Amber" && i.direction === "Worsening") || i.spc?.story !== undefined;
}

function exceptionsSheet(analysis: WorkbookAnalysis): PlannedSheet {
  const titles = [
    "ID",
    "Indicator",
    "Outcome area",
    "Value",
    "Target",
    "RAG",
    "Direction",
    "Gap to national",
    "Commentary",
  ];
  // With 13 or more periods, a column says where RAG and SPC tell different stories.
  const withSpc = analysis.indicators.some((i) => i.spc !== undefined);
  if (withSpc) titles.push("RAG and SPC");
  const rows: Row[] = [header(titles)];
  const exceptions = analysis.indicators
    .filter(isException)
    .sort((a, b) => (a.rag === b.rag ? 0 : a.rag === "Red" ? -1 : 1));
  for (const i of exceptions) {
    const f = numberFormatFor(i.indicator);
    rows.push([
      userText(i.id),
      longText(i.name),
      longText(i.outcomeArea),
      num(i.value, f),
      num(i.target, f),
      ragCell(i.rag),
      label(i.direction),
      gapCell(i.gapNational, i),
      longText(i.commentary),
      ...(withSpc ? [i.spc?.story ? longText(i.spc.story) : null] : []),
    ]);
  }
  if (exceptions.length === 0)
    rows.push([label("No exceptions: no Red indicators and no Amber indicators getting worse.")]);
  return {
    name: SUMMARY_SHEETS.exceptions,
    cells: rows,
    columnWidths: fitColumnWidths(rows),
    tables: [{ key: "exceptions", row: 0, column: 0, rowCount: rows.length, columnCount: titles.length }],
  };
}

function validationSheet(analysis: WorkbookAnalysis): PlannedSheet {
  const titles = ["Code", "Severity", "Count", "Sheet", "Cell", "Indicator", "Message"];
  const rows: Row[] = [header(titles)];
  const severityFill: Record<string, string> = {
    fatal: RAG_COLOURS.Red.fill,
    error: RAG_COLOURS.Red.fill,
    warning: RAG_COLOURS.Amber.fill,
    info: RAG_COLOURS["No data"].fill,
  };
  // Errors first, one per row; repeated warnings and info gathered into one row with a count.
  for (const g of groupFindings(sortFindings(analysis.findings))) {
    rows.push([
      label(g.code),
      label(g.severity, { fill: severityFill[g.severity] }),
      num(g.count),
      userText(g.sheet),
      longText(g.cells),
      longText(g.indicators),
      longText(g.message),
    ]);
  }
  if (analysis.findings.length === 0) rows.push([label("No findings: the workbook matches the catalogue.")]);
  const widths = fitColumnWidths(rows, 90).map((width, column) =>
    column === 4 || column === 5 ? Math.min(width, 24) : width,
  );
  return {
    name: SUMMARY_SHEETS.validation,
    cells: rows,
    columnWidths: widths,
    tables: [{ key: "findings", row: 0, column: 0, rowCount: rows.length, columnCount: titles.length }],
  };
}

/**
 * The summary plan for an analysed workbook: the three sheets named in SUMMARY_SHEETS, and the
 * SPC sheet (before Validation) when some indicator has 13 or more periods.
 * RAG cells are coloured; text from the user's cells is marked asText.
 */
export function buildSummaryPlan(analysis: WorkbookAnalysis, meta: SummaryMeta): SummaryPlan {
  const spc = spcSheet(analysis);
  const sheets = [
    summarySheet(analysis, meta),
    exceptionsSheet(analysis),
    ...(spc ? [spc] : []),
    validationSheet(analysis),
  ];
  return { sheets: sheets.map((sheet) => ({ ...sheet, print: printSetup(sheet, analysis, meta) })) };
}

/**
 * How a summary sheet prints for a committee pack: the title and sheet in the centre of the
 * header, the period on the right; the generated time on the left of the footer and "Page x of
 * y" on the right; a table's header row repeated on every page when the table starts the sheet.
 */
function printSetup(sheet: PlannedSheet, analysis: WorkbookAnalysis, meta: SummaryMeta): PlannedPrint {
  const period = isLatestEach(analysis.period) ? "each indicator's latest figure" : analysis.period;
  const startsWithTable = (sheet.tables ?? []).some((t) => t.row === 0);
  return {
    header: {
      center: headerFooterText(`${meta.title ?? "Scorecard Summary"}: ${sheet.name}`),
      ...(period ? { right: headerFooterText(`Period ${period}`) } : {}),
    },
    footer: {
      left: headerFooterText(`Generated ${meta.generatedAt.replace("T", " ").slice(0, 16)}`),
      right: PAGE_NUMBER_OF_PAGES,
    },
    ...(startsWithTable ? { repeatRows: { first: 0, last: 0 } } : {}),
  };
}

/** Reads back a RAG-by-outcome table from a written summary: area -> counts. Used by tests and the e2e check. */
export function readRagTable(cells: readonly (readonly CellValue[])[]): Map<string, Record<string, number>> {
  const result = new Map<string, Record<string, number>>();
  const top = cells.findIndex((r) => r[0] === "Outcome area" && r[1] === "Green");
  if (top < 0) return result;
  const titles = cells[top]!.map((c) => String(c ?? ""));
  for (let r = top + 1; r < cells.length; r++) {
    const row = cells[r]!;
    if (row[0] === null || row[0] === undefined || row[0] === "") break;
    const counts: Record<string, number> = {};
    titles.slice(1).forEach((t, k) => (counts[t] = Number(row[k + 1] ?? 0)));
    result.set(String(row[0]), counts);
  }
  return result;
}
