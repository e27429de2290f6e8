import { POLARITIES, TOLERANCE_MODES } from "../words";
import { FREQUENCIES, MEASURE_TYPES, PERCENT_SCALES, UNITS } from "./types";

/** What a column of a Catalogue sheet holds, and how its cells are read. */
export type CatalogueColumn =
  | {
      readonly kind: "text";
      readonly field: "id" | "name" | "description" | "outcomeArea" | "portfolio" | "owner" | "intervention";
    }
  | {
      readonly kind: "word";
      readonly field: "polarity" | "unit" | "percentScale" | "frequency" | "measureType" | "toleranceMode";
      readonly words: readonly string[];
    }
  | { readonly kind: "list"; readonly field: "aliases" }
  /** A grade scale: jar, ofsted, or "1=Outstanding; 2=Good; 3=Requires improvement; 4=Inadequate; best=low". */
  | { readonly kind: "scale"; readonly field: "scale" }
  | {
      readonly kind: "number";
      readonly field: "decimals" | "target" | "tolerance" | "floor" | "plausibleMin" | "plausibleMax";
    }
  | { readonly kind: "benchmark"; readonly field: "national" | "statisticalNeighbours" }
  | { readonly kind: "yesNo"; readonly field: "mandatory" }
  | { readonly kind: "periodTarget"; readonly period: string }
  | { readonly kind: "spc"; readonly field: "fixAfter" | "rebase" | "screenOutliers" | "runLength" }
  | { readonly kind: "catalogue"; readonly field: "name" | "version" | "description" };

/**
 * The columns of a Catalogue sheet, in the order catalogueToCells writes them, with their
 * header text. Per-period targets ("target Q1") come after "target"; the catalogue's own
 * name, version and description ride in the last three columns (first data row).
 * Source: catalogue/types.ts field names; README "Catalogue format".
 * Bad input: none, it is a constant.
 * @example CATALOGUE_COLUMNS[0] // { header: "id", column: { kind: "text", field: "id" } }
 */
export const CATALOGUE_COLUMNS: readonly { readonly header: string; readonly column: CatalogueColumn }[] = [
  { header: "id", column: { kind: "text", field: "id" } },
  { header: "name", column: { kind: "text", field: "name" } },
  { header: "aliases", column: { kind: "list", field: "aliases" } },
  { header: "description", column: { kind: "text", field: "description" } },
  { header: "polarity", column: { kind: "word", field: "polarity", words: POLARITIES } },
  { header: "unit", column: { kind: "word", field: "unit", words: UNITS } },
  { header: "percentScale", column: { kind: "word", field: "percentScale", words: PERCENT_SCALES } },
  { header: "decimals", column: { kind: "number", field: "decimals" } },
  { header: "frequency", column: { kind: "word", field: "frequency", words: FREQUENCIES } },
  { header: "measureType", column: { kind: "word", field: "measureType", words: MEASURE_TYPES } },
  { header: "target", column: { kind: "number", field: "target" } },
  { header: "tolerance", column: { kind: "number", field: "tolerance" } },
  { header: "toleranceMode", column: { kind: "word", field: "toleranceMode", words: TOLERANCE_MODES } },
  { header: "floor", column: { kind: "number", field: "floor" } },
  { header: "national", column: { kind: "benchmark", field: "national" } },
  { header: "statisticalNeighbours", column: { kind: "benchmark", field: "statisticalNeighbours" } },
  { header: "outcomeArea", column: { kind: "text", field: "outcomeArea" } },
  { header: "portfolio", column: { kind: "text", field: "portfolio" } },
  { header: "owner", column: { kind: "text", field: "owner" } },
  { header: "mandatory", column: { kind: "yesNo", field: "mandatory" } },
  { header: "plausibleMin", column: { kind: "number", field: "plausibleMin" } },
  { header: "plausibleMax", column: { kind: "number", field: "plausibleMax" } },
  { header: "spcFixAfter", column: { kind: "spc", field: "fixAfter" } },
  { header: "spcRebase", column: { kind: "spc", field: "rebase" } },
  { header: "spcScreenOutliers", column: { kind: "spc", field: "screenOutliers" } },
  { header: "spcRunLength", column: { kind: "spc", field: "runLength" } },
  { header: "scale", column: { kind: "scale", field: "scale" } },
  { header: "intervention", column: { kind: "text", field: "intervention" } },
  { header: "catalogueName", column: { kind: "catalogue", field: "name" } },
  { header: "catalogueVersion", column: { kind: "catalogue", field: "version" } },
  { header: "catalogueDescription", column: { kind: "catalogue", field: "description" } },
];

/** The columns that every catalogue sheet needs. Source: the schema's required indicator fields. */
export const REQUIRED_CATALOGUE_COLUMNS = ["id", "name", "polarity", "unit"] as const;

/** Header text reduced for matching: case, spaces, "_", "-" and "." ignored. */
function headerKey(text: string): string {
  return text.toLowerCase().replace(/[\s_.\-]/g, "");
}

/** Other spellings people use for a column header. */
const EXTRA_HEADERS: Readonly<Record<string, string>> = {
  alias: "aliases",
  benchmarksnational: "national",
  benchmarksstatisticalneighbours: "statisticalNeighbours",
  statisticalneighbour: "statisticalNeighbours",
  gradescale: "scale",
};

const BY_KEY: ReadonlyMap<string, CatalogueColumn> = new Map([
  ...CATALOGUE_COLUMNS.map(({ header, column }) => [headerKey(header), column] as const),
  ...Object.entries(EXTRA_HEADERS).flatMap(([extra, header]) => {
    const column = CATALOGUE_COLUMNS.find((c) => c.header === header)?.column;
    return column ? [[extra, column] as const] : [];
  }),
]);

/**
 * Which catalogue column a header cell names, ignoring case, spaces, "_", "-" and ".":
 * "Outcome Area" -> outcomeArea; "target Q1" / "Target 2012/13" -> the per-period target for
 * "Q1" / "2012/13" (the text after "target ", as written).
 * Source: CATALOGUE_COLUMNS.
 * Bad input (not text, unknown header): undefined.
 * @example catalogueColumn("Target 2012/13") // { kind: "periodTarget", period: "2012/13" }
 */
export function catalogueColumn(header: string): CatalogueColumn | undefined {
  if (typeof header !== "string") return undefined;
  const known = BY_KEY.get(headerKey(header));
  if (known) return known;
  const period = /^\s*target\s+(\S.*?)\s*$/i.exec(header)?.[1];
  return period === undefined ? undefined : { kind: "periodTarget", period };
}

/**
 * The header text catalogueToCells writes for a per-period target.
 * Source: catalogueColumn (the inverse).
 * Bad input: none.
 * @example periodTargetHeader("Q1") // "target Q1"
 */
export function periodTargetHeader(period: string): string {
  return `target ${period}`;
}

/**
 * How a message names a column's field: "polarity", 'target for "Q1"', "catalogue version".
 * Source: fieldLabel in catalogue-path.ts (same wording for JSON and sheets).
 * Bad input: none.
 * @example columnLabel({ kind: "periodTarget", period: "Q1" }) // 'target for "Q1"'
 */
export function columnLabel(column: CatalogueColumn): string {
  if (column.kind === "periodTarget") return `target for "${column.period}"`;
  if (column.kind === "catalogue") return `catalogue ${column.field}`;
  return column.field;
}
