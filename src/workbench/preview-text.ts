import { isCellError, numberFormatKind, type CellValue } from "../core/cells";

/** Most decimals the preview shows for a number whose format does not say. */
const MAX_PLAIN_DECIMALS = 4;

/** Decimals an Excel format asks for: the 0s after the first "." of its first section ("0.0%" -> 1). */
function formatDecimals(format: string): number | undefined {
  const section = format.split(";")[0] ?? "";
  const match = /\.(0+)/.exec(section.replace(/"[^"]*"/g, ""));
  return match ? (match[1]?.length ?? 0) : /[0#]/.test(section) ? 0 : undefined;
}

/**
 * A cell as the preview shows it: close to what Excel shows, without a full number-format
 * engine: percentages as "97%", fixed decimals when the format has them, thousands separators
 * for "#,##0", money with its symbol left as typed in the value, dates as ISO dates, errors as
 * their code.
 * @example previewText(0.97, "0%") // "97%"
 * @example previewText(1234.5, "#,##0") // "1,235"
 */
export function previewText(value: CellValue, format = "General"): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (isCellError(value)) return value.error;
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  const kind = numberFormatKind(format);
  const decimals = formatDecimals(format);
  if (kind === "percent") return `${fixed(value * 100, decimals ?? 0)}%`;
  const text = decimals === undefined ? String(+value.toFixed(MAX_PLAIN_DECIMALS)) : fixed(value, decimals);
  return format.includes(",") ? withThousands(text) : text;
}

function fixed(value: number, decimals: number): string {
  return (+value.toFixed(Math.min(decimals, 10))).toFixed(Math.min(decimals, 10));
}

function withThousands(text: string): string {
  const [whole = "", fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
