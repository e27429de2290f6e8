import type { ColumnLayout, ColumnRole, SheetLayout } from "./types";

/**
 * The column to use for a role: the first one, left to right (later duplicates are listed
 * in `duplicateRoles`).
 *
 * Bad input: a role no column has gets undefined.
 *
 * @example columnFor(layout, "target")?.column // 9
 */
export function columnFor(layout: SheetLayout, role: ColumnRole): ColumnLayout | undefined {
  return Array.isArray(layout?.columns) ? layout.columns.find((c) => c.role === role) : undefined;
}

/**
 * The period columns, left to right as in the sheet (the order trends read them in).
 *
 * Bad input: a layout with no period columns gets [].
 *
 * @example periodColumns(layout).map((c) => c.period) // ["2004", "2005", "2006", "Current"]
 */
export function periodColumns(layout: SheetLayout): ColumnLayout[] {
  return Array.isArray(layout?.columns) ? layout.columns.filter((c) => c.role === "period") : [];
}

/**
 * The section title that applies to a row: the nearest section row above it.
 *
 * Bad input: a row above every section (or no sections) gets undefined.
 *
 * @example sectionFor(layout, 12) // "Stay Safe"
 */
export function sectionFor(layout: SheetLayout, row: number): string | undefined {
  let nearest: { row: number; title: string } | undefined;
  for (const section of Array.isArray(layout?.sectionRows) ? layout.sectionRows : []) {
    if (section.row < row && (nearest === undefined || section.row > nearest.row)) nearest = section;
  }
  return nearest?.title;
}

/**
 * The label of a period column: the period it was read as ("Q2", "2006"), else its header.
 * @example periodLabel({ column: 7, header: "Q2 actual", role: "period", period: "Q2" }) // "Q2"
 */
export function periodLabel(column: ColumnLayout): string {
  return column.period ?? column.header;
}
