import type { CatalogueLoad } from "../core/catalogue/types";
import { parseCatalogueText, loadCatalogueFromCells } from "../core/catalogue";
import { CATALOGUE_SHEET } from "../core/engine";
import { readWorkbookSnapshot } from "../adapters/xlsx";
import { readInputFile } from "./io";

/**
 * Loads a catalogue file named on the command line: JSON, CSV, or a workbook's
 * "Catalogue" sheet. Every failure is a CatalogueLoad with located problems.
 */
export async function loadCatalogueFile(file: string): Promise<CatalogueLoad> {
  const read = readInputFile(file);
  if (!read.ok) return { ok: false, problems: [{ path: file, message: read.reason }] };
  if (/\.xlsx$/i.test(file)) {
    const workbook = await readWorkbookSnapshot(read.data, file);
    if (!workbook.ok) return { ok: false, problems: [{ path: file, message: workbook.reason }] };
    const sheet = workbook.snapshot.sheets.find((s) => s.name.trim().toLowerCase() === CATALOGUE_SHEET.toLowerCase());
    if (!sheet) return { ok: false, problems: [{ path: file, message: `The workbook has no sheet named "${CATALOGUE_SHEET}" (sheets: ${workbook.snapshot.sheets.map((s) => s.name).join(", ")}).` }] };
    return loadCatalogueFromCells(sheet.values, sheet.name, sheet.numberFormats);
  }
  return parseCatalogueText(new TextDecoder("utf-8").decode(read.data), file);
}
