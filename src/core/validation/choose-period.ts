import type { SheetSnapshot } from "../workbook/snapshot";
import type { ColumnLayout, SheetLayout } from "../layout/types";
import { readCell } from "../cells/read-cell";

/** Period columns of a layout, left to right. */
export function periodColumns(layout: SheetLayout): ColumnLayout[] {
  return layout.columns.filter((c) => c.role === "period");
}

const normalPeriod = (label: string): string => label.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * The current period of a sheet: the one asked for (matched ignoring case and spacing), or by
 * default the latest period column (rightmost) holding any number in an indicator row.
 * Returns the index into periodColumns, or -1 when the asked-for period is not on the sheet
 * or no period has a value.
 * @example a Q1..Q4 sheet with values in Q1 and Q2 only -> the index of "Q2"
 */
export function choosePeriod(sheet: SheetSnapshot, layout: SheetLayout, wanted?: string): number {
  const columns = periodColumns(layout);
  if (wanted !== undefined && wanted.trim() !== "") {
    return columns.findIndex((c) => normalPeriod(c.period ?? c.header) === normalPeriod(wanted));
  }
  for (let i = columns.length - 1; i >= 0; i--) {
    const column = columns[i]!.column;
    const hasNumber = layout.indicatorRows.some((r) => readCell(sheet.values[r]?.[column], sheet.numberFormats[r]?.[column]).kind === "number");
    if (hasNumber) return i;
  }
  return -1;
}

/** The label of a period column. */
export function periodLabel(column: ColumnLayout): string {
  return column.period ?? column.header;
}
