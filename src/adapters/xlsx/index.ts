export {
  readWorkbookSnapshot,
  DEFAULT_MAX_CELLS,
  type ReadResult,
  type ReadOptions,
  type ReadPlace,
} from "./read-snapshot";
export { writeSummaryWorkbook, TEXT_FORMAT, type WriteSummaryOptions } from "./write-plan";
export { writeWorkbookWithSheets, type SheetToWrite } from "./write-sheets";
export { sanitizeSheetName, uniqueSheetNames, MAX_SHEET_NAME_LENGTH } from "./sheet-name";
export { InvalidPlanError } from "./plan-style";
export { DEFAULT_CREATOR, type WorkbookPropertiesOptions } from "./new-workbook";
