/**
 * The numbers the Office.js adapter works to, each named once with where it comes from.
 */

/**
 * Excel on the web refuses a request or response bigger than 5 MB (`RequestPayloadSizeLimitExceeded`,
 * a RichApi.Error). Source: Microsoft Learn, "Resource limits and performance optimization for
 * Office Add-ins" > "Excel add-ins", and "Payload size limit best practices". Desktop Excel has no
 * such limit, but the same batches work there too.
 */
// Taken as 5,000,000 bytes, the smaller reading of "5MB".
export const EXCEL_WEB_PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * What one read batch (one `context.sync()`) may carry, by estimate: 4 MB, a fifth below the
 * 5 MB limit because the estimate below is only an estimate.
 */
export const DEFAULT_PAYLOAD_BUDGET_BYTES = 4_000_000;

/**
 * Estimated bytes one cell costs per loaded property in the JSON response: a number like
 * 0.123456789 or a short label plus quotes and a comma is 10–20 bytes; 40 leaves room for
 * longer text. Long commentary cells cost more, hence the margin in the budget above.
 */
export const ESTIMATED_BYTES_PER_CELL_PER_PROPERTY = 40;

/**
 * Range properties read for the snapshot. `valueTypes` tells a real error ("Error") from the
 * same text typed into a cell ("String") and an empty cell ("Empty") from a formula returning "".
 */
export const SNAPSHOT_RANGE_PROPERTIES = ["values", "numberFormat", "formulas", "valueTypes"] as const;

/** Estimated response bytes per cell when reading the snapshot (40 × 4 = 160). */
export const ESTIMATED_BYTES_PER_SNAPSHOT_CELL =
  ESTIMATED_BYTES_PER_CELL_PER_PROPERTY * SNAPSHOT_RANGE_PROPERTIES.length;

/** Excel's own limits and formats, shared with the exceljs writer. */
export {
  GENERAL_FORMAT,
  MAX_CELL_TEXT_LENGTH,
  MAX_COLUMN_WIDTH_CHARACTERS,
  MAX_SHEET_NAME_LENGTH,
  TEXT_FORMAT,
} from "../core/workbook/excel-rules";

/**
 * Column widths: plans give characters of the default font (Calibri 11), Office.js wants points.
 * One character is 7 pixels and Excel adds 5 pixels of padding (Microsoft's Open XML
 * `ColumnWidth` description: pixels = characters × 7 + 5); a pixel is 0.75 point at 96 DPI.
 */
export const PIXELS_PER_CHARACTER = 7;
export const COLUMN_PADDING_PIXELS = 5;
export const POINTS_PER_PIXEL = 0.75;

/**
 * The most finding cells highlighted at once. Each cell costs a few hundred bytes of request
 * (a range, its fill, a load, a write) plus ~120 bytes in the saved setting, so 5,000 cells stay
 * well inside Excel on the web's 5 MB per request; past that, colouring cells stops helping anyone.
 * Errors are highlighted before warnings.
 */
export const MAX_HIGHLIGHTED_CELLS = 5_000;

/** Fill colours for highlighted findings: Excel's "Bad" and "Neutral" cell styles. */
export const HIGHLIGHT_FILLS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/** Workbook settings this add-in keeps (saved in the file; ExcelApi 1.4 `workbook.settings`). */
export const SETTING_KEYS = {
  catalogue: "scorecardKit.catalogue",
  highlights: "scorecardKit.highlights",
} as const;

/**
 * Prefix of the hidden workbook-scoped names that mark the sheets this add-in generated
 * (see generated-markers.ts): "ScorecardKit_generated_1" refers to A1 of a generated sheet.
 */
export const MARKER_NAME_PREFIX = "ScorecardKit_generated_";
