/**
 * The OBA "Report card" sheet (Outcomes-Based Accountability, "turn the curve"): for each
 * indicator whose catalogue entry names an intervention period, the history, the baseline
 * forecast made from the values before the intervention, and the actuals after it, on one native
 * line chart, with the three OBA questions beside it. Source: issue 13, docs/rules.md
 * "Trajectories and turning the curve".
 */
import { curveAnalysis, fitLine, valueOnLine } from "../trajectory";
import type { AnalysedIndicator, WorkbookAnalysis } from "../validation";
import { describeValue, numberFormatFor } from "../validation";
import { fitColumnWidths } from "./fit-column-widths";
import type { PlannedChart, PlannedSheet, PlannedTable } from "./plan";
import { header, label, longText, num, userText, type Row } from "./planned-cells";
import { axisRange } from "./spc-sheet";

/** The sheet's name (a contract, like SUMMARY_SHEETS). */
export const REPORT_CARD_SHEET = "Report card";

/** The three OBA questions, as Friedman asks them. */
export const OBA_QUESTIONS = [
  "How much did we do?",
  "How well did we do it?",
  "Is anyone better off?",
] as const;

const CHART_COLUMNS = 7;
const CHART_ROWS = 18;
/** The OBA questions sit to the right of the chart, from this column. */
const QUESTIONS_COLUMN = CHART_COLUMNS + 1;
const COLOURS = { actual: "#1F4E79", forecast: "#7F7F7F" } as const;

interface Card {
  readonly indicator: AnalysedIndicator;
  /** 1-based position of the first period after the intervention. */
  readonly interventionIndex: number;
  readonly intervention: string;
}

function cardsOf(analysis: WorkbookAnalysis): Card[] {
  return analysis.indicators.flatMap((indicator) => {
    const intervention = indicator.indicator?.intervention;
    if (intervention === undefined) return [];
    const index = indicator.figures.findIndex((f) => f.period === intervention);
    const before = indicator.figures.slice(0, Math.max(0, index)).filter((f) => f.value !== null).length;
    return index > 0 && before >= 2 ? [{ indicator, interventionIndex: index + 1, intervention }] : [];
  });
}

/**
 * The Report card sheet, or undefined when no indicator has an intervention period in the
 * catalogue (with at least two values before it). Each card: a title, the chart (Actual and
 * "Baseline forecast (before <period>)" as lines), the OBA questions beside it answered from the
 * figures, and the data block under it. Bad input: none; indicators without enough history are
 * left out.
 */
export function reportCardSheet(analysis: WorkbookAnalysis): PlannedSheet | undefined {
  const cards = cardsOf(analysis);
  if (cards.length === 0) return undefined;
  const rows: Row[] = [];
  const tables: PlannedTable[] = [];
  const charts: PlannedChart[] = [];
  const pageBreaks: number[] = [];
  const dataBlocks: Row[] = [];
  const put = (row: number, column: number, cell: Row[number]): void => {
    while (rows.length <= row) rows.push([]);
    const line = rows[row]!;
    while (line.length < column) line.push(null);
    line[column] = cell;
  };

  for (const { indicator: i, interventionIndex, intervention } of cards) {
    if (rows.length > 0) pageBreaks.push(rows.length);
    const title = i.id ? `${i.id}: ${i.name}` : i.name;
    const top = rows.length;
    put(top, 0, label(`Report card: ${title}`, { bold: true }));
    const chartTop = top + 1;
    const values = i.figures.map((f) => f.value);
    const before = values.slice(0, interventionIndex - 1);
    const fit = fitLine(before);
    const forecast = values.map((_, k) => (fit ? valueOnLine(fit, k + 1) : null));
    const polarity = i.indicator?.polarity === "lower" ? "lower" : "higher";
    const curve = curveAnalysis(values, interventionIndex, polarity);
    const f = numberFormatFor(i.indicator);
    const latest = [...i.figures].reverse().find((p) => p.value !== null);
    const latestForecast = latest ? forecast[i.figures.indexOf(latest)] : null;
    const decimals = Math.max(0, Math.min(6, i.indicator?.decimals ?? 1));
    const shown = (n: number | null | undefined) =>
      n === null || n === undefined ? "no figure" : describeValue(Number(n.toFixed(decimals)), i.indicator);
    const after = values.slice(interventionIndex - 1).filter((v) => v !== null).length;
    const answers = [
      `Since ${intervention}: ${after} ${after === 1 ? "period" : "periods"} of figures after the intervention began. Add what was delivered (people served, sessions run) beside this card.`,
      `${curve.result}: the latest values against the baseline forecast's 95% prediction interval (KPI.CURVE).`,
      `Latest ${shown(latest?.value)}${latest ? ` (${latest.period})` : ""}; the baseline forecast for then was ${shown(latestForecast)}.`,
    ];
    OBA_QUESTIONS.forEach((question, k) => {
      put(chartTop + k * 4, QUESTIONS_COLUMN, label(question, { bold: true }));
      put(chartTop + k * 4 + 1, QUESTIONS_COLUMN, longText(answers[k]!));
    });
    const dataTop = chartTop + CHART_ROWS;
    while (rows.length < dataTop) rows.push([]);
    const block: Row[] = [
      header(["Period", "Actual", `Baseline forecast (before ${intervention})`]),
      ...i.figures.map((figure, k) => [
        userText(figure.period),
        num(figure.value, f),
        num(forecast[k] ?? null, f),
      ]),
    ];
    rows.push(...block);
    dataBlocks.push(...block);
    const firstRow = dataTop + 1;
    const lastRow = dataTop + i.figures.length;
    const range = (column: number) => ({ column, firstRow, lastRow });
    const all = [...values, ...forecast].filter((n): n is number => n !== null && Number.isFinite(n));
    const valueAxis = all.length > 0 ? axisRange(Math.min(...all), Math.max(...all)) : undefined;
    charts.push({
      key: `report-card-${charts.length + 1}`,
      title,
      categories: range(0),
      series: [
        { name: "Actual", values: range(1), colour: COLOURS.actual, markers: true, width: 2 },
        {
          name: `Baseline forecast (before ${intervention})`,
          values: range(2),
          colour: COLOURS.forecast,
          dashed: true,
          width: 1.5,
        },
      ],
      ...(valueAxis ? { valueAxis } : {}),
      anchor: { row: chartTop, column: 0, columns: CHART_COLUMNS, rows: CHART_ROWS - 1 },
    });
    tables.push({
      key: `report-card-data-${charts.length}`,
      row: dataTop,
      column: 0,
      rowCount: i.figures.length + 1,
      columnCount: 3,
    });
    rows.push([]);
  }
  const widths = fitColumnWidths(dataBlocks);
  return {
    name: REPORT_CARD_SHEET,
    cells: rows,
    columnWidths: [...Array.from({ length: QUESTIONS_COLUMN }, (_, k) => Math.max(widths[k] ?? 10, 10)), 50],
    tables,
    charts,
    pageBreaks,
  };
}
