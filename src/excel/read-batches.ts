import { formatRange } from "../core/a1";

/**
 * Planning the snapshot read: which row chunks of which used ranges go into which
 * `context.sync()`. Pure, so the plan is tested without Excel.
 *
 * Excel on the web limits each request/response to 5 MB, and everything queued before one
 * `context.sync()` travels as ONE request/response — so splitting a big range into chunks only
 * helps if the chunks go in separate syncs. Chunks are therefore packed, in sheet order, into
 * batches of at most `budgetCells` cells; one batch = one sync. The number of batches depends
 * only on how many cells there are (about total cells ÷ budget, rounded up), never on how many
 * sheets hold them: a workbook that fits the budget is read in one batch whatever its sheet count.
 */

/** A sheet's used range, zero-based, as Office.js reported it. */
export interface UsedRangeBounds {
  /** Index of the sheet in the snapshot order. */
  readonly sheet: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Rows of one used range to load in one piece. */
export interface ReadChunk {
  readonly sheet: number;
  /** Zero-based sheet row and column of the chunk's top-left cell. */
  readonly top: number;
  readonly left: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** A1 address of the chunk, e.g. "C5:H1566". */
  readonly address: string;
}

/** The chunks loaded before one `context.sync()`. */
export type ReadBatch = readonly ReadChunk[];

/**
 * Splits used ranges into row chunks and packs them into batches of at most `budgetCells`
 * cells each (a single row wider than the budget still gets a batch of its own).
 *
 * Bad input: empty ranges (no rows or columns) are skipped; a budget below 1 is taken as 1.
 *
 * @example planReadBatches([{ sheet: 0, rowIndex: 0, columnIndex: 0, rowCount: 5, columnCount: 2 }], 6)
 *   // [[A1:B3], [A4:B5]] (as chunks)
 */
export function planReadBatches(ranges: readonly UsedRangeBounds[], budgetCells: number): ReadBatch[] {
  const budget = Math.max(1, Math.floor(budgetCells));
  const batches: ReadChunk[][] = [];
  let current: ReadChunk[] = [];
  let room = budget;
  for (const range of ranges) {
    if (range.rowCount <= 0 || range.columnCount <= 0) continue;
    let next = 0;
    while (next < range.rowCount) {
      let rows = Math.min(range.rowCount - next, Math.floor(Math.max(0, room) / range.columnCount));
      if (rows === 0 && current.length === 0) rows = 1; // one row wider than the whole budget
      if (rows === 0) {
        batches.push(current);
        current = [];
        room = budget;
        continue;
      }
      const top = range.rowIndex + next;
      const left = range.columnIndex;
      current.push({
        sheet: range.sheet,
        top,
        left,
        rowCount: rows,
        columnCount: range.columnCount,
        address: formatRange({ top, left, bottom: top + rows - 1, right: left + range.columnCount - 1 }),
      });
      room -= rows * range.columnCount;
      next += rows;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** How many cells fit one batch for a byte budget and a per-cell estimate (at least 1). */
export function budgetCells(budgetBytes: number, bytesPerCell: number): number {
  return Math.max(1, Math.floor(budgetBytes / bytesPerCell));
}
