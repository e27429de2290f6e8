import type { WorkbookSnapshot } from "./snapshot";
import type { SummaryPlan } from "../summary/plan";
import type { Finding } from "../validation/findings";

/**
 * What the pane needs from a workbook, whatever holds it: Excel through Office.js
 * (src/excel/office-workbook.ts) or an .xlsx opened in the browser (src/workbench/).
 * The pane's use-cases talk only to this port. It lives below both adapters and the pane, so
 * the adapters implement it without importing anything from the UI.
 */
export interface WorkbookPort {
  /** Human name of the workbook (file name or "This workbook"). */
  readonly name: string;
  /** Reads every sheet's used range in one go. `progress` gets a fraction 0..1. */
  readSnapshot(progress?: (fraction: number) => void): Promise<WorkbookSnapshot>;
  /**
   * Writes the summary sheets. Replaces only sheets this add-in generated; never a user's
   * sheet (writes beside it, e.g. "Scorecard Summary (2)"). Returns the sheet names written.
   */
  writeSummary(plan: SummaryPlan): Promise<{ readonly sheetNames: readonly string[] }>;
  /** Selects (or, in the workbench, scrolls to and marks) a finding's cell. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Marks finding cells on the sheets; clearHighlights restores their previous formatting. */
  highlightFindings(findings: readonly Finding[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /**
   * The workbook as an .xlsx file, its formulas with their last calculated values, and its file
   * name ("Save a values-only copy"). Only reads.
   */
  readFile(): Promise<{ readonly bytes: Uint8Array; readonly name: string }>;
  /**
   * Opens a new workbook made from these bytes: in Excel a new workbook window, in the workbench
   * a download named `fileName`. The user's workbook is never changed.
   */
  openCopy(bytes: Uint8Array, fileName: string): Promise<void>;
  /** The catalogue text saved with the workbook, if any (JSON). */
  loadSavedCatalogue(): Promise<string | undefined>;
  saveCatalogue(json: string): Promise<void>;
}
