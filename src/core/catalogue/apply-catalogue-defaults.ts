import { DEFAULT_GRADE_TOLERANCE } from "../grades/grade-rag";
import { readGradeCell } from "../grades/read-grade-cell";
import { readGradeScale, scalePolarity } from "../grades/read-grade-scale";
import type { GradeScale } from "../grades/types";
import type { CatalogueJson, IndicatorJson } from "./catalogue-json";
import type { Catalogue, Indicator } from "./types";

/** Defaults applied on load. Source: catalogue/types.ts ("Default 0.05 relative"; percentScale "0-100"). */
export const CATALOGUE_DEFAULTS = {
  aliases: [] as readonly string[],
  tolerance: 0.05,
  toleranceMode: "relative",
  percentScale: "0-100",
} as const;

/** Defaults for grade indicators: one grade of tolerance, counted in whole grades; grades show no decimals. */
export const GRADE_DEFAULTS = {
  tolerance: DEFAULT_GRADE_TOLERANCE,
  toleranceMode: "absolute",
  decimals: 0,
} as const;

/** A target or floor as a number: a grade word read through the scale (NaN if it is not a grade, which the checks refuse first). */
function asNumber(value: number | string, scale: GradeScale | undefined): number {
  if (typeof value === "number") return value;
  const reading = scale ? readGradeCell(value, scale) : undefined;
  return reading?.kind === "grade" ? reading.grade.value : Number.NaN;
}

/**
 * One indicator with the defaults filled in (aliases [], tolerance 0.05, toleranceMode
 * relative, percentScale "0-100" for percent units) and no fields beyond the catalogue's.
 * A grade indicator gets its scale as a name or its grades (lowest number first), the polarity
 * of its scale, tolerance 1 (whole grades, mode absolute), decimals 0, and grade words in its
 * targets and floor as the grades' numbers.
 * Source: CATALOGUE_DEFAULTS, GRADE_DEFAULTS.
 * Bad input: none; it takes data that passed the schema and the semantic checks.
 * @example indicatorWithDefaults({ id: "A", name: "A", polarity: "higher", unit: "percent" }).percentScale // "0-100"
 * @example indicatorWithDefaults({ id: "O", name: "O", unit: "grade", scale: "ofsted", target: "Good" }).target // 2
 */
export function indicatorWithDefaults(raw: IndicatorJson): Indicator {
  const optional = <K extends keyof IndicatorJson>(key: K): Partial<Pick<IndicatorJson, K>> =>
    raw[key] === undefined ? {} : ({ [key]: raw[key] } as Partial<Pick<IndicatorJson, K>>);
  const grades = raw.unit === "grade" ? readGradeScale(raw.scale) : undefined;
  const scale = grades?.ok ? grades.scale : undefined;
  const grade = raw.unit === "grade";
  const target = raw.target;
  return {
    id: raw.id,
    name: raw.name,
    aliases: raw.aliases ? [...raw.aliases] : CATALOGUE_DEFAULTS.aliases,
    ...optional("description"),
    polarity: scale ? scalePolarity(scale) : (raw.polarity ?? "neutral"),
    unit: raw.unit,
    ...(raw.unit === "percent" ? { percentScale: raw.percentScale ?? CATALOGUE_DEFAULTS.percentScale } : {}),
    ...(grades?.ok ? { scale: grades.spec } : {}),
    ...(grade ? { decimals: raw.decimals ?? GRADE_DEFAULTS.decimals } : optional("decimals")),
    ...optional("frequency"),
    ...optional("measureType"),
    ...(target === undefined
      ? {}
      : {
          target:
            typeof target === "object"
              ? Object.fromEntries(Object.entries(target).map(([period, t]) => [period, asNumber(t, scale)]))
              : asNumber(target, scale),
        }),
    tolerance: raw.tolerance ?? (grade ? GRADE_DEFAULTS.tolerance : CATALOGUE_DEFAULTS.tolerance),
    toleranceMode:
      raw.toleranceMode ?? (grade ? GRADE_DEFAULTS.toleranceMode : CATALOGUE_DEFAULTS.toleranceMode),
    ...(raw.floor === undefined ? {} : { floor: asNumber(raw.floor, scale) }),
    ...(raw.benchmarks === undefined ? {} : { benchmarks: { ...raw.benchmarks } }),
    ...optional("outcomeArea"),
    ...optional("portfolio"),
    ...optional("owner"),
    ...optional("mandatory"),
    ...optional("plausibleMin"),
    ...optional("plausibleMax"),
    ...optional("intervention"),
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
