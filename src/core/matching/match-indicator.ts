import type { Catalogue } from "../catalogue/types";
import { indexCatalogue } from "./index-catalogue";
import type { IndicatorMatch } from "./types";

/**
 * Finds the catalogue indicator for one scorecard row, by id first, then by name or alias,
 * else suggests the closest name (rules in `indexCatalogue`). Builds the index on every call:
 * to match many rows, call `indexCatalogue` once and use its `match`.
 *
 * Bad input: blank ids and names give `{ kind: "none" }`; a malformed catalogue matches
 * nothing.
 *
 * @example matchIndicator(catalogue, "3", undefined) // { kind: "id", indicator: { id: "3", … } }
 * @example matchIndicator(catalogue, undefined, "RAISE the level of attendance - primary schools") // { kind: "name", indicator: … }
 * @example matchIndicator(catalogue, "", "") // { kind: "none" }
 */
export function matchIndicator(
  catalogue: Catalogue,
  id: string | number | undefined,
  name: string | number | undefined,
): IndicatorMatch {
  return indexCatalogue(catalogue).match(id, name);
}
