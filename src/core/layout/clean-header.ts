import type { CellValue } from "../cells/cell-value";
import { isCellError } from "../cells/cell-value";
import { numberFormatKind } from "../cells/number-format-kind";

const MONTH_ABBREVIATIONS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

/** Excel's day 0 for serial dates (1900 date system, with its leap-year bug absorbed). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/**
 * Turns a header cell into plain text: line breaks, tabs and non-breaking spaces become
 * single spaces, repeated spaces collapse, trailing ":" and "*" go ("PI\nDescription:*" ->
 * "PI Description"). A number shows as written (2004 -> "2004"); a date, or a number with a
 * date format (how Office.js hands month headers over), shows as month and year ("Apr 2012").
 *
 * Bad input: blanks, booleans, Excel errors and anything else that is not a header get "".
 *
 * @example cleanHeader("  Progress\r\nSummary : ") // "Progress Summary"
 * @example cleanHeader(41000, "mmm-yy") // "Apr 2012"
 * @example cleanHeader({ error: "#REF!" }) // ""
 */
export function cleanHeader(value: CellValue, numberFormat?: string): string {
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    if (numberFormatKind(numberFormat) === "date" && value > 0)
      return monthLabel(new Date(EXCEL_EPOCH_UTC + Math.round(value) * MS_PER_DAY));
    return String(value);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : monthLabel(value);
  if (isCellError(value)) return "";
  return "";
}

function cleanText(text: string): string {
  return text
    .replace(/[\s\u00a0\u2007\u202f]+/g, " ")
    .trim()
    .replace(/[\s:*]+$/, "")
    .trim();
}

function monthLabel(date: Date): string {
  return `${MONTH_ABBREVIATIONS[date.getUTCMonth()] ?? ""} ${date.getUTCFullYear()}`;
}
