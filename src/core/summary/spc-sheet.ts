import { pointTypeColour, SPC_COLOURS } from "../spc";
import type { AnalysedIndicator, IndicatorSpc, WorkbookAnalysis } from "../validation";
import { numberFormatFor } from "../validation";
import type { Assurance, SpcVariation } from "../words";
import { fitColumnWidths } from "./fit-column-widths";
import type { PlannedCell, PlannedChart, PlannedSeries, PlannedSheet, PlannedTable } from "./plan";
import { header, label, longText, num, userText, type Row } from "./planned-cells";

/** The SPC sheet's name (a contract, like SUMMARY_SHEETS). */
export const SPC_SHEET = "SPC";

/** Rows of the icon summary, in the order a board reads them (concerns first). */
const VARIATION_ROWS: readonly SpcVariation[] = [
  "Special cause concerning",
  "Special cause improving",
  "Common cause",
  "Special cause high",
  "Special cause low",
];
/** Columns of the icon summary. */
const ASSURANCE_COLUMNS: readonly Assurance[] = [
  "Consistently fail",
  "Hit and miss",
  "Consistently pass",
  "No target",
];

/** MDC colours for the variation and assurance words, with a font that reads on them. */
const ICON_COLOURS: Readonly<Record<string, { readonly fill: string; readonly font: string }>> = {
  "Special cause concerning": { fill: SPC_COLOURS.concern, font: "#FFFFFF" },
  "Special cause improving": { fill: SPC_COLOURS.improvement, font: "#000000" },
  "Common cause": { fill: SPC_COLOURS.commonCause, font: "#000000" },
  "Special cause high": { fill: SPC_COLOURS.neutral, font: "#FFFFFF" },
  "Special cause low": { fill: SPC_COLOURS.neutral, font: "#FFFFFF" },
  "Consistently fail": { fill: SPC_COLOURS.concern, font: "#FFFFFF" },
  "Consistently pass": { fill: SPC_COLOURS.improvement, font: "#000000" },
  "Hit and miss": { fill: SPC_COLOURS.commonCause, font: "#000000" },
};

/** A variation or assurance word in its MDC colour (the text stands on its own). */
const iconCell = (word: string): PlannedCell => {
  const colours = ICON_COLOURS[word];
  return colours ? { value: word, fill: colours.fill, fontColor: colours.font } : { value: word };
};

/** The chart's lines: colour, and how each is drawn. */
const LINE_COLOURS = {
  value: "#404040",
  mean: "#000000",
  limit: "#7F7F7F",
  target: "#C00000",
} as const;

/** Columns of each chart's data block, left to right. */
const DATA_TITLES = [
  "Period",
  "Value",
  "Mean",
  "Lower limit",
  "Upper limit",
  "Target",
  "Improvement",
  "Concern",
  "Neutral",
] as const;
/** Each chart sits under its title, above its data block, this many columns wide and rows tall. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 20;

const nameOf = (i: AnalysedIndicator): string => (i.id ? `${i.id}: ${i.name}` : i.name);

/**
 * The SPC sheet, when some indicator has an XmR chart (13 or more periods): the icon summary
 * matrix (variation by assurance, with the indicators' names beside each row), a table of
 * each indicator's latest value, mean, limits, target and icons in the MDC colours, and one
 * XmR chart per indicator above a data block of its periods (value, mean, limits, target, and
 * the special-cause points by type, drawn as markers), so the sheet prints one column of
 * charts. Undefined when no indicator qualifies.
 * Source: NHS England "Making Data Count" (integrated performance report front page); the
 * icons are those of KPI.SPC and KPI.ASSURANCE.
 */
export function spcSheet(analysis: WorkbookAnalysis): PlannedSheet | undefined {
  const charted = analysis.indicators.filter((i): i is AnalysedIndicator & { spc: IndicatorSpc } => !!i.spc);
  if (charted.length === 0) return undefined;
  const rows: Row[] = [];
  const tables: PlannedTable[] = [];
  const charts: PlannedChart[] = [];
  const pageBreaks: number[] = [];

  rows.push([label("Statistical process control (Making Data Count)", { bold: true })]);
  rows.push([
    label(
      `Indicators with 13 or more periods, up to ${analysis.period || "the latest period"}. Variation is the latest value's; assurance compares the latest target with the limits. Rules as NHSRplotthedots 0.2.2.`,
    ),
  ]);
  rows.push([]);

  // The icon summary: the front page of an integrated performance report.
  rows.push([label("Variation and assurance", { bold: true })]);
  const matrixTop = rows.length;
  rows.push(header(["Variation", ...ASSURANCE_COLUMNS, "Total", "Indicators"]));
  const neutral = charted.some(
    (i) => i.spc.variation === "Special cause high" || i.spc.variation === "Special cause low",
  );
  for (const variation of VARIATION_ROWS.filter(
    (v) => neutral || (v !== "Special cause high" && v !== "Special cause low"),
  )) {
    const group = charted.filter((i) => i.spc.variation === variation);
    const names = ASSURANCE_COLUMNS.flatMap((a) => {
      const inCell = group.filter((i) => i.spc.assurance === a).map(nameOf);
      return inCell.length > 0 ? [`${a}: ${inCell.join("; ")}`] : [];
    });
    rows.push([
      iconCell(variation),
      ...ASSURANCE_COLUMNS.map((a) => num(group.filter((i) => i.spc.assurance === a).length)),
      num(group.length),
      names.length > 0 ? longText(names.join(" | ")) : null,
    ]);
  }
  tables.push({
    key: "spc-icons",
    row: matrixTop,
    column: 0,
    rowCount: rows.length - matrixTop,
    columnCount: ASSURANCE_COLUMNS.length + 3,
  });
  rows.push([]);

  // One line per indicator: the numbers behind the icons.
  const listTop = rows.length;
  rows.push(
    header(["Indicator", "Latest", "Mean", "Lower limit", "Upper limit", "Target", "Variation", "Assurance"]),
  );
  for (const i of charted) {
    const latest = i.spc.analysis.points[i.spc.analysis.latest];
    const limits = latest?.limits;
    const f = numberFormatFor(i.indicator);
    const finite = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n : null);
    rows.push([
      longText(nameOf(i)),
      num(latest?.value ?? null, f),
      num(finite(limits?.mean), f),
      num(finite(limits?.lower), f),
      num(finite(limits?.upper), f),
      num(i.spc.targets[i.spc.analysis.latest] ?? null, f),
      iconCell(i.spc.variation),
      iconCell(i.spc.assurance),
    ]);
  }
  tables.push({
    key: "spc-indicators",
    row: listTop,
    column: 0,
    rowCount: rows.length - listTop,
    columnCount: 8,
  });
  rows.push([]);

  // Each indicator's chart, beside the data it draws.
  for (const i of charted) {
    pageBreaks.push(rows.length);
    rows.push([label(nameOf(i), { bold: true })]);
    const chartTop = rows.length;
    // Leave room for the chart, then its data block.
    while (rows.length < chartTop + CHART_ROWS) rows.push([]);
    const dataTop = rows.length;
    rows.push(header(DATA_TITLES));
    const f = numberFormatFor(i.indicator);
    const points = i.spc.analysis.points;
    const byType = (types: readonly string[]) =>
      points.map((p) => (p.type !== null && types.includes(p.type) ? p.value : null));
    const columns = {
      value: points.map((p) => p.value),
      mean: points.map((p) => p.limits?.mean ?? null),
      lower: points.map((p) => p.limits?.lower ?? null),
      upper: points.map((p) => p.limits?.upper ?? null),
      target: [...i.spc.targets],
      improvement: byType(["improvement"]),
      concern: byType(["concern"]),
      neutral: byType(["neutral high", "neutral low"]),
    };
    const finite = (n: number | null | undefined): number | null =>
      n !== null && n !== undefined && Number.isFinite(n) ? n : null;
    i.spc.periods.forEach((period, k) => {
      rows.push([userText(period), ...Object.values(columns).map((column) => num(finite(column[k]), f))]);
    });
    const firstRow = dataTop + 1;
    const lastRow = dataTop + points.length;
    const range = (column: number) => ({ column, firstRow, lastRow });
    const has = (list: readonly (number | null)[]) => list.some((n) => finite(n) !== null);
    const series: PlannedSeries[] = [
      { name: "Value", values: range(1), colour: LINE_COLOURS.value, markers: true, width: 1.75 },
      { name: "Mean", values: range(2), colour: LINE_COLOURS.mean, width: 1 },
      { name: "Lower limit", values: range(3), colour: LINE_COLOURS.limit, dashed: true, width: 1 },
      { name: "Upper limit", values: range(4), colour: LINE_COLOURS.limit, dashed: true, width: 1 },
      ...(has(columns.target)
        ? [{ name: "Target", values: range(5), colour: LINE_COLOURS.target, dashed: true, width: 1.25 }]
        : []),
      ...(has(columns.improvement)
        ? [
            {
              name: "Improvement",
              values: range(6),
              colour: pointTypeColour("improvement"),
              markers: true,
              line: false,
            },
          ]
        : []),
      ...(has(columns.concern)
        ? [
            {
              name: "Concern",
              values: range(7),
              colour: pointTypeColour("concern"),
              markers: true,
              line: false,
            },
          ]
        : []),
      ...(has(columns.neutral)
        ? [
            {
              name: "Neutral",
              values: range(8),
              colour: pointTypeColour("neutral high"),
              markers: true,
              line: false,
            },
          ]
        : []),
    ];
    const shown = [...columns.value, ...columns.lower, ...columns.upper, ...columns.target].flatMap((n) => {
      const v = finite(n);
      return v === null ? [] : [v];
    });
    const valueAxis = shown.length > 0 ? axisRange(Math.min(...shown), Math.max(...shown)) : undefined;
    charts.push({
      key: `spc-${charts.length + 1}`,
      title: nameOf(i),
      categories: range(0),
      series,
      ...(valueAxis ? { valueAxis } : {}),
      anchor: { row: chartTop, column: 0, columns: CHART_COLUMNS, rows: CHART_ROWS - 1 },
    });
    tables.push({
      key: `spc-data-${charts.length}`,
      row: dataTop,
      column: 0,
      rowCount: points.length + 1,
      columnCount: DATA_TITLES.length,
    });
    rows.push([]);
  }

  const widths = fitColumnWidths(rows.slice(0, listTop + charted.length + 1));
  return {
    name: SPC_SHEET,
    cells: rows,
    columnWidths: widths.map((w, k) => (k === 0 ? Math.min(w, 45) : Math.max(w, 11))),
    tables,
    charts,
    pageBreaks,
  };
}

/**
 * Axis bounds a little outside the data, on round numbers, so the band of the limits fills the
 * chart. Undefined (let the chart choose) when the numbers are too small or too large to round.
 * @example axisRange(0.93, 0.99) // { min: 0.92, max: 1 }
 */
export function axisRange(min: number, max: number): { min: number; max: number } | undefined {
  const span = max - min || Math.abs(max) || 1;
  const step = 10 ** Math.floor(Math.log10(span / 4));
  const round = (n: number) => Number(n.toPrecision(12));
  const low = round(Math.floor((min - span * 0.05) / step) * step);
  const high = round(Math.ceil((max + span * 0.05) / step) * step);
  return Number.isFinite(low) && Number.isFinite(high) && low < high ? { min: low, max: high } : undefined;
}
