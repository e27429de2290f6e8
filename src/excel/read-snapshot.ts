import type { SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";
import { sheetGrids, type LoadedBlock } from "./convert-values";
import { ExcelAdapterError } from "./errors";
import { surveyMarkers } from "./generated-markers";
import { EXCEL_MESSAGES } from "./messages";
import { ESTIMATED_BYTES_PER_SNAPSHOT_CELL, SNAPSHOT_RANGE_PROPERTIES } from "./limits";
import { budgetCells, planReadBatches, type ReadChunk, type UsedRangeBounds } from "./read-batches";

export interface ReadSnapshotOptions {
  /** Bytes one read batch may carry (DEFAULT_PAYLOAD_BUDGET_BYTES unless a test says otherwise). */
  readonly payloadBudgetBytes: number;
  /** Source name when the workbook has none yet (a new, unsaved workbook). */
  readonly fallbackSource: string;
}

/**
 * Reads every worksheet's used range into a WorkbookSnapshot, with grids from A1.
 *
 * Round trips (`context.sync()` calls): 2 + the number of read batches.
 *   1. workbook name, worksheet names and our marker names (to skip the sheets we generated:
 *      reading our own Exceptions sheet back would look like a second scorecard);
 *   2. each sheet's used range bounds (`getUsedRangeOrNullObject(true)`: values only);
 *   3… values, numberFormat, formulas and valueTypes of every used range, in row chunks packed into
 *      batches of at most `payloadBudgetBytes` (estimated at 160 bytes a cell), one sync per batch.
 * A workbook under the budget (about 25,000 cells at 4 MB) takes 3 syncs however many sheets it
 * has; a bigger one takes one more sync per further 25,000 cells, because Excel on the web
 * rejects a request/response over 5 MB however it is split into ranges.
 * Merged areas are not read (Range.getMergedAreasOrNullObject needs ExcelApi 1.13).
 */
export async function readSnapshot(
  run: typeof Excel.run,
  options: ReadSnapshotOptions,
  progress?: (fraction: number) => void,
): Promise<WorkbookSnapshot> {
  return run(async (context) => {
    progress?.(0);
    const workbook = context.workbook;
    workbook.load("name");
    const worksheets = workbook.worksheets;
    worksheets.load("items/name");
    const names = workbook.names;
    names.load("items/name,items/type,items/value");
    await context.sync();
    progress?.(0.05);

    const generated = new Set([...surveyMarkers(names.items).live.values()].map((n) => n.toLowerCase()));
    const sheets = worksheets.items.filter((sheet) => !generated.has(sheet.name.toLowerCase()));
    const sheetNames = sheets.map((sheet) => sheet.name);
    const usedRanges = sheets.map((sheet) =>
      sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
    );
    await context.sync();
    progress?.(0.1);

    const bounds: UsedRangeBounds[] = [];
    usedRanges.forEach((used, sheet) => {
      if (used.isNullObject) return;
      bounds.push({
        sheet,
        rowIndex: used.rowIndex,
        columnIndex: used.columnIndex,
        rowCount: used.rowCount,
        columnCount: used.columnCount,
      });
    });
    const batches = planReadBatches(
      bounds,
      budgetCells(options.payloadBudgetBytes, ESTIMATED_BYTES_PER_SNAPSHOT_CELL),
    );
    const blocks: LoadedBlock[][] = sheets.map(() => []);
    let done = 0;
    for (const batch of batches) {
      const loads = batch.map((chunk) => ({ chunk, range: loadChunk(sheets, chunk) }));
      // One sync per batch is the point: Excel on the web rejects any single request/response over
      // 5 MB, and Microsoft's guidance is to sync each piece separately. The count depends on the
      // data size only (see read-batches.ts), not on the number of sheets or ranges.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (const { chunk, range } of loads) {
        blocks[chunk.sheet]?.push({
          top: chunk.top,
          left: chunk.left,
          values: range.values,
          numberFormat: range.numberFormat,
          formulas: range.formulas,
          valueTypes: range.valueTypes,
        });
      }
      done += 1;
      progress?.(0.1 + (0.85 * done) / batches.length);
    }

    const bySheet = new Map(bounds.map((b) => [b.sheet, b]));
    const snapshotSheets: SheetSnapshot[] = sheetNames.map((name, index) => {
      const b = bySheet.get(index);
      const grids =
        b === undefined
          ? sheetGrids(0, 0, [])
          : sheetGrids(b.rowIndex + b.rowCount, b.columnIndex + b.columnCount, blocks[index] ?? []);
      return { name, ...grids };
    });
    const source =
      typeof workbook.name === "string" && workbook.name !== "" ? workbook.name : options.fallbackSource;
    progress?.(1);
    return { source, sheets: snapshotSheets };
  });
}

function loadChunk(sheets: readonly Excel.Worksheet[], chunk: ReadChunk): Excel.Range {
  const sheet = sheets[chunk.sheet];
  if (sheet === undefined) throw new ExcelAdapterError("internal", EXCEL_MESSAGES.missingSheet(chunk.sheet));
  return sheet.getRange(chunk.address).load(SNAPSHOT_RANGE_PROPERTIES.join(","));
}
