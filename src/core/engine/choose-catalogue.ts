import type { Catalogue, CatalogueLoad } from "../catalogue/types";
import { loadCatalogue } from "../catalogue";
import { loadCatalogueSheet } from "../catalogue/catalogue-sheet";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import exampleCatalogue from "../../../examples/catalogue.json";

export { CATALOGUE_SHEET } from "../catalogue/catalogue-sheet";

export type CatalogueOrigin = "supplied" | "workbook" | "built-in";

export type CatalogueChoice =
  | {
      readonly ok: true;
      readonly catalogue: Catalogue;
      readonly origin: CatalogueOrigin;
      readonly warnings: readonly { path: string; message: string }[];
    }
  | {
      readonly ok: false;
      readonly origin: CatalogueOrigin;
      readonly problems: readonly { path: string; message: string }[];
    };

/** The built-in example catalogue (examples/catalogue.json), loaded and checked like any other. */
export function builtInCatalogue(): CatalogueLoad {
  return loadCatalogue(exampleCatalogue);
}

/**
 * Which catalogue to check a workbook against: the one the user supplied; else the
 * workbook's own "Catalogue" sheet (name matched ignoring case); else the built-in example.
 */
export function chooseCatalogue(workbook: WorkbookSnapshot, supplied?: CatalogueLoad): CatalogueChoice {
  const choose = (load: CatalogueLoad, origin: CatalogueOrigin): CatalogueChoice =>
    load.ok
      ? { ok: true, catalogue: load.catalogue, origin, warnings: load.warnings }
      : { ok: false, origin, problems: load.problems };
  if (supplied) return choose(supplied, "supplied");
  const own = loadCatalogueSheet(workbook);
  if (own) return choose(own, "workbook");
  return choose(builtInCatalogue(), "built-in");
}
