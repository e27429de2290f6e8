import { readWorkbookSnapshot } from "../adapters/xlsx/read-snapshot";
import { uniqueSheetNames } from "../adapters/xlsx/sheet-name";
import type { Finding } from "../core/validation/findings";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import type { SummaryPlan } from "../core/summary/plan";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { WORKBENCH_TEXT } from "./workbench-messages";

/** localStorage key of the workbench's saved catalogue (per browser, not per workbook). */
export const CATALOGUE_STORAGE_KEY = "scorecard-kit.catalogue";

/** The files the workbench offers: the summary, and the values-only copy of the open workbook. */
export type DownloadKind = "summary" | "values-copy";

/** What the browser port draws on: the preview and a place to offer the summary file. */
export interface BrowserWorkbookView {
  selectCell(sheet: string, address: string): void;
  mark(findings: readonly Finding[]): void;
  clearMarks(): void;
  /** Offers bytes for download under this file name: the summary, or the values-only copy. */
  offerDownload(bytes: Uint8Array, fileName: string, kind: DownloadKind): void;
}

/** The part of Web Storage the port uses (undefined when the browser blocks it). */
export type CatalogueStorage = Pick<Storage, "getItem" | "setItem">;

export interface BrowserWorkbook extends WorkbookPort {
  /** Reads an .xlsx from bytes and makes it the port's workbook; on failure no workbook is open (never the previous one). */
  open(
    bytes: Uint8Array,
    fileName: string,
  ): Promise<
    | { readonly ok: true; readonly snapshot: WorkbookSnapshot }
    | { readonly ok: false; readonly reason: string }
  >;
}

/**
 * The WorkbookPort of the browser workbench: an .xlsx opened in this page, nothing uploaded. The
 * reader loads with the page; the summary writer (exceljs) only when a summary is asked for. Reads give the snapshot made when the file was opened; the
 * summary becomes a new .xlsx offered as a download; selecting and highlighting act on the
 * preview; the catalogue is saved in localStorage.
 */
export function createBrowserWorkbook(
  view: BrowserWorkbookView,
  storage: CatalogueStorage | undefined,
): BrowserWorkbook {
  let current: { snapshot: WorkbookSnapshot; fileName: string; bytes: Uint8Array } | undefined;
  const requireWorkbook = (): { snapshot: WorkbookSnapshot; fileName: string; bytes: Uint8Array } => {
    if (!current) throw new Error(WORKBENCH_TEXT.noWorkbookToCheck);
    return current;
  };
  return {
    get name() {
      return current?.fileName ?? "none open";
    },
    async open(bytes, fileName) {
      const read = await readWorkbookSnapshot(bytes, fileName);
      if (!read.ok) {
        current = undefined;
        return { ok: false, reason: read.reason };
      }
      current = { snapshot: read.snapshot, fileName, bytes };
      return { ok: true, snapshot: read.snapshot };
    },
    async readSnapshot(progress) {
      const { snapshot } = requireWorkbook();
      progress?.(1);
      return snapshot;
    },
    async writeSummary(plan: SummaryPlan) {
      const { fileName } = requireWorkbook();
      // exceljs (most of the writer's weight) loads only when a summary is asked for.
      const { writeSummaryWorkbook } = await import("../adapters/xlsx/write-plan");
      const bytes = await writeSummaryWorkbook(plan);
      view.offerDownload(bytes, WORKBENCH_TEXT.downloadName(fileName), "summary");
      return { sheetNames: uniqueSheetNames(plan.sheets.map((s) => s.name)) };
    },
    async readFile() {
      const { bytes, fileName } = requireWorkbook();
      return { bytes, name: fileName };
    },
    async openCopy(bytes, fileName) {
      requireWorkbook();
      view.offerDownload(bytes, fileName, "values-copy");
    },
    async selectCell(sheet, address) {
      requireWorkbook();
      view.selectCell(sheet, address);
    },
    async highlightFindings(findings) {
      requireWorkbook();
      view.mark(findings);
    },
    async clearHighlights() {
      view.clearMarks();
    },
    async loadSavedCatalogue() {
      return storage?.getItem(CATALOGUE_STORAGE_KEY) ?? undefined;
    },
    async saveCatalogue(json) {
      if (!storage) throw new Error(WORKBENCH_TEXT.storageUnavailable);
      storage.setItem(CATALOGUE_STORAGE_KEY, json);
    },
  };
}
