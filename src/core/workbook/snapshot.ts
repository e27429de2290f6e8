import type { CellValue } from "../cells/cell-value";

/**
 * A workbook as the engine sees it: filled by an adapter in one read.
 * All grids are row-major and rectangular over the sheet's used range, starting at A1
 * (row 0 / column 0 is A1 even when the used range starts later, so addresses stay simple).
 */
export interface SheetSnapshot {
  readonly name: string;
  /** Cell values: numbers, text, booleans, dates, `{error}` or null for blank. */
  readonly values: readonly (readonly CellValue[])[];
  /** Excel number formats, same shape as values ("General" or "" when none). */
  readonly numberFormats: readonly (readonly string[])[];
  /** Formulas, same shape as values ("" when the cell holds a constant). */
  readonly formulas: readonly (readonly string[])[];
  /** Merged areas as A1 ranges, e.g. "D1:F1". */
  readonly merges?: readonly string[];
}

export interface WorkbookSnapshot {
  /** File name or workbook title, used in findings and the summary header. */
  readonly source: string;
  readonly sheets: readonly SheetSnapshot[];
}
