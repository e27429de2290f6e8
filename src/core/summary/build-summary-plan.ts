import type { CellValue } from "../cells/cell-value";
import { ON_TRACK_STATUSES, RAG_STATUSES, type Direction, type RagStatus } from "../words";
import { addActionPlanTables } from "./action-plan-tables";
import type { AnalysedIndicator, Finding, WorkbookAnalysis } from "../validation";
import {
  describeValue,
  gapFormatFor,
  gapValue,
  isLatestEach,
  numberFormatFor,
  sortFindings,
} from "../validation";
import { versionText } from "../catalogue/version-text";
import { fitColumnWidths } from "./fit-column-widths";
import { excelSerialFromTimestamp, GENERATED_AT_FORMAT } from "./generated-at";
import { groupFindings } from "./group-findings";
import type { PlannedCell, PlannedPrint, PlannedSheet, PlannedTable, SummaryPlan } from "./plan";
import { headerFooterText, PAGE_NUMBER_OF_PAGES } from "../workbook/excel-rules";
import { RAG_COLOURS } from "./rag-colours";
import { header, label, longText, num, userText, type Row } from "./planned-cells";
import { spcSheet } from "./spc-sheet";
import { sourceFileName } from "./source-file-name";
import { changesSheet } from "./changes-sheet";
import { reportCardSheet } from "./report-card-sheet";

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
  /** Last time's analysis: with it, a Changes sheet says what changed since (`--compare`). */
  readonly previous?: WorkbookAnalysis;
}

/** A value or target in the indicator's format; a grade as its word and number ("Good (2)"). */
const valueCell = (value: number | null, i: AnalysedIndicator): PlannedCell | null =>
  value !== null && i.indicator?.unit === "grade"
    ? label(describeValue(value, i.indicator))
    : num(value, numberFormatFor(i.indicator));

/** A gap to a benchmark, in percentage points for percent indicators ("-2.0 pts"). */
const gapCell = (gap: number | null, i: AnalysedIndicator): PlannedCell | null =>
  num(gapValue(gap, i.indicator), gapFormatFor(i.indicator));

/** A named group of indicators: an outcome area, or a source file in a roll-up. */
interface Group {
  readonly name: string;
  readonly members: readonly AnalysedIndicator[];
}

/** The summary sheet as it is built: rows and the tables among them. */
class SheetBuilder {
  readonly rows: Row[] = [];
  readonly tables: PlannedTable[] = [];

  /** The title, then one label and text per line, then the generated time; returns the row after the block. */
  headerBlock(title: string, lines: readonly (readonly [string, string])[], generatedAt: string): number {
    this.rows.push([label(title, { bold: true })]);
    for (const [name, text] of lines) this.rows.push([label(name), userText(text)]);
    const stamp = excelSerialFromTimestamp(generatedAt);
    this.rows.push([
      label("Generated at"),
      stamp === null ? label(generatedAt) : { value: stamp, numberFormat: GENERATED_AT_FORMAT },
    ]);
    this.rows.push([]);
    return this.rows.length;
  }

  /** A titled table of counts: one row per group, one column per key, then the totals; returns its top row. */
  counts(
    title: string,
    key: string,
    groupTitle: string,
    groups: readonly Group[],
    keys: readonly string[],
    keyOf: (i: AnalysedIndicator) => string,
  ): number {
    this.rows.push([label(title, { bold: true })]);
    const top = this.rows.length;
    this.rows.push(header([groupTitle, ...keys, "Total"]));
    for (const group of groups) this.rows.push(countRow(group.name, group.members, keys, keyOf));
    this.rows.push(
      countRow(
        ALL_INDICATORS,
        groups.flatMap((g) => g.members),
        keys,
        keyOf,
        true,
      ),
    );
    this.tables.push({
      key,
      row: top,
      column: 0,
      rowCount: this.rows.length - top,
      columnCount: keys.length + 2,
    });
    return top;
  }

  /** RAG counts with the RAG column headers coloured like the cells they count. */
  ragCounts(title: string, key: string, groupTitle: string, groups: readonly Group[]): void {
    const top = this.counts(title, key, groupTitle, groups, RAG_STATUSES, (i) => i.rag);
    const ragHeader = this.rows[top]!;
    RAG_STATUSES.forEach((rag, k) => (ragHeader[k + 1] = { ...ragCell(rag), bold: true }));
    this.rows.push([]);
  }

  /** Direction of travel by outcome area, up to the period named. */
  directionCounts(groups: readonly Group[], upTo: string): void {
    const all = groups.flatMap((g) => g.members);
    const neutralMoves = all.some((i) => directionKey(i.direction) === "Up/Down (neutral)");
    const keys: string[] = [...DIRECTION_COLUMNS, ...(neutralMoves ? ["Up/Down (neutral)"] : [])];
    this.counts(
      `Direction of travel (${upTo} against the value before it; gaps skipped)`,
      "direction-by-outcome",
      "Outcome area",
      groups,
      keys,
      (i) => directionKey(i.direction),
    );
    this.rows.push([]);
  }

  /** On track against a plan's trajectory, by outcome area: only when some indicator has both. */
  onTrackCounts(indicators: readonly AnalysedIndicator[]): void {
    const judged = indicators.filter((i) => i.onTrack !== undefined);
    if (judged.length === 0) return;
    this.counts(
      "On track against the plan (the straight line from the baseline to the next target)",
      "on-track-by-outcome",
      "Outcome area",
      byOutcomeArea(judged),
      ON_TRACK_STATUSES,
      (i) => i.onTrack ?? "",
    );
    this.rows.push([]);
  }

  /** How many indicators are better or worse than each benchmark. */
  benchmarkCounts(indicators: readonly AnalysedIndicator[]): void {
    this.rows.push([
      label("Benchmarks (better = on the right side of the benchmark by polarity)", { bold: true }),
    ]);
    const top = this.rows.length;
    this.rows.push(header(["Benchmark", "Compared", "Better", "Same", "Worse", "Not compared"]));
    this.rows.push(benchmarkCounts("National average", indicators, (i) => i.gapNational));
    this.rows.push(benchmarkCounts("Statistical neighbours", indicators, (i) => i.gapNeighbours));
    this.tables.push({ key: "benchmark-counts", row: top, column: 0, rowCount: 3, columnCount: 6 });
  }

  /**
   * The finished sheet. The header block's long text (source, catalogue) overflows into the empty
   * cells beside it; the date cannot overflow (Excel shows ### instead), so its row counts.
   */
  sheet(headerBlockRows: number): PlannedSheet {
    const dateRow = this.rows[headerBlockRows - 2] ?? [];
    return {
      name: SUMMARY_SHEETS.summary,
      cells: this.rows,
      columnWidths: fitColumnWidths([dateRow, ...this.rows.slice(headerBlockRows)]),
      tables: this.tables,
    };
  }
}

const byOutcomeArea = (indicators: readonly AnalysedIndicator[]): Group[] =>
  outcomeAreas(indicators).map((area) => ({
    name: area,
    members: indicators.filter((i) => i.outcomeArea === area),
  }));

const periodText = (period: string): string =>
  isLatestEach(period) ? "each indicator's latest figure" : period || "(no period with values)";

/** Builds the "Scorecard Summary" sheet: header block, RAG by outcome area, direction, benchmarks. */
function summarySheet(analysis: WorkbookAnalysis, meta: SummaryMeta): PlannedSheet {
  const { indicators } = analysis;
  const sheet = new SheetBuilder();
  const headerRows = sheet.headerBlock(
    meta.title ?? "Scorecard Summary",
    [
      ["Source", sourceFileName(analysis.source)],
      ["Period", periodText(analysis.period)],
      ["Catalogue", `${analysis.catalogue.name} (${versionText(analysis.catalogue.version)})`],
    ],
    meta.generatedAt,
  );
  const areas = byOutcomeArea(indicators);
  const plans = analysis.actionPlans ?? [];
  // A workbook of action plans only: their roll-up, without empty indicator tables.
  if (indicators.length === 0 && plans.length > 0) {
    addActionPlanTables(sheet, plans);
    return sheet.sheet(headerRows);
  }
  sheet.ragCounts("RAG by outcome area", "rag-by-outcome", "Outcome area", areas);
  const upTo = isLatestEach(analysis.period)
    ? "each indicator's latest figure"
    : `latest value up to ${analysis.period || "the latest period"}`;
  sheet.directionCounts(areas, upTo);
  sheet.onTrackCounts(indicators);
  sheet.benchmarkCounts(indicators);

  // Each indicator with a benchmark.
  const withBenchmark = indicators.filter((i) => i.national !== null || i.neighbours !== null);
  if (withBenchmark.length > 0) {
    const { rows, tables } = sheet;
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
  if (plans.length > 0) {
    sheet.rows.push([]);
    addActionPlanTables(sheet, plans);
  }
  return sheet.sheet(headerRows);
}

/** Red indicators, and Ambers that are getting worse: the ones a board asks about. */
export function isException(i: AnalysedIndicator): boolean {
  return i.rag === "Red" || (i.rag === "Amber" && i.direction === "Worsening") || i.spc?.story !== undefined;
}

/** An indicator with the file it came from (named only in a roll-up). */
interface Sourced {
  readonly indicator: AnalysedIndicator;
  readonly source?: string;
}

function exceptionsSheet(indicators: readonly Sourced[], withSource: boolean): PlannedSheet {
  const titles = [
    ...(withSource ? ["Source file"] : []),
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
  const withSpc = indicators.some(({ indicator }) => indicator.spc !== undefined);
  if (withSpc) titles.push("RAG and SPC");
  const rows: Row[] = [header(titles)];
  const exceptions = indicators
    .filter(({ indicator }) => isException(indicator))
    .sort((a, b) =>
      a.indicator.rag === b.indicator.rag
        ? 0
        : a.indicator.rag === "Red"
          ? -1
          : b.indicator.rag === "Red"
            ? 1
            : 0,
    );
  for (const { indicator: i, source } of exceptions) {
    rows.push([
      ...(withSource ? [userText(sourceFileName(source ?? ""))] : []),
      userText(i.id),
      longText(i.name),
      longText(i.outcomeArea),
      valueCell(i.value, i),
      valueCell(i.target, i),
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

/** The findings of one file; `source` is named only in a roll-up. */
interface SourcedFindings {
  readonly findings: readonly Finding[];
  readonly source?: string;
}

function validationSheet(files: readonly SourcedFindings[], withSource: boolean): PlannedSheet {
  const titles = [
    ...(withSource ? ["File"] : []),
    "Code",
    "Severity",
    "Count",
    "Sheet",
    "Cell",
    "Indicator",
    "Message",
  ];
  const rows: Row[] = [header(titles)];
  const severityFill: Record<string, string> = {
    fatal: RAG_COLOURS.Red.fill,
    error: RAG_COLOURS.Red.fill,
    warning: RAG_COLOURS.Amber.fill,
    info: RAG_COLOURS["No data"].fill,
  };
  // Errors first, one per row; repeated warnings and info gathered into one row with a count.
  for (const { findings, source } of files)
    for (const g of groupFindings(sortFindings(findings))) {
      rows.push([
        ...(withSource ? [userText(sourceFileName(source ?? ""))] : []),
        label(g.code),
        label(g.severity, { fill: severityFill[g.severity] }),
        num(g.count),
        userText(g.sheet),
        longText(g.cells),
        longText(g.indicators),
        longText(g.message),
      ]);
    }
  if (files.every((f) => f.findings.length === 0))
    rows.push([
      label(
        withSource
          ? "No findings: every workbook matches the catalogue."
          : "No findings: the workbook matches the catalogue.",
      ),
    ]);
  const listColumns = withSource ? [5, 6] : [4, 5];
  const widths = fitColumnWidths(rows, 90).map((width, column) =>
    listColumns.includes(column) ? Math.min(width, 24) : width,
  );
  return {
    name: SUMMARY_SHEETS.validation,
    cells: rows,
    columnWidths: widths,
    tables: [{ key: "findings", row: 0, column: 0, rowCount: rows.length, columnCount: titles.length }],
  };
}

/**
 * The summary plan for an analysed workbook: the three sheets named in SUMMARY_SHEETS, the
 * Changes sheet after the summary when `meta.previous` is given, the Report card when some
 * indicator names an intervention, and the SPC sheet (before Validation) when some indicator has
 * 13 or more periods.
 * RAG cells are coloured; text from the user's cells is marked asText.
 */
export function buildSummaryPlan(analysis: WorkbookAnalysis, meta: SummaryMeta): SummaryPlan {
  const spc = spcSheet(analysis);
  const reportCard = reportCardSheet(analysis);
  const sheets = [
    summarySheet(analysis, meta),
    ...(meta.previous ? [changesSheet(meta.previous, analysis)] : []),
    ...(reportCard ? [reportCard] : []),
    exceptionsSheet(
      analysis.indicators.map((indicator) => ({ indicator })),
      false,
    ),
    ...(spc ? [spc] : []),
    validationSheet([{ findings: analysis.findings }], false),
  ];
  return { sheets: sheets.map((sheet) => ({ ...sheet, print: printSetup(sheet, analysis.period, meta) })) };
}

/** One input of a roll-up: its analysis, or only its findings when it could not be analysed. */
export interface RollupInput {
  readonly source: string;
  readonly analysis?: WorkbookAnalysis;
  /** The file's findings (for an unreadable file, its fatal file/unreadable finding). */
  readonly findings: readonly Finding[];
}

/** "Q2", or "Q2 (a.xlsx, b.xlsx); Q1 (c.xlsx)" when the files are at different periods. */
function periodsText(analysed: readonly RollupInput[]): string {
  const byPeriod = new Map<string, string[]>();
  for (const input of analysed) {
    const period = periodText(input.analysis!.period);
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), sourceFileName(input.source)]);
  }
  if (byPeriod.size <= 1) return [...byPeriod.keys()][0] ?? "(no period with values)";
  return [...byPeriod].map(([period, files]) => `${period} (${files.join(", ")})`).join("; ");
}

/**
 * One summary over many workbooks (a council's directorate scorecards): RAG counts by source file
 * and by outcome area, direction and benchmark counts over all of them, one Exceptions list and
 * one Validation list, each row naming its file. A file that could not be read is named in the
 * header block and its findings are listed; the others are still counted.
 * Source: issue 12. Bad input: none; no inputs gives empty tables.
 */
export function buildRollupPlan(inputs: readonly RollupInput[], summaryMeta: SummaryMeta): SummaryPlan {
  const meta = { ...summaryMeta, title: summaryMeta.title ?? "Scorecard Roll-up" };
  const analysed = inputs.filter((input) => input.analysis !== undefined);
  const failed = inputs.filter((input) => input.analysis === undefined);
  const all = analysed.flatMap((input) => input.analysis!.indicators);
  const catalogues = [
    ...new Set(
      analysed.map(
        ({ analysis }) => `${analysis!.catalogue.name} (${versionText(analysis!.catalogue.version)})`,
      ),
    ),
  ];
  const sheet = new SheetBuilder();
  const headerRows = sheet.headerBlock(
    meta.title,
    [
      ["Sources", `${analysed.length} workbook${analysed.length === 1 ? "" : "s"}`],
      ...(failed.length > 0
        ? [["Not included", failed.map((f) => sourceFileName(f.source)).join(", ")] as const]
        : []),
      ["Period", periodsText(analysed)],
      ["Catalogue", catalogues.join("; ")],
    ],
    meta.generatedAt,
  );
  sheet.ragCounts(
    "RAG by source file",
    "rag-by-source",
    "Source file",
    analysed.map((input) => ({ name: sourceFileName(input.source), members: input.analysis!.indicators })),
  );
  const areas = byOutcomeArea(all);
  sheet.ragCounts("RAG by outcome area", "rag-by-outcome", "Outcome area", areas);
  sheet.directionCounts(areas, "each file's latest value");
  sheet.onTrackCounts(all);
  sheet.benchmarkCounts(all);
  const plans = analysed.flatMap((input) => input.analysis!.actionPlans ?? []);
  if (plans.length > 0) {
    sheet.rows.push([]);
    addActionPlanTables(sheet, plans);
  }
  const sheets = [
    sheet.sheet(headerRows),
    exceptionsSheet(
      analysed.flatMap((input) =>
        input.analysis!.indicators.map((indicator) => ({ indicator, source: input.source })),
      ),
      true,
    ),
    validationSheet(inputs, true),
  ];
  // The page header names the period only when every file is at the same one.
  const periods = new Set(analysed.map((input) => input.analysis!.period));
  const period = periods.size === 1 ? [...periods][0]! : "";
  return { sheets: sheets.map((s) => ({ ...s, print: printSetup(s, period, meta) })) };
}

/**
 * How a summary sheet prints for a committee pack: the title and sheet in the centre of the
 * header, the period on the right; the generated time on the left of the footer and "Page x of
 * y" on the right; a table's header row repeated on every page when the table starts the sheet.
 */
function printSetup(sheet: PlannedSheet, analysisPeriod: string, meta: SummaryMeta): PlannedPrint {
  const period = isLatestEach(analysisPeriod) ? "each indicator's latest figure" : analysisPeriod;
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
