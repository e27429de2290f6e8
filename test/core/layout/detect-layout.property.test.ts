import fc from "fast-check";
import { COLUMN_ROLES, detectLayout, REQUIRED_ROLES, type LayoutResult } from "../../../src/core/layout";
import type { SheetSnapshot } from "../../../src/core/workbook/snapshot";
import { runs } from "../../support/properties";
import { scorecardSheet, sheetName } from "../../support/scorecard-grids";

const ascendingUnique = (list: readonly number[]): boolean =>
  list.every((n, i) => i === 0 || n > list[i - 1]!);

/** What must hold of any layout result, whatever the sheet. */
function expectWellFormed(result: LayoutResult, sheet: SheetSnapshot): void {
  const rows = sheet.values.length;
  const width = Math.max(0, ...sheet.values.map((row) => row.length));
  if (result.kind === "not-scorecard") {
    expect(result.sheet).toBe(sheet.name);
    expect(result.reason.trim()).not.toBe("");
    return;
  }
  const layout = result.layout;
  expect(layout.sheet).toBe(sheet.name);
  // One header row, or two with a group row just above it; inside the sheet.
  expect([1, 2]).toContain(layout.headerRows.length);
  expect(ascendingUnique(layout.headerRows)).toBe(true);
  if (layout.headerRows.length === 2) expect(layout.headerRows[1]! - layout.headerRows[0]!).toBe(1);
  const headerRow = layout.headerRows[layout.headerRows.length - 1]!;
  expect(layout.headerRows[0]).toBeGreaterThanOrEqual(0);
  expect(headerRow).toBeLessThan(rows);
  expect(layout.firstDataRow).toBeGreaterThan(headerRow);
  // Columns: inside the sheet, left to right, each once, each with a known role.
  const columns = layout.columns.map((c) => c.column);
  expect(ascendingUnique(columns)).toBe(true);
  for (const column of layout.columns) {
    expect(column.column).toBeGreaterThanOrEqual(0);
    expect(column.column).toBeLessThan(width);
    expect(COLUMN_ROLES).toContain(column.role);
    if (column.role === "period") expect(column.period?.trim()).toBeTruthy();
  }
  // A scorecard has a name or id column and a period column.
  const roles = new Set(layout.columns.map((c) => c.role));
  expect(roles.has("name") || roles.has("id")).toBe(true);
  expect(roles.has("period")).toBe(true);
  // Indicator and section rows: below the header, inside the sheet, in order, never both.
  expect(ascendingUnique(layout.indicatorRows)).toBe(true);
  const sectionRows = layout.sectionRows.map((s) => s.row);
  expect(ascendingUnique(sectionRows)).toBe(true);
  for (const row of [...layout.indicatorRows, ...sectionRows]) {
    expect(row).toBeGreaterThan(headerRow);
    expect(row).toBeLessThan(rows);
  }
  expect(layout.indicatorRows.filter((r) => sectionRows.includes(r))).toEqual([]);
  for (const section of layout.sectionRows) expect(section.title.trim()).not.toBe("");
  // Missing roles are required ones not found; duplicates name columns that have the role.
  for (const role of layout.missingRoles) {
    expect(REQUIRED_ROLES as readonly string[]).toContain(role);
    expect(roles.has(role)).toBe(false);
  }
  for (const duplicate of layout.duplicateRoles) {
    expect(duplicate.role).not.toBe("period");
    expect(duplicate.columns.length).toBeGreaterThan(1);
    for (const column of duplicate.columns)
      expect(layout.columns.find((c) => c.column === column)?.role).toBe(duplicate.role);
  }
}

describe("detectLayout on any scorecard-like grid", () => {
  test("never throws, and gives a layout inside the sheet or a reason", () => {
    fc.assert(
      fc.property(scorecardSheet(sheetName), (sheet) => {
        expectWellFormed(detectLayout(sheet), sheet);
      }),
      runs(300),
    );
  });

  test("gives the same answer twice (no state kept between sheets)", () => {
    fc.assert(
      fc.property(scorecardSheet(sheetName), scorecardSheet(sheetName), (sheet, other) => {
        const first = detectLayout(sheet);
        detectLayout(other);
        expect(detectLayout(sheet)).toEqual(first);
      }),
      runs(100),
    );
  });

  test("finds a scorecard in enough of the generated sheets for the checks above to mean something", () => {
    const sheets = fc.sample(scorecardSheet(sheetName), { numRuns: 300, seed: 7 });
    const found = sheets.filter((sheet) => detectLayout(sheet).kind === "scorecard").length;
    expect(found).toBeGreaterThan(30);
    expect(found).toBeLessThan(300);
  });
});
