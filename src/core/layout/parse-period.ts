/**
 * The period a header names, written one way: quarters "Q1", financial or academic years
 * "2012/13", calendar years "2006", months "Apr", "Apr 2012", combinations "Q1 2012/13",
 * and the generic "Current", "Latest", "Actual", "Outturn", "YTD".
 */

const MONTHS: ReadonlyMap<string, string> = new Map([
  ["jan", "Jan"],
  ["january", "Jan"],
  ["feb", "Feb"],
  ["february", "Feb"],
  ["mar", "Mar"],
  ["march", "Mar"],
  ["apr", "Apr"],
  ["april", "Apr"],
  ["may", "May"],
  ["jun", "Jun"],
  ["june", "Jun"],
  ["jul", "Jul"],
  ["july", "Jul"],
  ["aug", "Aug"],
  ["august", "Aug"],
  ["sep", "Sep"],
  ["sept", "Sep"],
  ["september", "Sep"],
  ["oct", "Oct"],
  ["october", "Oct"],
  ["nov", "Nov"],
  ["november", "Nov"],
  ["dec", "Dec"],
  ["december", "Dec"],
]);

/** Headers that name "the value now" rather than a dated period. Labels keep the first word. */
const GENERIC_PERIODS: ReadonlyMap<string, string> = new Map([
  ["current", "Current"],
  ["latest", "Latest"],
  ["actual", "Actual"],
  ["actuals", "Actual"],
  ["outturn", "Outturn"],
  ["ytd", "YTD"],
  ["year to date", "YTD"],
  ["current performance", "Current"],
  ["current position", "Current"],
  ["current value", "Current"],
  ["latest performance", "Latest"],
  ["latest position", "Latest"],
  ["latest data", "Latest"],
  ["latest value", "Latest"],
  ["latest figure", "Latest"],
  ["latest actual", "Latest"],
  ["current actual", "Current"],
]);

/** The generic labels `parsePeriod` can return. */
export const GENERIC_PERIOD_LABELS: readonly string[] = ["Current", "Latest", "Actual", "Outturn", "YTD"];

/** Words around a specific period that do not change it: "Q2 actual", "Outturn 2012/13". */
const VALUE_WORDS = /^(actual|actuals|outturn|result|results|performance|value|data|figure|position)$/;

/**
 * Reads a cleaned header as a period label, or undefined when it does not name a period.
 *
 * Bad input: non-strings, empty text, and ranges that are not one year ("2004-2006") get
 * undefined.
 *
 * @example parsePeriod("Quarter 2") // "Q2"
 * @example parsePeriod("2012-2013") // "2012/13"
 * @example parsePeriod("2007/8") // "2007/08"
 * @example parsePeriod("Apr-12") // "Apr 2012"
 * @example parsePeriod("Q1 2012/13 actual") // "Q1 2012/13"
 * @example parsePeriod("Target") // undefined
 */
export function parsePeriod(header: string): string | undefined {
  if (typeof header !== "string") return undefined;
  let text = header
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
  if (text === "") return undefined;
  const generic = GENERIC_PERIODS.get(text);
  if (generic !== undefined) return generic;
  text = text.replace(/\s*\([^()]*\)$/, "").trim(); // "2012/13 (provisional)", "Q2 (Jul-Sep)"
  const words = text.split(" ");
  while (words.length > 1 && VALUE_WORDS.test(words[words.length - 1] ?? "")) words.pop();
  while (words.length > 1 && VALUE_WORDS.test(words[0] ?? "")) words.shift();
  return specificPeriod(words.join(" "));
}

/**
 * True for the labels that mean "the value now" ("Current", "Latest", "Actual", "Outturn",
 * "YTD"), not a dated period.
 *
 * Bad input: anything else, including non-strings, is false.
 *
 * @example isGenericPeriod("Current") // true
 * @example isGenericPeriod("Q2") // false
 */
export function isGenericPeriod(label: string): boolean {
  return GENERIC_PERIOD_LABELS.includes(label);
}

function specificPeriod(text: string): string | undefined {
  const single = quarter(text) ?? year(text) ?? month(text);
  if (single !== undefined) return single;
  const monthYear = /^([a-z]+)[\s\-']+'?(\d{2}|\d{4})$/.exec(text);
  if (monthYear !== null) {
    const m = month(monthYear[1] ?? "");
    const y = fourDigitYear(monthYear[2] ?? "");
    if (m !== undefined && y !== undefined) return `${m} ${y}`;
  }
  const words = text.split(" ");
  for (let split = 1; split < words.length; split++) {
    const first = words.slice(0, split).join(" ");
    const second = words.slice(split).join(" ");
    const pair = combine(first, second) ?? combine(second, first);
    if (pair !== undefined) return pair;
  }
  return undefined;
}

/** "Q1" + "2012/13" -> "Q1 2012/13"; "Apr" + "2012" -> "Apr 2012". */
function combine(part: string, yearText: string): string | undefined {
  const y = year(yearText);
  if (y === undefined) return undefined;
  const q = quarter(part);
  if (q !== undefined) return `${q} ${y}`;
  const m = month(part);
  return m !== undefined ? `${m} ${y}` : undefined;
}

function quarter(text: string): string | undefined {
  const match = /^(?:q|qtr|quarter)\.?\s*([1-4])$/.exec(text);
  return match === null ? undefined : `Q${match[1] ?? ""}`;
}

function month(text: string): string | undefined {
  return MONTHS.get(text.replace(/\.$/, ""));
}

function year(text: string): string | undefined {
  if (/^(19|20)\d{2}$/.test(text)) return text;
  const match = /^(?:fy\s*)?((?:19|20)?\d{2})\s*[/\-–]\s*((?:19|20)?\d{1,2})$/.exec(text);
  if (match === null) return undefined;
  const start = fourDigitYear(match[1] ?? "");
  // "2007/8": one digit names the next year by its last digit, as plans of the 2000s wrote it.
  const endText = match[2] ?? "";
  const end =
    endText.length === 1 && start !== undefined && (start + 1) % 10 === Number(endText)
      ? start + 1
      : fourDigitYear(endText, start);
  if (start === undefined || end === undefined || end !== start + 1) return undefined;
  return `${start}/${String(end % 100).padStart(2, "0")}`;
}

/** "2012" -> 2012; "12" -> 2012 (or the century that follows `after`, for "1999/00"). */
function fourDigitYear(text: string, after?: number): number | undefined {
  if (/^(19|20)\d{2}$/.test(text)) return Number(text);
  if (!/^\d{2}$/.test(text)) return undefined;
  const short = Number(text);
  if (after !== undefined) {
    const century = Math.floor(after / 100) * 100;
    return century + short > after ? century + short : century + 100 + short;
  }
  return 2000 + short;
}
