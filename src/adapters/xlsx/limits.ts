/**
 * The most cells (summed over every worksheet's grid from A1 to its last used row and column)
 * that a workbook read builds by default: well above a real scorecard (a 20-sheet, 2,000-row,
 * 16-column workbook is 640,000), low enough to refuse a runaway used range (one stray value in
 * XFD1048576 would mean 17 billion cells). Raise it with --max-cells. A module of its own, so the
 * CLI can name the default without loading a reader.
 */
export const DEFAULT_MAX_CELLS = 5_000_000;
