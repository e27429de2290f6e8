/** Test helpers: build SheetSnapshots the way an adapter would hand them over. */
import { readFileSync } from "fs";
import { join } from "path";
import { parse } from "csv-parse/sync";
import type { CellValue } from "../../../src/core/cells/cell-value";
import type { SheetSnapshot } from "../../../src/core/workbook/snapshot";

/** Copies of the two shared sample scorecards (/work/shared/samples), kept with the tests. */
export const SAMPLES_DIR = join(__dirname, "..", "..", "fixtures", "samples");

/** A cell as Excel would store a typed entry: numbers as numbers, blanks as null, text as text. */
export function excelValue(text: string): CellValue {
  if (text.trim() === "") return null;
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  return text;
}

/** A sheet from rows of values, with "General" formats and no formulas. */
export function sheetOf(
  name: string,
  values: readonly (readonly CellValue[])[],
  merges?: readonly string[],
): SheetSnapshot {
  const width = Math.max(0, ...values.map((r) => r.length));
  const square = values.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  return {
    name,
    values: square,
    numberFormats: square.map((r) => r.map(() => "General")),
    formulas: square.map((r) => r.map(() => "")),
    ...(merges !== undefined ? { merges } : {}),
  };
}

/** A sheet from one of the sample CSV files, with cells as Excel would store them. */
export function sampleSheet(file: string, name: string): SheetSnapshot {
  const text = readFileSync(join(SAMPLES_DIR, file), "utf8");
  const rows = parse(text, { relax_column_count: true }) as string[][];
  return sheetOf(
    name,
    rows.map((r) => r.map(excelValue)),
  );
}
