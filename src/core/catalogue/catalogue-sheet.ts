import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { CATALOGUE_SHEET, loadCatalogueFromCells } from "./load-catalogue-from-cells";
import type { CatalogueLoad } from "./types";

export { CATALOGUE_SHEET };

/**
 * The workbook's "Catalogue" sheet, if it has one. The one rule the engine, the CLI's
 * `--catalogue book.xlsx` and the pane's "Catalogue sheet" choice all use.
 * Bad input: none; a workbook without one gives undefined.
 * @example findCatalogueSheet({ source: "a", sheets: [{ name: " catalogue ", ... }] })?.name // " catalogue "
 */
export function findCatalogueSheet(workbook: WorkbookSnapshot): SheetSnapshot | undefined {
  return workbook.sheets.find((sheet) => sheet.name.trim().toLowerCase() === CATALOGUE_SHEET.toLowerCase());
}

/**
 * The catalogue on the workbook's "Catalogue" sheet, read with the cells' number formats (so a
 * 0.8 shown as 80% is a percentage), or undefined when there is no such sheet.
 */
export function loadCatalogueSheet(workbook: WorkbookSnapshot): CatalogueLoad | undefined {
  const sheet = findCatalogueSheet(workbook);
  return sheet ? loadCatalogueFromCells(sheet.values, sheet.name, sheet.numberFormats) : undefined;
}
