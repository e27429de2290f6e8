import { CLI_MESSAGES } from "./messages";
import type { CatalogueLoad, CatalogueProblem } from "../core/catalogue/types";
import {
  CATALOGUE_MESSAGES,
  CATALOGUE_SHEET,
  loadCatalogueSheet,
  MAX_CATALOGUE_BYTES,
  megabytes,
  parseCatalogueText,
} from "../core/catalogue";
import { readWorkbookSnapshot } from "../adapters/xlsx/read-snapshot";
import { inflateWithZlib } from "../adapters/xlsx/read-snapshot/node-inflate";
import { readInputFile } from "./io";

/** A catalogue file as loaded; `unreadable` when the file itself could not be read (missing, a folder, a damaged workbook). */
export type CatalogueFileLoad =
  | CatalogueLoad
  | { readonly ok: false; readonly problems: readonly CatalogueProblem[]; readonly unreadable: true };

/**
 * Loads a catalogue file named on the command line: JSON, CSV, or a workbook's "Catalogue"
 * sheet. Every failure is a CatalogueLoad with located problems; a file that cannot be read at
 * all is marked `unreadable` (exit 2, where a catalogue with problems is exit 1).
 */
export async function loadCatalogueFile(file: string): Promise<CatalogueFileLoad> {
  const cannotRead = (message: string): CatalogueFileLoad => ({
    ok: false,
    problems: [{ path: file, message }],
    unreadable: true,
  });
  // Refused before reading: a huge file would take gigabytes of memory to parse.
  const read = readInputFile(file, {
    bytes: MAX_CATALOGUE_BYTES,
    reason: (size) => CATALOGUE_MESSAGES.tooLarge(megabytes(size), megabytes(MAX_CATALOGUE_BYTES), file),
  });
  if (!read.ok) return cannotRead(read.reason);
  if (/\.xlsx$/i.test(file)) {
    const workbook = await readWorkbookSnapshot(read.data, file, { inflateWhole: inflateWithZlib });
    if (!workbook.ok) return cannotRead(workbook.reason);
    const own = loadCatalogueSheet(workbook.snapshot);
    if (!own)
      return {
        ok: false,
        problems: [
          {
            path: file,
            message: CLI_MESSAGES.noCatalogueSheet(
              CATALOGUE_SHEET,
              workbook.snapshot.sheets.map((s) => s.name),
            ),
          },
        ],
      };
    return own;
  }
  return parseCatalogueText(new TextDecoder("utf-8").decode(read.data), file);
}
