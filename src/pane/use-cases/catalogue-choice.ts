import {
  CATALOGUE_SHEET,
  loadCatalogueSheet,
  parseCatalogueText,
  type Catalogue,
  type CatalogueLoad,
} from "../../core/catalogue";
import { builtInCatalogue } from "../../core/engine";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import { PANE_TEXT } from "../pane-messages";
import type { WorkbookPort } from "../../core/workbook/workbook-port";
import { errorText } from "./error-text";

/** Where the pane's catalogue comes from. "automatic" is the engine's own choice (as the CLI). */
export type CatalogueSourceKind = "automatic" | "built-in" | "workbook-sheet" | "file" | "url" | "saved";

/** A catalogue the user chose (or the automatic choice), with how it loaded. */
export interface ChosenCatalogue {
  readonly kind: CatalogueSourceKind;
  /** Where it came from, in words: "built-in example", "file catalogue.csv". */
  readonly origin: string;
  /** Absent for "automatic": the engine decides per workbook. */
  readonly load?: CatalogueLoad;
}

/** The part of the shared catalogue store the pane writes to (src/chosen-catalogue). */
export interface CatalogueSink {
  set(catalogue: Catalogue, origin: string): void;
}

/** What the pane needs of `fetch`: injected so tests run without a network. */
export type FetchText = (url: string) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  text(): Promise<string>;
}>;

const failed = (path: string, message: string): CatalogueLoad => ({
  ok: false,
  problems: [{ path, message }],
});

export const AUTOMATIC_CATALOGUE: ChosenCatalogue = {
  kind: "automatic",
  origin: PANE_TEXT.catalogueAutomatic,
};

/** The built-in example catalogue (examples/catalogue.json). */
export function builtInChoice(): ChosenCatalogue {
  return { kind: "built-in", origin: PANE_TEXT.originBuiltIn, load: builtInCatalogue() };
}

/**
 * The catalogue on the workbook's "Catalogue" sheet (name matched ignoring case, as the engine
 * does). Bad input: no such sheet gives a failed load located at the sheet name.
 */
export function workbookSheetChoice(snapshot: WorkbookSnapshot): ChosenCatalogue {
  // With the cells' number formats, as the engine and the CLI read it.
  const load =
    loadCatalogueSheet(snapshot) ?? failed(CATALOGUE_SHEET, PANE_TEXT.noCatalogueSheet(CATALOGUE_SHEET));
  return { kind: "workbook-sheet", origin: PANE_TEXT.originSheet, load };
}

/**
 * A catalogue file's text (JSON or CSV, decided by parseCatalogueText); problems are located
 * by JSON path or cell address.
 * @example fileChoice("{", "catalogue.json").load.ok // false, a problem at "catalogue.json"
 */
export function fileChoice(text: string, fileName: string): ChosenCatalogue {
  return { kind: "file", origin: PANE_TEXT.originFile(fileName), load: parseCatalogueText(text, fileName) };
}

/** Reads a picked File (browser) and loads it; an unreadable file is a located problem, not a throw. */
export async function pickedFileChoice(file: {
  readonly name: string;
  text(): Promise<string>;
}): Promise<ChosenCatalogue> {
  try {
    return fileChoice(await file.text(), file.name);
  } catch (error) {
    return {
      kind: "file",
      origin: PANE_TEXT.originFile(file.name),
      load: failed(file.name, PANE_TEXT.fileUnreadable(file.name, errorText(error))),
    };
  }
}

/**
 * Checks a catalogue address: it must parse as a URL and use https. Returns the URL, or the
 * sentence saying why not.
 * @example checkCatalogueUrl("http://example.org/c.json") // { ok: false, message: "Only https:// ..." }
 */
export function checkCatalogueUrl(
  text: string,
): { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly message: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: PANE_TEXT.urlEmpty };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: PANE_TEXT.urlNotValid(trimmed) };
  }
  if (url.protocol !== "https:") return { ok: false, message: PANE_TEXT.urlNotHttps(url.protocol) };
  return { ok: true, url };
}

/**
 * Downloads a catalogue from an https address and loads it (JSON or CSV by the path's
 * extension or the text). Refuses other schemes before any request; a network failure or an
 * HTTP error is a problem located at the address. Never rejects.
 */
export async function urlChoice(text: string, fetchText: FetchText): Promise<ChosenCatalogue> {
  const checked = checkCatalogueUrl(text);
  const origin = PANE_TEXT.originUrl(text.trim());
  if (!checked.ok) return { kind: "url", origin, load: failed(text.trim(), checked.message) };
  const href = checked.url.href;
  const fileName = decodeURIComponent(checked.url.pathname.split("/").pop() ?? "") || "catalogue";
  try {
    const response = await fetchText(href);
    if (!response.ok)
      return {
        kind: "url",
        origin,
        load: failed(
          href,
          PANE_TEXT.urlFetchFailed(PANE_TEXT.urlHttpStatus(response.status, response.statusText)),
        ),
      };
    return {
      kind: "url",
      origin: PANE_TEXT.originUrl(href),
      load: parseCatalogueText(await response.text(), fileName),
    };
  } catch (error) {
    return { kind: "url", origin, load: failed(href, PANE_TEXT.urlFetchFailed(errorText(error))) };
  }
}

/**
 * Puts a successfully loaded catalogue to use: into the shared store (so KPI.STATUS sees it)
 * and saved with the workbook as JSON. Returns the save error's sentence, if saving failed
 * (the catalogue is still in use). A failed load changes nothing.
 */
export async function applyCatalogue(
  chosen: ChosenCatalogue,
  port: WorkbookPort,
  sink: CatalogueSink,
): Promise<{ readonly saveError?: string }> {
  if (!chosen.load?.ok) return {};
  sink.set(chosen.load.catalogue, chosen.origin);
  try {
    await port.saveCatalogue(catalogueJsonText(chosen.load.catalogue));
    return {};
  } catch (error) {
    return { saveError: errorText(error) };
  }
}

/**
 * A loaded catalogue as JSON text that loadCatalogue reads back to the same catalogue (defaults
 * are already applied, which the schema accepts).
 */
export function catalogueJsonText(catalogue: Catalogue): string {
  return JSON.stringify(catalogue);
}

/**
 * The catalogue saved with the workbook, if any, loaded and put in the store. A saved text that
 * no longer loads comes back as a failed choice so the pane can show its problems.
 */
export async function restoreCatalogue(
  port: WorkbookPort,
  sink: CatalogueSink,
): Promise<ChosenCatalogue | undefined> {
  const text = await port.loadSavedCatalogue();
  if (text === undefined || text.trim() === "") return undefined;
  const chosen: ChosenCatalogue = {
    kind: "saved",
    origin: PANE_TEXT.originSaved,
    load: parseCatalogueText(text, "saved catalogue.json"),
  };
  if (chosen.load?.ok) sink.set(chosen.load.catalogue, chosen.origin);
  return chosen;
}

/**
 * The catalogue to check a workbook against, from the current choice: undefined lets the engine
 * choose (automatic); the workbook's sheet is read again from this snapshot, so edits count.
 */
export function catalogueForCheck(
  chosen: ChosenCatalogue,
  snapshot: WorkbookSnapshot,
): CatalogueLoad | undefined {
  if (chosen.kind === "automatic") return undefined;
  if (chosen.kind === "workbook-sheet") return workbookSheetChoice(snapshot).load;
  return chosen.load;
}
