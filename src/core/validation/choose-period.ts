import type { SheetSnapshot } from "../workbook/snapshot";
import type { SheetLayout } from "../layout/types";
import { looksLikeGradeWord } from "../grades/read-grade-cell";
import { readCell } from "../cells/read-cell";
import { periodColumns } from "../layout/layout-queries";

export { periodColumns, periodLabel } from "../layout/layout-queries";

const normalPeriod = (label: string): string => label.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * The period choice "each indicator's latest figure": every row is reported for the rightmost
 * period in which it has a number (an annual report card whose indicators lag by a year or two).
 */
export const LATEST_EACH = "latest-each";

/** True when a --period / pane choice asks for each indicator's latest figure. */
export function isLatestEach(wanted: string | undefined): boolean {
  return typeof wanted === "string" && normalPeriod(wanted).replace(/[\s_]/g, "-") === LATEST_EACH;
}

/** True when some indicator row holds a number in this period column. */
export function periodHasFigures(sheet: SheetSnapshot, layout: SheetLayout, column: number): boolean {
  return layout.indicatorRows.some((r) => {
    const value = sheet.values[r]?.[column];
    // An inspection grade typed as words ("Good", "Grade 2 (adequate)") is a figure too.
    return readCell(value, sheet.numberFormats[r]?.[column]).kind === "number" || looksLikeGradeWord(value);
  });
}

/**
 * The current period of a sheet: the one asked for (matched ignoring case and spacing), or by
 * default (and for LATEST_EACH, as the sheet's fallback) the latest period column (rightmost)
 * holding any number in an indicator row.
 * Returns the index into periodColumns, or -1 when the asked-for period is not on the sheet
 * or no period has a value.
 * @example a Q1..Q4 sheet with values in Q1 and Q2 only -> the index of "Q2"
 */
export function choosePeriod(sheet: SheetSnapshot, layout: SheetLayout, wanted?: string): number {
  const columns = periodColumns(layout);
  if (wanted !== undefined && wanted.trim() !== "" && !isLatestEach(wanted)) {
    return columns.findIndex((c) => normalPeriod(c.period ?? c.header) === normalPeriod(wanted));
  }
  for (let i = columns.length - 1; i >= 0; i--) {
    if (periodHasFigures(sheet, layout, columns[i]!.column)) return i;
  }
  return -1;
}
