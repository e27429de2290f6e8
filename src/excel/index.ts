export { createOfficeWorkbook, THIS_WORKBOOK, type OfficeWorkbookOptions } from "./office-workbook";
export {
  checkExcelSupport,
  REQUIRED_EXCEL_API,
  type ExcelSupport,
  type RequirementSets,
} from "./requirements";
export { ExcelAdapterError, type ExcelAdapterErrorReason } from "./errors";
export { DEFAULT_PAYLOAD_BUDGET_BYTES, SETTING_KEYS } from "./limits";
