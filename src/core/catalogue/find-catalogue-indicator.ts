import type { Catalogue, Indicator } from "./types";

/**
 * The indicator with this id, matched exactly but ignoring case and surrounding spaces
 * ("cs-ia" finds "CS-IA"). Names and aliases are not searched: that is matching's job.
 * Source: catalogue ids are unique ignoring case (loadCatalogue checks it).
 * Bad input (not text, a malformed catalogue, no such id): undefined.
 * @example findCatalogueIndicator(catalogue, " cs-ia ")?.id // "CS-IA"
 */
export function findCatalogueIndicator(catalogue: Catalogue, id: string): Indicator | undefined {
  if (typeof id !== "string" || !Array.isArray(catalogue?.indicators)) return undefined;
  const wanted = id.trim().toLowerCase();
  if (wanted === "") return undefined;
  return catalogue.indicators.find(
    (indicator) => typeof indicator?.id === "string" && indicator.id.toLowerCase() === wanted,
  );
}
