import { ValueType, type Cell, type CellRichTextValue } from "exceljs";
import type { CellValue } from "../../../src/core/cells/cell-value";

/**
 * The core CellValue of one exceljs cell: what Excel shows in the cell, as data.
 *
 * Source: exceljs 4.x `Cell.type` / `Cell.value` (lib/doc/cell.js). Numbers, text, booleans and
 * dates pass through; rich text becomes its joined plain text; a hyperlink becomes its display
 * text; a formula becomes its cached result (null when the file has none); an error becomes
 * `{ error: "#N/A" }`; a blank cell and the covered cells of a merged area become null
 * (exceljs repeats the master's value there, Excel does not).
 *
 * @example cellValueFromExcelJs(cellHolding({ formula: "1/0", result: { error: "#DIV/0!" } })) // { error: "#DIV/0!" }
 */
export function cellValueFromExcelJs(cell: Cell): CellValue {
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return null;
    case ValueType.Formula:
      return plainValue(cell.result);
    default:
      return plainValue(cell.value);
  }
}

/** The formula text of an exceljs cell as Excel shows it ("=A1*2"), or "" for a constant. */
export function formulaFromExcelJs(cell: Cell): string {
  if (cell.type !== ValueType.Formula) return "";
  // For a shared-formula child, exceljs 4.4 translates the master's formula to this cell.
  const text = cell.formula;
  return typeof text === "string" && text !== "" ? `=${text}` : "";
}

function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("error" in value && typeof value.error === "string") return { error: value.error };
    if ("richText" in value) return richTextToPlain(value as CellRichTextValue);
    if ("text" in value) return hyperlinkText(value.text);
  }
  return null;
}

function richTextToPlain(value: CellRichTextValue): string {
  return Array.isArray(value.richText) ? value.richText.map((run) => run.text ?? "").join("") : "";
}

function hyperlinkText(text: unknown): string {
  if (typeof text === "string") return text;
  if (typeof text === "object" && text !== null && "richText" in text)
    return richTextToPlain(text as CellRichTextValue);
  return text === null || text === undefined ? "" : String(text);
}
