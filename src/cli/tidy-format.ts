import { stringify } from "csv-stringify/sync";
import { guardedText, type TidyValue } from "../core/export";

import type { TidyFormat } from "./command-defaults";
export { TIDY_FORMATS, type TidyFormat } from "./command-defaults";

/**
 * Rows as CSV (RFC 4180 by csv-stringify, a header row, text that could be read as a formula
 * guarded with an apostrophe) or JSON Lines (one object per line, values as they are). Blank
 * values are empty in CSV and null in JSON. Ends with a newline unless there are no rows and
 * no header.
 */
export function formatTidy(
  rows: readonly Readonly<Record<string, TidyValue>>[],
  columns: readonly string[],
  format: TidyFormat,
): string {
  if (format === "jsonl")
    return (
      rows
        .map((row) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, row[c] ?? null]))))
        .join("\n") + (rows.length > 0 ? "\n" : "")
    );
  const records = rows.map((row) =>
    columns.map((c) => {
      const value = row[c];
      return typeof value === "string"
        ? guardedText(value)
        : value === null || value === undefined
          ? ""
          : value;
    }),
  );
  return stringify(records, { header: true, columns: [...columns], record_delimiter: "\n" });
}
