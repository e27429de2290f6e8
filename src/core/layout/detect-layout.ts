import type { SheetSnapshot } from "../workbook/snapshot";
import { findHeader } from "./find-header";
import { rulesForSheet } from "./layout-overrides";
import { LAYOUT_MESSAGES } from "./messages";
import { readRows } from "./read-rows";
import { isBlank, readSheetGrid } from "./sheet-grid";
import type { SheetGrid } from "./sheet-grid";
import { REQUIRED_ROLES } from "./types";
import type { ColumnLayout, ColumnRole, DuplicateRole, LayoutOverrides, LayoutResult } from "./types";

/** Sheets named like this hold the indicator catalogue and are never read as scorecards (unless overrides name the sheet). */
const CATALOGUE_LIKE_NAME = /catalog(ue)?/i;

/**
 * Works out how a sheet is laid out: its header row (or two rows, with a group row such as
 * "Benchmark" or "Leeds trend" above), what each column means, which rows hold indicators and
 * which are section titles. Layout overrides are applied on top of what is detected and win.
 *
 * Rules (see the header vocabulary in header-vocabulary.ts and the steps in find-header.ts,
 * read-header.ts, decide-column.ts, read-rows.ts):
 * - The header is searched in the first 20 rows; it must name an indicator column (name or
 *   id) and at least one period column.
 * - A missing "target" or "rag" column is listed in `missingRoles`; the sheet is still read.
 * - A role found in two columns (periods excepted) is listed in `duplicateRoles`; the first
 *   column is the one to use (`columnFor`).
 *
 * Bad input: never throws. An empty sheet, a sheet named like the catalogue ("Catalogue")
 * and a sheet with no recognisable header (notes, lookups) get `{ kind: "not-scorecard" }`
 * with a plain-English reason; a malformed snapshot reads as an empty sheet.
 *
 * @example
 * detectLayout({ name: "Q2", values: [["PI Description", "Target", "Q1", "Q2"], ["Attendance", 0.95, 0.94, 0.96]], numberFormats: [], formulas: [] })
 * // { kind: "scorecard", layout: { sheet: "Q2", headerRows: [0], firstDataRow: 1, indicatorRows: [1], missingRoles: ["rag"],
 * //   columns: [{ column: 0, role: "name", header: "PI Description" }, { column: 1, role: "target", header: "Target" },
 * //             { column: 2, role: "period", header: "Q1", period: "Q1" }, { column: 3, role: "period", header: "Q2", period: "Q2" }], ... } }
 */
export function detectLayout(sheet: SheetSnapshot, overrides?: LayoutOverrides): LayoutResult {
  const name = typeof sheet?.name === "string" ? sheet.name : "";
  const grid = readSheetGrid(sheet);
  if (!hasContent(grid)) return { kind: "not-scorecard", sheet: name, reason: LAYOUT_MESSAGES.emptySheet };
  const rules = rulesForSheet(overrides, name);
  if (CATALOGUE_LIKE_NAME.test(name) && rules.own.length === 0) {
    return { kind: "not-scorecard", sheet: name, reason: LAYOUT_MESSAGES.catalogueSheet(name) };
  }

  const search = findHeader(grid, rules);
  if (!search.found) {
    const closest = search.closest;
    const closestRow = closest?.rows[closest.rows.length - 1] ?? 0;
    const reason =
      closest === undefined
        ? LAYOUT_MESSAGES.noHeader()
        : closest.hasNameOrId
          ? LAYOUT_MESSAGES.noPeriod(closestRow)
          : closest.hasPeriod
            ? LAYOUT_MESSAGES.noName(closestRow)
            : LAYOUT_MESSAGES.noHeader();
    return { kind: "not-scorecard", sheet: name, reason };
  }

  const header = search.header;
  const lastHeaderRow = header.rows[header.rows.length - 1] ?? 0;
  const rows = readRows(grid, lastHeaderRow + 1, header.columns);
  return {
    kind: "scorecard",
    layout: {
      sheet: name,
      headerRows: header.rows,
      firstDataRow: rows.firstDataRow,
      columns: header.columns,
      indicatorRows: rows.indicatorRows,
      sectionRows: rows.sectionRows,
      duplicateRoles: duplicateRoles(header.columns),
      missingRoles: missingRoles(header.columns),
    },
  };
}

function hasContent(grid: SheetGrid): boolean {
  for (let row = 0; row < grid.rowCount; row++) {
    for (let column = 0; column < grid.columnCount; column++)
      if (!isBlank(grid.value(row, column))) return true;
  }
  return false;
}

function duplicateRoles(columns: readonly ColumnLayout[]): DuplicateRole[] {
  const byRole = new Map<ColumnRole, number[]>();
  for (const col of columns) {
    if (col.role === "period" || col.role === "trajectory" || col.role === "ignore") continue;
    byRole.set(col.role, [...(byRole.get(col.role) ?? []), col.column]);
  }
  const duplicates: DuplicateRole[] = [];
  for (const [role, list] of byRole) if (list.length > 1) duplicates.push({ role, columns: list });
  return duplicates;
}

function missingRoles(columns: readonly ColumnLayout[]): ColumnRole[] {
  const has = (role: ColumnRole) => columns.some((c) => c.role === role);
  // A plan (baseline and targets by year) is judged against its trajectory, not a typed colour;
  // without actuals it has no periods yet.
  const plan = has("trajectory") || has("baseline");
  return REQUIRED_ROLES.filter((role) => {
    if (role === "name") return !has("name") && !has("id");
    if (plan && (role === "rag" || (role === "period" && !has("period")))) return false;
    if (role === "target") return !has("target") && !has("trajectory");
    return !has(role);
  });
}
