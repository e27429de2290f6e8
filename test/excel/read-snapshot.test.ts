import { payloadBudgetFor } from "../../src/excel/payload-budget";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "../../src/excel/limits";
import { FakeExcel } from "./fake-excel";

const options = { payloadBudgetBytes: DEFAULT_PAYLOAD_BUDGET_BYTES, fallbackSource: "This workbook" };

describe("readSnapshot: a small workbook", () => {
  test("small workbook: values, formats and formulas from A1 in 3 syncs", async () => {
    const excel = new FakeExcel([
      {
        name: "Scorecard",
        values: [
          ["ID", "Value"],
          ["KPI1", 0.97],
          ["KPI2", "#DIV/0!"],
          ["KPI3", ""],
          ["KPI4", 12],
        ],
        numberFormat: [
          ["General", "General"],
          ["General", "0%"],
          ["General", "General"],
          ["General", "General"],
          ["General", "0.0"],
        ],
        formulas: [
          ["ID", "Value"],
          ["KPI1", 0.97],
          ["KPI2", "=1/0"],
          ["KPI3", ""],
          ["KPI4", "=B2*10+2.3"],
        ],
      },
    ]);
    const fractions: number[] = [];
    const snapshot = await readSnapshot(excel.run, options, (f) => fractions.push(f));
    expect(excel.syncCount).toBe(3);
    expect(snapshot.source).toBe("Book1.xlsx");
    const sheet = snapshot.sheets[0]!;
    expect(sheet.name).toBe("Scorecard");
    expect(sheet.values).toEqual([
      ["ID", "Value"],
      ["KPI1", 0.97],
      ["KPI2", { error: "#DIV/0!" }],
      ["KPI3", null],
      ["KPI4", 12],
    ]);
    expect(sheet.numberFormats[1]).toEqual(["General", "0%"]);
    expect(sheet.formulas[2]).toEqual(["", "=1/0"]);
    expect(sheet.formulas[1]).toEqual(["", ""]);
    expect(fractions[0]).toBe(0);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});

function grid(rows: number, columns: number, cell: (r: number, c: number) => unknown): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cell(r, c)));
}

describe("readSnapshot: grids from A1, conversions, generated sheets", () => {
  test("a used range starting at C5 is padded so row 0 / column 0 is A1", async () => {
    const values = grid(6, 4, (r, c) => (r >= 4 && c >= 2 ? `r${r}c${c}` : ""));
    const excel = new FakeExcel([{ name: "Late", values }]);
    const snapshot = await readSnapshot(excel.run, options);
    // Only the used range C5:D6 travels; the padding is added here.
    expect(excel.rangeRequests).toEqual([{ sheet: "Late", address: "C5:D6" }]);
    expect(snapshot.sheets[0]!.values).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, null, null, null],
      [null, null, null, null],
      [null, null, "r4c2", "r4c3"],
      [null, null, "r5c2", "r5c3"],
    ]);
    expect(snapshot.sheets[0]!.numberFormats[0]).toEqual(["", "", "", ""]);
    expect(snapshot.sheets[0]!.formulas[4]).toEqual(["", "", "", ""]);
  });

  test('valueTypes tell a real #N/A from the text #N/A; a formula returning "" stays text', async () => {
    const excel = new FakeExcel([
      {
        name: "Errors",
        values: [["#N/A", "#N/A", "", "=1+1", "#SPILL!"]],
        formulas: [["=NA()", "#N/A", '=""', "=1+1", "=SEQUENCE(2)"]],
        valueTypes: [["Error", "String", "String", "String", "Error"]],
      },
    ]);
    const snapshot = await readSnapshot(excel.run, options);
    expect(snapshot.sheets[0]!.values).toEqual([
      [{ error: "#N/A" }, "#N/A", "", "=1+1", { error: "#SPILL!" }],
    ]);
    // "=1+1" stored as text: its formula equals its value, so it is not a formula.
    expect(snapshot.sheets[0]!.formulas).toEqual([["=NA()", "", '=""', "", "=SEQUENCE(2)"]]);
  });

  test("an empty sheet is kept with empty grids; sheets this add-in generated are skipped", async () => {
    const excel = new FakeExcel([
      { name: "Notes" },
      { name: "Q1", values: [["x"]] },
      { name: "Scorecard Summary", values: [["RAG by outcome area"]] },
      { name: "Exceptions", values: [["a user's own Exceptions sheet"]] },
    ]);
    excel.markGenerated("Scorecard Summary");
    const snapshot = await readSnapshot(excel.run, options);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Notes", "Q1", "Exceptions"]);
    expect(snapshot.sheets[0]).toEqual({ name: "Notes", values: [], numberFormats: [], formulas: [] });
  });

  test("a workbook without a name (new, unsaved) is 'This workbook'", async () => {
    const excel = new FakeExcel([{ name: "Q1", values: [[1]] }]);
    excel.workbookName = "";
    expect((await readSnapshot(excel.run, options)).source).toBe("This workbook");
  });
});

describe("readSnapshot: round trips and payload size", () => {
  const sheetOf = (name: string, rows: number, columns: number) => ({
    name,
    values: grid(rows, columns, (r, c) => r * 100 + c + 0.25),
  });

  test("1 sheet × 5 rows and 20 sheets × 5 rows both take 3 syncs", async () => {
    const one = new FakeExcel([sheetOf("S1", 5, 16)]);
    await readSnapshot(one.run, options);
    const twenty = new FakeExcel(Array.from({ length: 20 }, (_, i) => sheetOf(`S${i + 1}`, 5, 16)));
    const snapshot = await readSnapshot(twenty.run, options);
    expect(one.syncCount).toBe(3);
    expect(twenty.syncCount).toBe(3);
    expect(snapshot.sheets).toHaveLength(20);
  });

  test("20 sheets × 2,000 rows × 16 columns: syncs follow the size, not the sheet count", async () => {
    // 640,000 cells at an estimated 160 bytes each is ~102 MB; 4 MB batches hold 25,000 cells
    // = 1,562 rows of 16 columns, so 40,000 rows need 26 batches: 2 + 26 = 28 syncs.
    const many = new FakeExcel(Array.from({ length: 20 }, (_, i) => sheetOf(`S${i + 1}`, 2000, 16)));
    const snapshot = await readSnapshot(many.run, options);
    expect(many.syncCount).toBe(28);
    expect(snapshot.sheets).toHaveLength(20);
    expect(snapshot.sheets[19]!.values).toHaveLength(2000);
    expect(snapshot.sheets[19]!.values[1999]![15]).toBe(1999 * 100 + 15 + 0.25);
    // The same cells on ONE sheet take the same number of syncs.
    const one = new FakeExcel([sheetOf("All", 40000, 16)]);
    await readSnapshot(one.run, options);
    expect(one.syncCount).toBe(28);
  }, 60_000);

  test("a sheet over the budget is read as row chunks whose concatenation is the sheet", async () => {
    // Budget 100 cells (100 × 160 bytes); used range B3:K27 = 25 rows × 10 columns = 250 cells.
    const values = grid(27, 11, (r, c) => (r >= 2 && c >= 1 ? `${r}:${c}` : ""));
    const excel = new FakeExcel([
      { name: "Big", values },
      { name: "Small", values: [["a", "b"]] },
    ]);
    const snapshot = await readSnapshot(excel.run, { ...options, payloadBudgetBytes: 100 * 160 });
    expect(excel.rangeRequests).toEqual([
      { sheet: "Big", address: "B3:K12" },
      { sheet: "Big", address: "B13:K22" },
      { sheet: "Big", address: "B23:K27" },
      { sheet: "Small", address: "A1:B1" }, // fits in the third batch's remaining room
    ]);
    expect(excel.syncCount).toBe(2 + 3);
    const expected = values.map((row) => row.map((v) => (v === "" ? null : v)));
    expect(snapshot.sheets[0]!.values).toEqual(expected);
    expect(snapshot.sheets[1]!.values).toEqual([["a", "b"]]);
  });
});

describe("readSnapshot on desktop Excel (no payload limit)", () => {
  // payloadBudgetFor("PC") is unbounded: every chunk is loaded before one data sync.
  const desktop = { payloadBudgetBytes: payloadBudgetFor("PC"), fallbackSource: "This workbook" };
  const sheetOf = (name: string, rows: number, columns: number) => ({
    name,
    values: grid(rows, columns, (r, c) => r * 100 + c),
  });

  test("a small and a large workbook take the same 3 syncs", async () => {
    const small = new FakeExcel([sheetOf("S1", 5, 16)]);
    await readSnapshot(small.run, desktop);
    const large = new FakeExcel(Array.from({ length: 20 }, (_, i) => sheetOf(`S${i + 1}`, 2000, 16)));
    const snapshot = await readSnapshot(large.run, desktop);
    expect(small.syncCount).toBe(3);
    expect(large.syncCount).toBe(3);
    expect(snapshot.sheets[19]!.values[1999]![15]).toBe(1999 * 100 + 15);
  }, 60_000);

  test("the budget by platform: bounded only on the web", () => {
    expect(payloadBudgetFor("OfficeOnline")).toBe(4_000_000);
    expect(payloadBudgetFor("PC")).toBe(Number.POSITIVE_INFINITY);
    expect(payloadBudgetFor("Mac")).toBe(Number.POSITIVE_INFINITY);
  });
});
