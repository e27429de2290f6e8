import { gradeScaleText } from "../grades/read-grade-scale";
import { CATALOGUE_COLUMNS, periodTargetHeader, type CatalogueColumn } from "./catalogue-columns";
import type { Catalogue, Indicator } from "./types";

/** The period labels of per-period targets, in order of first appearance. */
function periodsOf(indicators: readonly Indicator[]): readonly string[] {
  const periods: string[] = [];
  for (const indicator of indicators) {
    if (typeof indicator.target === "object")
      for (const period of Object.keys(indicator.target)) if (!periods.includes(period)) periods.push(period);
  }
  return periods;
}

function cellFor(
  column: CatalogueColumn,
  indicator: Indicator,
  catalogue: Catalogue,
  first: boolean,
): string {
  const text = (value: string | number | undefined): string => (value === undefined ? "" : String(value));
  switch (column.kind) {
    case "text":
    case "word":
      return text(indicator[column.field]);
    case "list":
      return indicator.aliases.join("; ");
    case "scale":
      return indicator.scale === undefined ? "" : gradeScaleText(indicator.scale);
    case "number":
      return column.field === "target"
        ? typeof indicator.target === "number"
          ? String(indicator.target)
          : ""
        : text(indicator[column.field]);
    case "benchmark":
      return text(indicator.benchmarks?.[column.field]);
    case "yesNo":
      return indicator.mandatory === undefined ? "" : indicator.mandatory ? "yes" : "no";
    case "spc": {
      const value = indicator.spc?.[column.field];
      if (value === undefined) return "";
      return Array.isArray(value)
        ? value.join("; ")
        : typeof value === "boolean"
          ? value
            ? "yes"
            : "no"
          : text(value as number);
    }
    case "periodTarget":
      return typeof indicator.target === "object" ? text(indicator.target[column.period]) : "";
    case "catalogue":
      return first ? text(catalogue[column.field]) : "";
  }
}

/**
 * The catalogue as the cells of a Catalogue sheet: a header row (the columns
 * loadCatalogueFromCells reads, per-period "target Q1" columns after "target") and one row
 * per indicator; the catalogue's name, version and description sit in the first row's
 * catalogueName/catalogueVersion/catalogueDescription columns. Loading the cells back gives
 * the same catalogue. All cells are text; numbers are written as JavaScript writes them.
 * Source: CATALOGUE_COLUMNS.
 * Bad input: a catalogue without indicators gives the header row only.
 * @example catalogueToCells({ name: "x", version: "1", indicators: [] })[0]?.slice(0, 3) // ["id", "name", "aliases"]
 */
export function catalogueToCells(catalogue: Catalogue): string[][] {
  const indicators = Array.isArray(catalogue?.indicators) ? catalogue.indicators : [];
  const columns = CATALOGUE_COLUMNS.flatMap((entry) =>
    entry.header === "target"
      ? [
          entry,
          ...periodsOf(indicators).map((period) => ({
            header: periodTargetHeader(period),
            column: { kind: "periodTarget", period } as const,
          })),
        ]
      : [entry],
  );
  return [
    columns.map((c) => c.header),
    ...indicators.map((indicator, index) =>
      columns.map((c) => cellFor(c.column, indicator, catalogue, index === 0)),
    ),
  ];
}
