import type { WorkbookPort } from "../pane/workbook-port";
import { clearHighlights, highlightFindings } from "./highlights";
import { DEFAULT_PAYLOAD_BUDGET_BYTES, SETTING_KEYS } from "./limits";
import { readSnapshot } from "./read-snapshot";
import { selectCell } from "./select-cell";
import { readSetting, writeSetting } from "./settings";
import { writeSummary } from "./write-summary";

export interface OfficeWorkbookOptions {
  /** Bytes one read batch may carry; default 4 MB (Excel on the web refuses over 5 MB). */
  readonly payloadBudgetBytes?: number;
}

/** The port's name for the open workbook (the snapshot's source uses the file name when Excel has one). */
export const THIS_WORKBOOK = "This workbook";

/**
 * The WorkbookPort for the workbook open in Excel, through Office.js. `run` is Excel.run; tests
 * pass a fake that hands out office-addin-mock contexts.
 *
 * Round trips: readSnapshot 3 for a workbook up to ~25,000 used cells whatever its sheet count,
 * one more per further ~25,000 cells (Excel on the web's 5 MB limit, see read-snapshot.ts);
 * writeSummary 2; selectCell 1; highlightFindings 3; clearHighlights 3 (1 when nothing is
 * highlighted); loadSavedCatalogue 1; saveCatalogue 1.
 *
 * @example const workbook = createOfficeWorkbook(); const snapshot = await workbook.readSnapshot();
 */
export function createOfficeWorkbook(run: typeof Excel.run = Excel.run, options: OfficeWorkbookOptions = {}): WorkbookPort {
  const payloadBudgetBytes = options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET_BYTES;
  return {
    name: THIS_WORKBOOK,
    readSnapshot: (progress) => readSnapshot(run, { payloadBudgetBytes, fallbackSource: THIS_WORKBOOK }, progress),
    writeSummary: (plan) => writeSummary(run, plan),
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    highlightFindings: (findings) => highlightFindings(run, findings),
    clearHighlights: () => clearHighlights(run),
    loadSavedCatalogue: () => readSetting(run, SETTING_KEYS.catalogue),
    saveCatalogue: (json) => writeSetting(run, SETTING_KEYS.catalogue, json),
  };
}
