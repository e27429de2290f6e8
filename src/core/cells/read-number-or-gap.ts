import type { CellValue } from "./cell-value";
import { readCell } from "./read-cell";

/**
 * The number in a cell, or null for anything else (gaps and unreadable cells alike).
 * For custom functions that skip what they cannot use; callers that must explain a skip use readCell.
 * Source: readCell (same rules; percentages as fractions, "97%" -> 0.97).
 * Bad input: null.
 * @example readNumberOrGap("1,432") // 1432
 */
export function readNumberOrGap(value: CellValue, numberFormat?: string): number | null {
  const reading = readCell(value, numberFormat);
  return reading.kind === "number" ? reading.value : null;
}
