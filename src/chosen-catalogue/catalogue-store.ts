import type { Catalogue, CatalogueLoad } from "../core/catalogue/types";

/** Reads catalogue text (JSON or CSV) into a catalogue: parseCatalogueText, given by the page. */
export type CatalogueParser = (text: string, fileName: string) => CatalogueLoad;

/**
 * The catalogue shared by the task pane and the KPI functions. In the shared runtime both run
 * in one page, so one store object serves both: the pane sets it when the user chooses a
 * catalogue (and saves it in the workbook); KPI.STATUS reads it. There is no fallback: until
 * the workbook's own catalogue is restored or the user chooses one (the built-in example
 * included), KPI.STATUS answers #N/A rather than use targets nobody chose.
 */
export interface CatalogueStore {
  /** The chosen catalogue, or undefined while none is chosen or restored yet. */
  current(): Catalogue | undefined;
  /** Where current() came from, for the pane and for KPI.STATUS messages ("" while none). */
  origin(): string;
  set(catalogue: Catalogue, origin: string): void;
  /** True once a catalogue was set or restored from the workbook. */
  isChosen(): boolean;
  /**
   * Restores the catalogue saved in the workbook, once: the pane and KPI.STATUS both call
   * this, whichever starts first, and share the same attempt. A failure leaves none chosen.
   */
  restore(loadSaved: () => Promise<string | undefined>): Promise<void>;
  /** Calls `listener` after every change of catalogue (set or restored); returns a function that stops it. */
  onChange(listener: () => void): () => void;
  /**
   * How restore reads the saved text. The task pane page gives parseCatalogueText when it loads
   * (it needs the parser anyway); the functions' own bundle then carries no parser, schema
   * compiler or CSV reader. Without a parser, restore leaves none chosen.
   */
  useParser(parse: CatalogueParser): void;
}

export function createCatalogueStore(): CatalogueStore {
  let chosen: { catalogue: Catalogue; origin: string } | undefined;
  let restoring: Promise<void> | undefined;
  let parser: CatalogueParser | undefined;
  const listeners = new Set<() => void>();
  const choose = (catalogue: Catalogue, origin: string): void => {
    chosen = { catalogue, origin };
    for (const listener of [...listeners]) listener();
  };
  return {
    restore: (loadSaved) => {
      // Without a parser yet, nothing is tried, so a later call (once the page gave one) still restores.
      const parse = parser;
      if (parse === undefined) return Promise.resolve();
      return (restoring ??= loadSaved().then(
        (text) => {
          if (text === undefined || chosen !== undefined) return;
          const load = parse(text, "saved catalogue.json");
          if (load.ok) choose(load.catalogue, "saved in this workbook");
        },
        () => undefined,
      ));
    },
    current: () => chosen?.catalogue,
    origin: () => chosen?.origin ?? "",
    set: choose,
    isChosen: () => chosen !== undefined,
    useParser: (parse) => {
      parser = parse;
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * The one store of this page. Module state on purpose: the shared runtime's pane and
 * functions are two entry points into the same page, and this is the seam between them.
 */
export const sharedCatalogueStore: CatalogueStore = createCatalogueStore();
