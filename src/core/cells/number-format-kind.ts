/** What an Excel number format makes of a number: as is, a percentage, money, or a date/time. */
export type NumberFormatKind = "plain" | "percent" | "currency" | "date";

const CURRENCY_SYMBOLS = /[£$€]/;
const DATE_CODES = /[dmyhs]/i;

/**
 * Says how an Excel number format shows a number: "percent" ("0%", "0.0%"), "currency"
 * (£ $ € anywhere, including "[$£-809]"), "date" (d m y h s codes) or "plain".
 * Source: Microsoft Support, "Review guidelines for customizing a number format": text in
 * quotes, characters after \ _ * and [bracketed] parts are not format codes; "[$-409]" is a
 * locale tag, not a currency.
 * Bad input (not text, "", "General", "@"): "plain".
 * @example numberFormatKind("0.0%") // "percent"
 */
export function numberFormatKind(format: string | undefined): NumberFormatKind {
  if (typeof format !== "string" || format === "" || format === "General") return "plain";
  // A workbook uses a handful of formats on many cells: remember each one's answer.
  const known = KNOWN_FORMATS.get(format);
  if (known !== undefined) return known;
  const kind = scanNumberFormat(format);
  if (KNOWN_FORMATS.size < KNOWN_FORMATS_LIMIT) KNOWN_FORMATS.set(format, kind);
  return kind;
}

/** Answers already worked out, by format text; bounded so odd inputs cannot grow it without end. */
const KNOWN_FORMATS = new Map<string, NumberFormatKind>();
const KNOWN_FORMATS_LIMIT = 1000;

function scanNumberFormat(format: string): NumberFormatKind {
  if (format.trim().toLowerCase() === "general") return "plain";
  let percent = false;
  let currency = false;
  let date = false;
  let i = 0;
  while (i < format.length) {
    const ch = format.charAt(i);
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const literal = end < 0 ? format.slice(i + 1) : format.slice(i + 1, end);
      if (CURRENCY_SYMBOLS.test(literal)) currency = true;
      i = end < 0 ? format.length : end + 1;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      if (ch !== "_" && CURRENCY_SYMBOLS.test(format.charAt(i + 1))) currency = true;
      i += 2;
    } else if (ch === "[") {
      const end = format.indexOf("]", i + 1);
      const inner = end < 0 ? format.slice(i + 1) : format.slice(i + 1, end);
      if (inner.startsWith("$") && (inner.slice(1).split("-")[0] ?? "").trim() !== "") currency = true;
      if (/^(h+|m+|s+)$/i.test(inner)) date = true;
      i = end < 0 ? format.length : end + 1;
    } else {
      if (ch === "%") percent = true;
      else if (CURRENCY_SYMBOLS.test(ch)) currency = true;
      else if (DATE_CODES.test(ch)) date = true;
      i += 1;
    }
  }
  if (date) return "date";
  if (percent) return "percent";
  return currency ? "currency" : "plain";
}
