/**
 * The "Generated at" stamp of a summary: the local date and time, stored as an Excel date so it
 * reads "2 Dec 2026 13:35" and still sorts and filters as a date.
 */

/** Excel's display of the stamp: day, month in words, year, then the time. */
export const GENERATED_AT_FORMAT = "d mmm yyyy hh:mm";

/** Milliseconds from 1970-01-01 to Excel's day 0 (1899-12-30, the 1900 date system). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

const two = (n: number): string => String(n).padStart(2, "0");

/**
 * A moment as the local wall-clock time of this computer, "2026-12-02T13:35:07" (no zone):
 * what a reader of the summary expects to see. Adapters call it with their clock.
 * Bad input (an invalid Date): "".
 * @example localTimestamp(new Date(2026, 11, 2, 13, 35, 7)) // "2026-12-02T13:35:07"
 */
export function localTimestamp(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return "";
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/**
 * The Excel serial date of a timestamp's wall-clock digits ("2026-12-02T13:35:07", any zone
 * suffix ignored), or null when the text is not a timestamp.
 * Source: Excel's 1900 date system (serial 1 = 1 January 1900; day 0 counted from 30 December 1899).
 * @example excelSerialFromTimestamp("2026-12-02T12:00:00") // 46358.5
 */
export function excelSerialFromTimestamp(text: string): number | null {
  const match = typeof text === "string" ? TIMESTAMP.exec(text) : null;
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  return Number.isFinite(ms) ? (ms - EXCEL_EPOCH_MS) / MS_PER_DAY : null;
}
