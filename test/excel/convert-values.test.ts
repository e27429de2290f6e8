import {
  sheetGrids,
  snapshotCellValue,
  snapshotFormula,
  snapshotNumberFormat,
} from "../../src/excel/convert-values";

describe("snapshotCellValue", () => {
  test("with valueTypes: Error -> {error}, Empty -> null, String kept even when it looks like an error", () => {
    expect(snapshotCellValue("#DIV/0!", "Error")).toEqual({ error: "#DIV/0!" });
    expect(snapshotCellValue("#GETTING_DATA", "Error")).toEqual({ error: "#GETTING_DATA" });
    expect(snapshotCellValue("", "Empty")).toBeNull();
    expect(snapshotCellValue("#N/A", "String")).toBe("#N/A");
    expect(snapshotCellValue("", "String")).toBe(""); // a formula returning ""
    expect(snapshotCellValue(0.97, "Double")).toBe(0.97);
    expect(snapshotCellValue(true, "Boolean")).toBe(true);
  });

  test("without valueTypes: the error-text list and '' -> null", () => {
    for (const text of [
      "#DIV/0!",
      "#N/A",
      "#REF!",
      "#NAME?",
      "#VALUE!",
      "#NUM!",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
      "#GETTING_DATA",
    ]) {
      expect(snapshotCellValue(text)).toEqual({ error: text });
    }
    expect(snapshotCellValue("")).toBeNull();
    expect(snapshotCellValue("#n/a")).toBe("#n/a"); // Excel always writes errors in capitals
    expect(snapshotCellValue("Amber")).toBe("Amber");
    expect(snapshotCellValue(45382)).toBe(45382); // a date stays its serial; the core reads the format
  });

  test("bad input: objects and undefined are blank", () => {
    expect(snapshotCellValue({ type: "Entity" })).toBeNull();
    expect(snapshotCellValue(undefined)).toBeNull();
  });
});

describe("snapshotFormula / snapshotNumberFormat", () => {
  test("formulas only for formula cells; '=' text stored as text is not a formula", () => {
    expect(snapshotFormula("=A1*2", 10)).toBe("=A1*2");
    expect(snapshotFormula(5, 5)).toBe("");
    expect(snapshotFormula("text", "text")).toBe("");
    expect(snapshotFormula("=1+1", "=1+1")).toBe("");
    expect(snapshotFormula('="=x"', "=x")).toBe('="=x"');
    expect(snapshotFormula(null, null)).toBe("");
  });

  test("number formats: text kept, anything else ''", () => {
    expect(snapshotNumberFormat("0.0%")).toBe("0.0%");
    expect(snapshotNumberFormat(null)).toBe("");
  });
});

describe("sheetGrids", () => {
  test("blocks in any order land at their place in grids from A1; uncovered cells are blank", () => {
    const grids = sheetGrids(3, 3, [
      {
        top: 2,
        left: 1,
        values: [["c", 3]],
        numberFormat: [["@", "0"]],
        formulas: [["c", "=1+2"]],
        valueTypes: [["String", "Double"]],
      },
      {
        top: 1,
        left: 1,
        values: [["#N/A", ""]],
        numberFormat: [["General", "General"]],
        formulas: [["=NA()", ""]],
        valueTypes: [["Error", "Empty"]],
      },
    ]);
    expect(grids.values).toEqual([
      [null, null, null],
      [null, { error: "#N/A" }, null],
      [null, "c", 3],
    ]);
    expect(grids.numberFormats[2]).toEqual(["", "@", "0"]);
    expect(grids.formulas).toEqual([
      ["", "", ""],
      ["", "=NA()", ""],
      ["", "", "=1+2"],
    ]);
  });

  test("bad input: blocks outside the size are clipped; negative sizes give empty grids", () => {
    const grids = sheetGrids(1, 1, [
      {
        top: 0,
        left: 0,
        values: [
          [1, 2],
          [3, 4],
        ],
        numberFormat: [],
        formulas: [],
      },
    ]);
    expect(grids.values).toEqual([[1]]);
    expect(sheetGrids(-1, 5, []).values).toEqual([]);
  });
});
