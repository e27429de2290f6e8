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
  let title: string | undefined;
  for (const section of Array.isArray(layout?.sectionRows) ? layout.sectionRows : []) {
    if (section.row < row) title = section.title;
    else break;
  }
  return title;
}
