import {
  cellAddress,
  columnIndex,
  columnLetter,
  formatRange,
  parseRange,
  quoteSheetName,
  sheetAddress,
} from "../../../src/core/a1";

// Expected letters confirmed against Excel's own column headings (A, Z, AA, AZ, BA, ZZ, AAA, XFD).
describe("columnLetter", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i -> %s", (index, letters) => expect(columnLetter(index)).toBe(letters));

  it.each([-1, 1.5, NaN, Infinity, 16384])("bad index %p -> empty string", (index) =>
    expect(columnLetter(index)).toBe(""),
  );
  it("non-number -> empty string", () => expect(columnLetter("3" as unknown as number)).toBe(""));
});

describe("columnIndex", () => {
  it.each([
    ["A", 0],
    ["z", 25],
    ["AA", 26],
    [" $ab ", 27],
    ["XFD", 16383],
  ])("%s -> %i", (letters, index) => expect(columnIndex(letters)).toBe(index));

  it("round-trips with columnLetter", () => {
    for (let i = 0; i <= 16383; i += 97) expect(columnIndex(columnLetter(i))).toBe(i);
  });

  it.each(["", "A1", "XFE", "ABCD", "A B", "1"])("bad letters %p -> undefined", (letters) =>
    expect(columnIndex(letters)).toBeUndefined(),
  );
  it("non-string -> undefined", () => expect(columnIndex(undefined as unknown as string)).toBeUndefined());
});

describe("cellAddress", () => {
  it("row 2, column 1 -> B3", () => expect(cellAddress(2, 1)).toBe("B3"));
  it("row 0, column 26 -> AA1", () => expect(cellAddress(0, 26)).toBe("AA1"));
  it("last cell of the grid", () => expect(cellAddress(1048575, 16383)).toBe("XFD1048576"));
  it.each([
    [-1, 0],
    [0, -1],
    [1048576, 0],
    [0.5, 0],
  ])("bad (%p, %p) -> empty string", (row, col) => expect(cellAddress(row, col)).toBe(""));
});

describe("parseRange", () => {
  it("D1:F2", () => expect(parseRange("D1:F2")).toEqual({ top: 0, left: 3, bottom: 1, right: 5 }));
  it("a single cell", () => expect(parseRange("B3")).toEqual({ top: 2, left: 1, bottom: 2, right: 1 }));
  it("absolute markers, lower case and a sheet prefix", () =>
    expect(parseRange("'Sheet 1'!$d$1:$f$2")).toEqual({ top: 0, left: 3, bottom: 1, right: 5 }));
  it("corners the wrong way round", () =>
    expect(parseRange("F2:D1")).toEqual({ top: 0, left: 3, bottom: 1, right: 5 }));
  it.each(["", "A:C", "1:3", "A1:B2:C3", "R1C1", "A0", "XFE1", "A1048577"])("bad %p -> undefined", (text) =>
    expect(parseRange(text)).toBeUndefined(),
  );
  it("non-string -> undefined", () => expect(parseRange(null as unknown as string)).toBeUndefined());
});

describe("formatRange", () => {
  it("inverse of parseRange", () =>
    expect(formatRange({ top: 0, left: 3, bottom: 1, right: 5 })).toBe("D1:F2"));
  it("one cell", () => expect(formatRange({ top: 2, left: 1, bottom: 2, right: 1 })).toBe("B3"));
  it("bad bounds -> empty string", () =>
    expect(formatRange({ top: -1, left: 0, bottom: 0, right: 0 })).toBe(""));
});

describe("quoteSheetName / sheetAddress", () => {
  it.each([
    ["Scorecard", "Scorecard"],
    ["Sheet1", "Sheet1"],
    ["Sheet 1", "'Sheet 1'"],
    ["Bob's", "'Bob''s'"],
    ["Q2", "'Q2'"],
    ["R1C1", "'R1C1'"],
    ["2012-13", "'2012-13'"],
    ["Données", "'Données'"],
    ["", "''"],
  ])("%p -> %p", (name, quoted) => expect(quoteSheetName(name)).toBe(quoted));
  it("non-string -> empty quoted name", () => expect(quoteSheetName(3 as unknown as string)).toBe("''"));
  it("builds a reference", () => {
    expect(sheetAddress("Sheet 1", "B3")).toBe("'Sheet 1'!B3");
    expect(sheetAddress("Scorecard", "D1:F2")).toBe("Scorecard!D1:F2");
  });
});
