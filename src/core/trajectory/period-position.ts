/**
 * Periods on one time axis: financial years, quarters, calendar years, months and dates become a
 * position in years, so a straight-line trajectory can be drawn through any of them.
 *
 * Source: docs/rules.md, "Periods on one time axis". The axis is calendar time in years
 * (1 January 2008 is 2008.0) and a period sits at the moment it **ends**: a figure for a period
 * is known at its end, and a target "by 2010/11" means by the end of that year.
 */
import { isFiniteNumber } from "../numbers";
import { CALENDAR_YEAR_RANGE, FINANCIAL_YEAR_START_MONTH, LAST_EXCEL_SERIAL } from "./constants";

/** What kind of period a label names. */
export type PeriodKind =
  | "financial year"
  | "financial quarter"
  | "calendar year"
  | "calendar quarter"
  | "month"
  | "date"
  | "quarter without a year";

/** A period read from a label, and where it sits on the time axis. */
export interface PeriodReading {
  readonly kind: PeriodKind;
  /** The end of the period in years of calendar time (or, for a quarter without a year, its number ÷ 4). */
  readonly position: number;
  /**
   * False only for a quarter without a year ("Q2"): its position is within an unnamed financial
   * year, so it can be compared only with other quarters without a year.
   */
  readonly dated: boolean;
  /** The period written one way: "2007/08", "Q2 2012/13", "2008", "Q2 2012", "Apr 2012", "2009-09-30", "Q2". */
  readonly label: string;
}

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_LABELS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 date system, as the day count from 1 January 1970 (UTC) uses it. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The start of the financial year, as a fraction of the calendar year (April: 0.25). */
const FINANCIAL_YEAR_OFFSET = (FINANCIAL_YEAR_START_MONTH - 1) / 12;

/**
 * The position of a period on the time axis, in years; undefined when the label is not a period.
 *
 * Source: docs/rules.md, "Periods on one time axis". Each period sits at its end, in calendar
 * years: financial year 2007/08 (April 2007 to March 2008) is 2008.25, its Q2 (July to September
 * 2007) is 2007.75, calendar year 2008 is 2009, "Apr 2012" is 2012 + 4/12, and a date is the end
 * of that day (31/03/2008 is 2008.25, the same moment as the end of 2007/08). A quarter without
 * a year ("Q2") is its number ÷ 4 (see `readPeriod`).
 * Bad input: anything that is not one of the forms in `readPeriod` gives undefined; never throws.
 *
 * @example periodPosition("2007/8") // 2008.25
 * @example periodPosition("Q2 2012/13") // 2012.75
 * @example periodPosition(2008) // 2009
 * @example periodPosition("Latest") // undefined
 */
export function periodPosition(label: unknown): number | undefined {
  return readPeriod(label)?.position;
}

/**
 * Reads a period label: its kind, its position on the time axis and the label written one way.
 *
 * Source: docs/rules.md, "Periods on one time axis". Accepted, in any case and spacing:
 * - financial years: "2007/8", "2007/08", "2007-08", "2007/2008", "FY2007/08", "FY 2007-08";
 * - financial quarters: "Q2 2012/13", "2012/13 Q2", "Quarter 2 2012/13" (Q1 = April to June);
 * - calendar years: 2008 (a whole number from 1900 to 2100) or "2008";
 * - calendar quarters: "2012 Q2", "Q2 2012" (Q2 = April to June 2012, as ONS writes them);
 * - months: "Apr 2012", "April 2012", "Apr-12";
 * - dates: an Excel date serial number above 2100 (the 1900 date system; the time of day is
 *   ignored), a Date (its UTC day), or the text "2009-09-30" or "30/09/2009" (day first);
 * - quarters without a year: "Q2" (position 0.5: Q1 0.25 … Q4 1.0, not dated).
 * A label may end in a remark in brackets: "2012/13 (provisional)".
 * Bad input: other text ("Current", "Spring"), numbers that are neither a year nor a date
 * (2008.5, negative numbers), impossible dates (31/02/2012) and non-strings give undefined.
 *
 * @example readPeriod("FY2007/08") // { kind: "financial year", position: 2008.25, dated: true, label: "2007/08" }
 * @example readPeriod("Q2") // { kind: "quarter without a year", position: 0.5, dated: false, label: "Q2" }
 */
export function readPeriod(label: unknown): PeriodReading | undefined {
  if (label instanceof Date) return dateReading(label.getTime());
  if (typeof label === "number") return numberReading(label);
  if (typeof label !== "string") return undefined;
  const text = label
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .replace(/\s*\([^()]*\)$/, "");
  if (text === "") return undefined;
  return (
    yearReading(text) ??
    quarterReading(text) ??
    monthReading(text) ??
    textDateReading(text) ??
    bareQuarterReading(text)
  );
}

/** A number: a calendar year (1900 to 2100, whole) or an Excel date serial number. */
function numberReading(n: number): PeriodReading | undefined {
  if (!isFiniteNumber(n)) return undefined;
  if (n >= CALENDAR_YEAR_RANGE.min && n <= CALENDAR_YEAR_RANGE.max) {
    return Number.isInteger(n) ? calendarYear(n) : undefined;
  }
  if (n <= CALENDAR_YEAR_RANGE.max || n > LAST_EXCEL_SERIAL) return undefined;
  return dateReading(EXCEL_EPOCH + Math.floor(n) * MS_PER_DAY);
}

function calendarYear(year: number): PeriodReading {
  return { kind: "calendar year", position: year + 1, dated: true, label: String(year) };
}

/** The start year of a financial year ("2007/08" -> 2007), or undefined. */
function financialYearStart(text: string): number | undefined {
  const match = /^(?:fy ?)?(\d{4}) ?[/\-–] ?(\d{1,4})$/.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] ?? "";
  if (!isYear(start) || end.length === 3 || String(start + 1).slice(-end.length) !== end) return undefined;
  return start;
}

function financialYearLabel(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

function calendarYearNumber(text: string): number | undefined {
  if (!/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return isYear(year) ? year : undefined;
}

function isYear(year: number): boolean {
  return year >= CALENDAR_YEAR_RANGE.min && year <= CALENDAR_YEAR_RANGE.max;
}

function yearReading(text: string): PeriodReading | undefined {
  const start = financialYearStart(text);
  if (start !== undefined) {
    return {
      kind: "financial year",
      position: start + 1 + FINANCIAL_YEAR_OFFSET,
      dated: true,
      label: financialYearLabel(start),
    };
  }
  const year = calendarYearNumber(text);
  return year === undefined ? undefined : calendarYear(year);
}

const QUARTER = "(?:q|qtr|quarter)\\.? ?([1-4])";

/** "Q2 2012/13", "2012/13 Q2", "2012 Q2", "Q2 2012". */
function quarterReading(text: string): PeriodReading | undefined {
  const first = new RegExp(`^${QUARTER}[ ,]+(.+)$`).exec(text);
  const last = new RegExp(`^(.+?)[ ,]+${QUARTER}$`).exec(text);
  const quarter = Number(first?.[1] ?? last?.[2]);
  const yearText = first?.[2] ?? last?.[1];
  if (yearText === undefined || !(quarter >= 1 && quarter <= 4)) return undefined;
  const start = financialYearStart(yearText);
  if (start !== undefined) {
    return {
      kind: "financial quarter",
      position: start + FINANCIAL_YEAR_OFFSET + quarter / 4,
      dated: true,
      label: `Q${quarter} ${financialYearLabel(start)}`,
    };
  }
  const year = calendarYearNumber(yearText);
  if (year === undefined) return undefined;
  return {
    kind: "calendar quarter",
    position: year + quarter / 4,
    dated: true,
    label: `Q${quarter} ${year}`,
  };
}

/** "Apr 2012", "April 2012", "Apr-12", "Sept 2012". */
function monthReading(text: string): PeriodReading | undefined {
  const match = /^([a-z]+)\.?[ \-']+'?(\d{2}|\d{4})$/.exec(text);
  if (!match) return undefined;
  const name = match[1] ?? "";
  const index = MONTH_NAMES.findIndex(
    (m) => name === m || (name.length >= 3 && fullMonthName(m).startsWith(name)),
  );
  const yearText = match[2] ?? "";
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (index < 0 || !isYear(year)) return undefined;
  return {
    kind: "month",
    position: year + (index + 1) / 12,
    dated: true,
    label: `${MONTH_LABELS[index] ?? ""} ${year}`,
  };
}

function fullMonthName(short: string): string {
  const full: Record<string, string> = {
    jan: "january",
    feb: "february",
    mar: "march",
    apr: "april",
    jun: "june",
    jul: "july",
    aug: "august",
    sep: "september",
    oct: "october",
    nov: "november",
    dec: "december",
  };
  return full[short] ?? short;
}

/** "2009-09-30" (ISO) or "30/09/2009" (day first, as in the UK). */
function textDateReading(text: string): PeriodReading | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : uk
      ? [Number(uk[3]), Number(uk[2]), Number(uk[1])]
      : [NaN, NaN, NaN];
  if (!isYear(year) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= daysInMonth(year, month)))
    return undefined;
  return dateReading(Date.UTC(year, month - 1, day));
}

/** A day (milliseconds since 1970, UTC; the time of day is ignored) at its end. */
function dateReading(ms: number): PeriodReading | undefined {
  if (!isFiniteNumber(ms)) return undefined;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  if (!Number.isFinite(year) || year < 1 || year > 9999) return undefined;
  return {
    kind: "date",
    position: year + (month - 1) / 12 + day / (12 * daysInMonth(year, month)),
    dated: true,
    label: `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "Q2", "Quarter 2": a quarter of an unnamed financial year, at its end (Q2 is 0.5). */
function bareQuarterReading(text: string): PeriodReading | undefined {
  const match = new RegExp(`^${QUARTER}$`).exec(text);
  if (!match) return undefined;
  const quarter = Number(match[1]);
  return { kind: "quarter without a year", position: quarter / 4, dated: false, label: `Q${quarter}` };
}
