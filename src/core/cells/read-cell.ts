import type { CellReading } from "./cell-reading";
import { isCellError, type CellValue } from "./cell-value";
import { CELL_MESSAGES } from "./messages";
import { numberFormatKind } from "./number-format-kind";
import { readTextCell } from "./read-text-cell";

/**
 * Reads one scorecard cell into a named outcome: a number (with its unit), a gap (blank or a
 * placeholder such as "na", "tbc", "x") or "cannot read" with a plain-English message.
 * Never a silent zero, never a throw.
 *
 * - blank, "", spaces -> gap "blank"; placeholders (CELL_PLACEHOLDERS) -> their gap;
 * - numbers -> unit "plain", or "percent"/"currency" from the number format (value unchanged:
 *   Excel stores 97% as 0.97); a number in a date format, NaN, Infinity -> "not-numeric";
 * - text numbers: "97%" -> 0.97 percent, "1,432", "(5)" -> -5, "(£41k)" -> -41000 currency,
 *   "£1.2bn", "+3", "97 %";
 * - a number followed by remarks in brackets: "7.0% (1603)" -> 0.07 percent, note "(1603)";
 * - several values: "LAC: 3.5% BME: 33.2%" -> "multiple-values" (firstNumber 0.035);
 * - words with a number: "100% by 2015" -> "text" (firstNumber 1);
 * - a RAG word ("Amber", "G", "A/G") -> "rag-word"; Excel errors, as `{error}` or as text -> "formula-error";
 * - TRUE/FALSE, dates and other words -> "not-numeric".
 * Source: docs/rules.md "Messy cells", checked against every cell of both samples.
 * Bad input (anything else at run time, an odd number format): "not-numeric" or a plain reading.
 * @example readCell("(£41k)") // { kind: "number", value: -41000, unit: "currency" }
 * @example readCell(0.97, "0%") // { kind: "number", value: 0.97, unit: "percent" }
 */
export function readCell(value: CellValue, numberFormat?: string): CellReading {
  if (value === null || value === undefined) return { kind: "gap", reason: "blank", text: "" };
  if (typeof value === "string") return readTextCell(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      return {
        kind: "unreadable",
        reason: "not-numeric",
        text: String(value),
        message: CELL_MESSAGES.notFinite(),
      };
    }
    const kind = numberFormatKind(numberFormat);
    if (kind === "date") {
      return {
        kind: "unreadable",
        reason: "not-numeric",
        text: String(value),
        message: CELL_MESSAGES.dateFormattedNumber(numberFormat ?? ""),
      };
    }
    return { kind: "number", value: value === 0 ? 0 : value, unit: kind };
  }
  if (typeof value === "boolean") {
    return {
      kind: "unreadable",
      reason: "not-numeric",
      text: value ? "TRUE" : "FALSE",
      message: CELL_MESSAGES.boolean(value),
    };
  }
  if (value instanceof Date) {
    const time = value.getTime();
    const text = Number.isNaN(time) ? "" : value.toISOString();
    return { kind: "unreadable", reason: "not-numeric", text, message: CELL_MESSAGES.date() };
  }
  if (isCellError(value)) {
    const error = value.error.trim().toUpperCase();
    return {
      kind: "unreadable",
      reason: "formula-error",
      text: value.error,
      message: CELL_MESSAGES.formulaError(error),
    };
  }
  return { kind: "unreadable", reason: "not-numeric", text: "", message: CELL_MESSAGES.unknownKind() };
}
