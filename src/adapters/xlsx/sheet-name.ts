/**
 * Worksheet names for the exceljs writer: the rules are Excel's, kept once for both writers in
 * src/core/workbook/excel-rules.ts.
 */
import { nameWithCounter, sanitizeSheetName } from "../../core/workbook/excel-rules";

export {
  FALLBACK_SHEET_NAME,
  MAX_SHEET_NAME_LENGTH,
  sanitizeSheetName,
} from "../../core/workbook/excel-rules";

/**
 * Sanitized names, made unique ignoring case (as Excel compares them) by adding " (2)",
 * " (3)", ... and shortening the name so the result still fits 31 characters.
 *
 * @example uniqueSheetNames(["Summary", "summary", "Summary"]) // ["Summary", "summary (2)", "Summary (3)"]
 */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = sanitizeSheetName(name);
    let candidate = base;
    for (let counter = 2; taken.has(candidate.toLowerCase()); counter += 1)
      candidate = nameWithCounter(base, counter);
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
