import { parse } from "csv-parse/sync";
import { loadCatalogue } from "./load-catalogue";
import { loadCatalogueFromCells } from "./load-catalogue-from-cells";
import { MAX_CATALOGUE_BYTES, megabytes } from "./catalogue-limits";
import { CATALOGUE_MESSAGES } from "./messages";
import type { CatalogueLoad } from "./types";

/** The file's name without folders: "C:\\data\\catalogue.csv" -> "catalogue.csv". */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

/**
 * Loads a catalogue file's text: JSON (a ".json" name, or text starting with "{" or "[")
 * through loadCatalogue, anything else as CSV (csv-parse) through loadCatalogueFromCells,
 * with the file's name without extension as the sheet name for places ("catalogue.csv" ->
 * "catalogue!D5") and the file's name as the catalogue's name ("catalogue.csv", version
 * "no version") unless catalogueName and catalogueVersion columns say otherwise.
 * Source: README "Catalogue format"; RFC 4180 CSV as csv-parse reads it.
 * Bad input: text that is not JSON or CSV, or longer than MAX_CATALOGUE_BYTES, gives one problem
 * located at the file name; never throws.
 * @example parseCatalogueText("{", "catalogue.json").ok // false, with a problem at "catalogue.json"
 */
export function parseCatalogueText(text: string, fileName: string): CatalogueLoad {
  const file = typeof fileName === "string" ? fileName : "";
  const content = typeof text === "string" ? text.replace(/^\uFEFF/, "") : "";
  const base = baseName(file);
  // Characters, not bytes: each takes at least one byte in the file, so the limit is never stricter.
  if (content.length > MAX_CATALOGUE_BYTES)
    return problemInFile(
      file,
      CATALOGUE_MESSAGES.tooLarge(megabytes(content.length), megabytes(MAX_CATALOGUE_BYTES)),
    );
  if (/\.json$/i.test(base) || /^\s*[{[]/.test(content)) {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (error) {
      return problemInFile(file, CATALOGUE_MESSAGES.invalidJson(errorDetail(error)));
    }
    return loadCatalogue(data);
  }
  let rows: string[][];
  try {
    rows = parse(content, { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (error) {
    return problemInFile(file, CATALOGUE_MESSAGES.invalidCsv(errorDetail(error)));
  }
  const sheetName = base.replace(/\.[^.]*$/, "");
  return loadCatalogueFromCells(rows, sheetName === "" ? undefined : sheetName, undefined, base);
}

/** A load that failed with one problem about the whole file. */
function problemInFile(file: string, message: string): CatalogueLoad {
  return { ok: false, problems: [{ path: file, message }] };
}

/** What a parser said went wrong. */
function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
