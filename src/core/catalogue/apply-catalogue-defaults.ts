import type { CatalogueJson, IndicatorJson } from "./catalogue-json";
import type { Catalogue, Indicator } from "./types";

/** Defaults applied on load. Source: catalogue/types.ts ("Default 0.05 relative"; percentScale "0-100"). */
export const CATALOGUE_DEFAULTS = {
  aliases: [] as readonly string[],
  tolerance: 0.05,
  toleranceMode: "relative",
  percentScale: "0-100",
} as const;

/**
 * One indicator with the defaults filled in (aliases [], tolerance 0.05, toleranceMode
 * relative, percentScale "0-100" for percent units) and no fields beyond the catalogue's.
 * Source: CATALOGUE_DEFAULTS.
 * Bad input: none; it takes data that passed the schema.
 * @example indicatorWithDefaults({ id: "A", name: "A", polarity: "higher", unit: "percent" }).percentScale // "0-100"
 */
export function indicatorWithDefaults(raw: IndicatorJson): Indicator {
  const optional = <K extends keyof IndicatorJson>(key: K): Partial<Pick<IndicatorJson, K>> =>
    raw[key] === undefined ? {} : ({ [key]: raw[key] } as Partial<Pick<IndicatorJson, K>>);
  return {
    id: raw.id,
    name: raw.name,
    aliases: raw.aliases ? [...raw.aliases] : CATALOGUE_DEFAULTS.aliases,
    ...optional("description"),
    polarity: raw.polarity,
    unit: raw.unit,
    ...(raw.unit === "percent" ? { percentScale: raw.percentScale ?? CATALOGUE_DEFAULTS.percentScale } : {}),
    ...optional("decimals"),
    ...optional("frequency"),
    ...optional("measureType"),
    ...(raw.target === undefined
      ? {}
      : { target: typeof raw.target === "number" ? raw.target : { ...raw.target } }),
    tolerance: raw.tolerance ?? CATALOGUE_DEFAULTS.tolerance,
    toleranceMode: raw.toleranceMode ?? CATALOGUE_DEFAULTS.toleranceMode,
    ...optional("floor"),
    ...(raw.benchmarks === undefined ? {} : { benchmarks: { ...raw.benchmarks } }),
    ...optional("outcomeArea"),
    ...optional("portfolio"),
    ...optional("owner"),
    ...optional("mandatory"),
    ...optional("plausibleMin"),
    ...optional("plausibleMax"),
    ...(raw.spc === undefined
      ? {}
      : { spc: { ...raw.spc, ...(raw.spc.rebase ? { rebase: [...raw.spc.rebase] } : {}) } }),
  };
}

/**
 * The catalogue with defaults applied to every indicator ($schema dropped).
 * Source: CATALOGUE_DEFAULTS.
 * Bad input: none; it takes data that passed the schema.
 * @example catalogueWithDefaults({ name: "x", version: "1", indicators: [] }) // { name: "x", version: "1", indicators: [] }
 */
export function catalogueWithDefaults(raw: CatalogueJson): Catalogue {
  return {
    name: raw.name,
    version: raw.version,
    ...(raw.description === undefined ? {} : { description: raw.description }),
    indicators: raw.indicators.map(indicatorWithDefaults),
  };
}
