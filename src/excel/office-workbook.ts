import type { WorkbookPort } from "../core/workbook/workbook-port";
import { openAsNewWorkbook, readOpenWorkbookFile } from "./file-copy";
import { clearHighlights, highlightFindings } from "./highlights";
import { SETTING_KEYS } from "./limits";
import { currentPlatform, payloadBudgetFor } from "./payload-budget";
import { readSnapshot } from "./read-snapshot";
import { selectCell } from "./select-cell";
import { readSetting, writeSetting } from "./settings";
import { writeSummary } from "./write-summary";

export interface OfficeWorkbookOptions {
  /** Bytes one read batch may carry; default by platform: 4 MB on the web (5 MB limit), unbounded on desktop. */
  readonly payloadBudgetBytes?: number;
}

/** The port's name for the open workbook (the snapshot's source uses the file name when Excel has one). */
export const THIS_WORKBOOK = "This workbook";

/** The workbook's file name ("Q2 scorecard.xlsx"; Excel says "Book1" before the first save). */
async function workbookName(run: typeof Excel.run): Promise<string> {
  return run(async (context) => {
    const workbook = context.workbook;
    workbook.load("name");
    await context.sync();
    return workbook.name || THIS_WORKBOOK;
  });
}

/**
 * The WorkbookPort for the workbook open in Excel, through Office.js. `run` is Excel.run; tests
 * pass a fake that hands out office-addin-mock contexts.
 *
 * Round trips: readSnapshot 3 on desktop Excel whatever the size; on Excel on the web 3 for a
 * workbook up to ~25,000 used cells whatever its sheet count, one more per further ~25,000
 * cells (its 5 MB response limit, see read-snapshot.ts and payload-budget.ts);
 * writeSummary 2; selectCell 1; highlightFindings 3; clearHighlights 3 (1 when nothing is
 * highlighted); loadSavedCatalogue 1; saveCatalogue 1; readFile 1 (the name; the file comes
 * through the common API's getFileAsync); openCopy none (Excel.createWorkbook).
 *
 * @example const workbook = createOfficeWorkbook(); const snapshot = await workbook.readSnapshot();
 */
export function createOfficeWorkbook(
  run: typeof Excel.run = Excel.run,
  options: OfficeWorkbookOptions = {},
): WorkbookPort {
  const payloadBudgetBytes = options.payloadBudgetBytes ?? payloadBudgetFor(currentPlatform());
  return {
    name: THIS_WORKBOOK,
    readSnapshot: (progress) =>
      readSnapshot(run, { payloadBudgetBytes, fallbackSource: THIS_WORKBOOK }, progress),
    writeSummary: (plan) => writeSummary(run, plan),
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    highlightFindings: (findings) => highlightFindings(run, findings),
    clearHighlights: () => clearHighlights(run),
    readFile: async () => ({ bytes: await readOpenWorkbookFile(), name: await workbookName(run) }),
    openCopy: (bytes) => openAsNewWorkbook(bytes),
    loadSavedCatalogue: () => readSetting(run, SETTING_KEYS.catalogue),
    saveCatalogue: (json) => writeSetting(run, SETTING_KEYS.catalogue, json),
  };
}
