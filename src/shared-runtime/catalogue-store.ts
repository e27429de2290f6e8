import type { Catalogue } from "../core/catalogue/types";
import { builtInCatalogue } from "../core/engine";
import { parseCatalogueText } from "../core/catalogue";

/**
 * The catalogue shared by the task pane and the KPI functions. In the shared runtime both run
 * in one page, so one store object serves both: the pane sets it when the user chooses a
 * catalogue (and saves it in the workbook); KPI.STATUS reads it.
 */
export interface CatalogueStore {
  /** The chosen catalogue; the built-in example until one is chosen or restored. */
  current(): Catalogue;
  /** Where current() came from, for the pane and for KPI.STATUS messages. */
  origin(): string;
  set(catalogue: Catalogue, origin: string): void;
  /** True once a catalogue was set or restored from the workbook (not just the fallback). */
  isChosen(): boolean;
  /**
   * Restores the catalogue saved in the workbook, once: the pane and KPI.STATUS both call
   * this, whichever starts first, and share the same attempt. A failure leaves the fallback.
   */
  restore(loadSaved: () => Promise<string | undefined>): Promise<void>;
}

export function createCatalogueStore(): CatalogueStore {
  const fallback = builtInCatalogue();
  let chosen: { catalogue: Catalogue; origin: string } | undefined;
  let restoring: Promise<void> | undefined;
  const empty: Catalogue = { name: "empty", version: "0", indicators: [] };
  return {
    restore: (loadSaved) =>
      (restoring ??= loadSaved().then(
        (text) => {
          if (text === undefined || chosen !== undefined) return;
          const load = parseCatalogueText(text, "saved catalogue.json");
          if (load.ok) chosen = { catalogue: load.catalogue, origin: "saved in this workbook" };
        },
        () => undefined,
      )),
    current: () => chosen?.catalogue ?? (fallback.ok ? fallback.catalogue : empty),
    origin: () => chosen?.origin ?? "built-in example",
    set: (catalogue, origin) => {
      chosen = { catalogue, origin };
    },
    isChosen: () => chosen !== undefined,
  };
}

/**
 * The one store of this page. Module state on purpose: the shared runtime's pane and
 * functions are two entry points into the same page, and this is the seam between them.
 */
export const sharedCatalogueStore: CatalogueStore = createCatalogueStore();
