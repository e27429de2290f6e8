import type { Indicator } from "./types";

/**
 * A catalogue as written in JSON, before defaults: what schema/catalogue.schema.json accepts.
 * loadCatalogue turns it into a `Catalogue` (aliases [], tolerance 0.05 relative, percentScale "0-100").
 */
export type IndicatorJson = Omit<Indicator, "aliases"> & { readonly aliases?: readonly string[] };

/** The whole catalogue file as written: name, version, optional description, the indicators. */
export interface CatalogueJson {
  readonly $schema?: string;
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly indicators: readonly IndicatorJson[];
}
