/** Every text the workbench page itself shows (the pane's texts are in src/pane/pane-messages.ts). */
export const WORKBENCH_TEXT = {
  noWorkbook:
    "No workbook open yet. Open an .xlsx file or load the example workbook: it is read in this browser and never uploaded.",
  noWorkbookToCheck:
    'No workbook is open: choose an .xlsx file with "Open workbook (.xlsx)" or press "Load example workbook".',
  emptySheet: "This sheet is empty.",
  sheetsLabel: "Sheets",
  previewLabel: "Workbook preview",
  gridLabel: (sheet: string) => `Cells of ${sheet}`,
  markedCells: (count: number) => `${count} marked ${count === 1 ? "cell" : "cells"}`,
  window: (from: string, to: string, last: string) =>
    `Showing ${from}:${to}; the sheet runs to ${last}. Selecting a finding moves the view to its cell.`,
  noSheet: (sheet: string) => `The workbook has no sheet named "${sheet}".`,
  badAddress: (address: string) => `"${address}" is not a cell address.`,
  opening: (name: string) => `Opening ${name}…`,
  opened: (name: string, sheets: number) =>
    `Opened ${name} (${sheets} ${sheets === 1 ? "sheet" : "sheets"}). Nothing has left this browser.`,
  openFailed: (name: string, reason: string) =>
    `Could not open ${name}: ${reason} No workbook is open now: open another file or load the example.`,
  exampleFailed: (status: string) => `The example workbook could not be loaded (${status}).`,
  download: "Download summary",
  downloadValuesCopy: "Download values-only copy",
  downloadName: (source: string) => `${source.replace(/\.xlsx$/i, "") || "workbook"}-summary.xlsx`,
  storageUnavailable:
    "This browser does not allow saving (private mode or storage blocked); the catalogue is used for this visit only.",
} as const;
