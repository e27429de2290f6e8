/**
 * Every sentence the Office.js adapter shows or throws, in one place. Plain English for the
 * people using the pane; never a stack trace.
 */
export const EXCEL_MESSAGES = {
  notInExcel: (): string =>
    "Scorecard Kit's task pane works inside Excel. Open the workbook in Excel to use it.",
  excelTooOld: (version: string): string =>
    `This version of Excel is too old for Scorecard Kit (it needs Excel JavaScript API ${version}: ` +
    "Excel 2019 or later, Microsoft 365, or Excel on the web). Update Excel or use Excel on the web.",
  sheetNotFound: (sheet: string): string =>
    `The sheet "${sheet}" is no longer in this workbook (it may have been renamed or deleted).`,
  cellNotFound: (sheet: string, address: string): string =>
    `Cannot go to ${address} on the sheet "${sheet}": the sheet or cell is no longer there.`,
  invalidColour: (where: string, colour: string): string =>
    `The summary plan gives ${where} the colour "${colour}"; colours must be written #RRGGBB.`,
  fileNotRead: (reason: string): string =>
    `Excel did not hand over the workbook's file (${reason}). Save the workbook and try again, or use the scorecard command's "freeze" on the saved file.`,
  fileNotAvailable:
    "This Excel cannot hand the workbook's file to add-ins (the File 1.1 requirement set). Save the workbook and use the browser workbench or the scorecard command's \"freeze\" instead.",
  copyNotOpened: (reason: string): string =>
    `The values-only copy was made but Excel could not open it as a new workbook (${reason}). If a pop-up blocker is on, allow this add-in and try again.`,
  missingSheet: (index: number): string =>
    `Internal error: no worksheet at position ${index} of the read plan.`,
} as const;
