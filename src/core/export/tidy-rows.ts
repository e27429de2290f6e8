import { cellAddress } from "../a1";
import type { ValidationReport, WorkbookAnalysis } from "../validation";

/** The columns of the tidy indicator export, in order (a contract: README "Tidy export"). */
export const INDICATOR_COLUMNS = [
  "file",
  "sheet",
  "cell",
  "indicatorId",
  "indicatorName",
  "outcomeArea",
  "period",
  "value",
  "target",
  "rag",
  "direction",
  "national",
  "neighbours",
  "variation",
  "assurance",
] as const;

/** The columns of the flat findings export, in order. */
export const FINDING_COLUMNS = [
  "file",
  "code",
  "severity",
  "sheet",
  "cell",
  "row",
  "column",
  "indicatorId",
  "message",
  "expected",
  "actual",
] as const;

export type TidyValue = string | number | null;
export type IndicatorRow = Record<(typeof INDICATOR_COLUMNS)[number], TidyValue>;
export type FindingRow = Record<(typeof FINDING_COLUMNS)[number], TidyValue>;

/**
 * One row per indicator per period, for a warehouse: the period's value and target on the
 * indicator's scale (a "0-1" percentage as 0.97), the RAG and direction as of that period, and
 * for the current period only the benchmarks and the SPC icons (they describe the latest
 * figure). Rows follow the sheet: indicator by indicator, oldest period first. Never throws.
 * @example indicatorRows(analysis, "q2.xlsx")[0]?.period // "Q1"
 */
export function indicatorRows(analysis: WorkbookAnalysis, file: string): IndicatorRow[] {
  return analysis.indicators.flatMap((i) =>
    i.figures.map((figure): IndicatorRow => {
      const current = figure.period === i.period;
      return {
        file,
        sheet: i.sheet,
        cell: cellAddress(i.row, figure.column),
        indicatorId: i.id,
        indicatorName: i.name,
        outcomeArea: i.outcomeArea,
        period: figure.period,
        value: figure.value,
        target: figure.target,
        rag: figure.rag,
        direction: figure.direction,
        national: current ? i.national : null,
        neighbours: current ? i.neighbours : null,
        variation: current && i.spc ? i.spc.variation : null,
        assurance: current && i.spc ? i.spc.assurance : null,
      };
    }),
  );
}

/** One row per finding, as the report lists them (most severe first). */
export function findingRows(report: ValidationReport): FindingRow[] {
  return report.findings.map((f) => ({
    file: report.file,
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row === 0 ? null : f.row,
    column: f.column === 0 ? null : f.column,
    indicatorId: f.indicatorId ?? null,
    message: f.message,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
  }));
}

/**
 * Text that a spreadsheet would read as a formula (starting =, +, -, @, tab or carriage return)
 * gets a leading apostrophe, so a CSV opened in Excel shows it as text (OWASP, "CSV Injection").
 * Other text is unchanged.
 * @example guardedText("=HYPERLINK(\"http://x\")") // "'=HYPERLINK(\"http://x\")"
 */
export function guardedText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
