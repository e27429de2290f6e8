import { cellAddress, formatRange } from "../core/a1";
import type { PlannedChart, PlannedColumnRange } from "../core/summary/plan";

/** Marker size in points, the same as the .xlsx writer's. */
const MARKER_SIZE = 5;
/** Default line width in points. */
const DEFAULT_WIDTH = 1.5;

const address = (range: PlannedColumnRange): string =>
  formatRange({ top: range.firstRow, left: range.column, bottom: range.lastRow, right: range.column });

/**
 * Queues a planned line chart (an XmR chart) on a sheet being written, in the same batch as its
 * cells (no sync here). The first series makes the chart ("Line" by columns, ExcelApi 1.1);
 * the others are added and pointed at their cells, all with the categories as x values
 * (ExcelApi 1.7); each line takes its colour, width and dash, or no line for marker-only
 * series; blanks are gaps ("NotPlotted", ExcelApi 1.8); the value axis takes the plan's bounds.
 * Enum values are passed as their strings, so this module loads outside Excel for tests.
 */
export function addLineChart(sheet: Excel.Worksheet, planned: PlannedChart): void {
  const [first] = planned.series;
  if (first === undefined) return;
  const chart = sheet.charts.add("Line", sheet.getRange(address(first.values)), "Columns");
  chart.name = `Scorecard Kit ${planned.key}`;
  chart.title.text = planned.title;
  chart.legend.position = "Bottom";
  chart.displayBlanksAs = "NotPlotted";
  const { row, column, rows, columns } = planned.anchor;
  chart.setPosition(cellAddress(row, column), cellAddress(row + rows - 1, column + columns - 1));
  if (planned.valueAxis) {
    chart.axes.valueAxis.minimum = planned.valueAxis.min;
    chart.axes.valueAxis.maximum = planned.valueAxis.max;
  }
  const categories = sheet.getRange(address(planned.categories));
  planned.series.forEach((plannedSeries, index) => {
    const series = index === 0 ? chart.series.getItemAt(0) : chart.series.add(plannedSeries.name);
    if (index > 0) series.setValues(sheet.getRange(address(plannedSeries.values)));
    series.name = plannedSeries.name;
    series.setXAxisValues(categories);
    const line = series.format.line;
    if (plannedSeries.line === false) line.lineStyle = "None";
    else {
      line.color = plannedSeries.colour;
      line.lineStyle = plannedSeries.dashed === true ? "Dash" : "Continuous";
      line.weight = plannedSeries.width ?? DEFAULT_WIDTH;
    }
    if (plannedSeries.markers === true) {
      series.markerStyle = "Circle";
      series.markerSize = MARKER_SIZE;
      series.markerBackgroundColor = plannedSeries.colour;
      series.markerForegroundColor = plannedSeries.colour;
    } else series.markerStyle = "None";
  });
}
