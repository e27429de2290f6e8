export { columnLetter, LAST_EXCEL_COLUMN } from "./column-letter";
export { columnIndex } from "./column-index";
export { cellAddress, LAST_EXCEL_ROW } from "./cell-address";
export { parseRange } from "./parse-range";
export type { CellRange } from "./parse-range";
export { formatRange } from "./format-range";
export { quoteSheetName, sheetAddress } from "./quote-sheet-name";
