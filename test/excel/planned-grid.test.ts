import { columnWidthPoints, excelSerial, plannedGrid, writtenCell } from "../../src/excel/planned-grid";

describe("writtenCell", () => {
  test("asText date: the date alone at UTC midnight, as the xlsx writer writes it (literalText)", () => {
    expect(writtenCell({ value: new Date(Date.UTC(2024, 2, 31)), asText: true })).toEqual({
      value: "2024-03-31",
      numberFormat: "@",
    });
  });

  test("asText: the text as is under '@', whatever it looks like", () => {
    expect(writtenCell({ value: "=1+1", asText: true })).toEqual({ value: "=1+1", numberFormat: "@" });
    expect(writtenCell({ value: "+44 20 7946 0000", asText: true })).toEqual({
      value: "+44 20 7946 0000",
      numberFormat: "@",
    });
    expect(writtenCell({ value: 12, asText: true })).toEqual({ value: "12", numberFormat: "@" });
    expect(writtenCell({ value: null, asText: true })).toEqual({ value: "", numberFormat: "@" });
  });

  test("plain strings are text too, so Excel cannot turn '1,432' or '1/2' into a number or date", () => {
    expect(writtenCell({ value: "1/2" })).toEqual({ value: "1/2", numberFormat: "@" });
    expect(writtenCell({ value: "Generated at" })).toEqual({ value: "Generated at", numberFormat: "@" });
  });

  test("numbers and booleans keep the planned format (default General)", () => {
    expect(writtenCell({ value: 0.97, numberFormat: "0%" })).toEqual({ value: 0.97, numberFormat: "0%" });
    expect(writtenCell({ value: 4 })).toEqual({ value: 4, numberFormat: "General" });
    expect(writtenCell({ value: true })).toEqual({ value: true, numberFormat: "General" });
  });

  test("dates become Excel serials (2024-03-31 = 45382, checked in Excel: =DATE(2024,3,31) formatted General)", () => {
    expect(excelSerial(new Date(Date.UTC(2024, 2, 31)))).toBe(45382);
    expect(writtenCell({ value: new Date(Date.UTC(2024, 2, 31)) })).toEqual({
      value: 45382,
      numberFormat: "yyyy-mm-dd",
    });
    expect(writtenCell({ value: new Date(Date.UTC(2024, 2, 31, 12)) })).toEqual({
      value: 45382.5,
      numberFormat: "yyyy-mm-dd hh:mm:ss",
    });
  });

  test("bad input: NaN, Infinity, invalid dates -> '#NUM!' text; errors -> their text; blanks -> ''", () => {
    expect(writtenCell({ value: Number.NaN })).toEqual({ value: "#NUM!", numberFormat: "@" });
    expect(writtenCell({ value: new Date("nope") })).toEqual({ value: "#NUM!", numberFormat: "@" });
    expect(writtenCell({ value: { error: "#N/A" } })).toEqual({ value: "#N/A", numberFormat: "@" });
    expect(writtenCell(null)).toEqual({ value: "", numberFormat: "General" });
    expect(writtenCell({ value: "x".repeat(40_000), asText: true }).value).toHaveLength(32_767);
  });
});

describe("plannedGrid / columnWidthPoints", () => {
  test("ragged planned rows become a rectangle", () => {
    const grid = plannedGrid({ name: "S", cells: [[{ value: "A" }], [], [null, { value: 2 }]] });
    expect(grid.rowCount).toBe(3);
    expect(grid.columnCount).toBe(2);
    expect(grid.values).toEqual([
      ["A", ""],
      ["", ""],
      ["", 2],
    ]);
    expect(grid.numberFormats).toEqual([
      ["@", "General"],
      ["General", "General"],
      ["General", "General"],
    ]);
  });

  test("widths: (characters × 7 + 5) px × 0.75 pt/px", () => {
    // Excel's default column is "Width: 8.43 (64 pixels)" in its column-width tooltip = 48 pt.
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 1);
    expect(columnWidthPoints(10)).toBe(56.25);
    expect(columnWidthPoints(300)).toBe((255 * 7 + 5) * 0.75);
    expect(columnWidthPoints(0)).toBeUndefined();
    expect(columnWidthPoints(Number.NaN)).toBeUndefined();
  });
});
