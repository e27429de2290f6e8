import type { PlannedCell } from "./plan";

/** Column widths in Excel's units (about one character each): never narrower, never wider. */
const NARROWEST = 8;
const WIDEST = 60;
/** Wrapped text (names, commentary, messages) gets at most this width by default and wraps beyond it. */
const WRAPPED_WIDEST = 50;
/** Room for the cell's padding, a bold font and a gap before the next column's text. */
const PADDING = 3;

/** Decimal places and suffix of a number format such as `0.0"%"`, `0.00%`, `0.0" pts"`. */
function shownNumber(value: number, format: string): string {
  if (/[dmy]/i.test(format.replace(/"[^"]*"/g, ""))) return "30 Sep 2026 13:35"; // a date: its longest form in GENERATED_AT_FORMAT
  const decimals = /0\.(0+)/.exec(format)?.[1]?.length ?? 0;
  const percent = /%(?![^"]*")/.test(format.replace(/"[^"]*"/g, ""));
  const suffix = /"([^"]*)"/.exec(format)?.[1] ?? "";
  const shown = (percent ? value * 100 : value).toFixed(
    format === "General" ? Math.min(6, (String(value).split(".")[1] ?? "").length) : decimals,
  );
  const grouped = format.includes("#,##") ? shown.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : shown;
  return `${format.includes("£") ? "£" : ""}${grouped}${percent ? "%" : ""}${suffix}`;
}

/** The text a cell shows, near enough to size its column. */
function shownText(cell: PlannedCell): string {
  const { value } = cell;
  if (typeof value === "number") return shownNumber(value, cell.numberFormat ?? "General");
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}

/**
 * Widths that fit each column's content: the longest shown text of the column plus 3,
 * between 8 and 60 characters (for wrapped text at most `wrappedWidest`, default 50, and it
 * wraps beyond that). A title alone on
 * its row is left out, so "Direction of travel (...)" does not widen column A.
 * Source: Excel's column width unit (the width of one digit of the default font).
 * Bad input (ragged or empty grids): columns with no content get the narrowest width.
 * @example fitColumnWidths([[{ value: "Gap to national" }, { value: 1 }]]) // [18, 8]
 */
export function fitColumnWidths(
  cells: readonly (readonly (PlannedCell | null)[])[],
  wrappedWidest = WRAPPED_WIDEST,
): number[] {
  const widths: number[] = [];
  for (const row of cells) {
    const filled = row.filter(
      (cell) => cell !== null && cell.value !== null && cell.value !== undefined && cell.value !== "",
    );
    if (filled.length === 1 && row[0] === filled[0] && row.length <= 2) continue;
    row.forEach((cell, column) => {
      if (!cell) return;
      const longestLine = Math.max(
        0,
        ...shownText(cell)
          .split("\n")
          .map((line) => line.length),
      );
      const width = Math.min(cell.wrap ? wrappedWidest : WIDEST, longestLine + PADDING);
      widths[column] = Math.max(widths[column] ?? NARROWEST, width);
    });
  }
  return Array.from({ length: widths.length }, (_, column) => widths[column] ?? NARROWEST);
}
