import { checkCatalogue } from "./check-catalogue";
import type { CatalogueLoad } from "./types";

/**
 * Loads a catalogue from parsed JSON: checks it against schema/catalogue.schema.json and
 * the rules a schema cannot express (unique ids, a name or alias on one indicator only,
 * plausibleMin <= plausibleMax, percentScale only on percent, a floor on the worse side of
 * the target), reports EVERY problem located by JSON pointer, and applies the defaults
 * (aliases [], tolerance 0.05 relative, percentScale "0-100" for percent).
 * Source: schema/catalogue.schema.json; docs/rules.md for the semantic rules.
 * Bad input: anything (null, a list, a string) gives `ok: false` with problems; never throws.
 * @example loadCatalogue({ name: "x", version: "1", indicators: [{ id: "A", name: "A", polarity: "up", unit: "count" }] })
 * // { ok: false, problems: [{ path: "/indicators/0/polarity", message: 'Indicator "A": polarity must be one of higher, lower, target, neutral (found "up").' }] }
 */
export function loadCatalogue(data: unknown): CatalogueLoad {
  return checkCatalogue(data, (index) => `/indicators/${index}`);
}
