import { readSnapshot } from "../../src/excel/read-snapshot";
import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "../../src/excel/limits";
import { FakeExcel } from "./fake-excel";

const options = { payloadBudgetBytes: DEFAULT_PAYLOAD_BUDGET_BYTES, fallbackSource: "This workbook" };


describe("readSnapshot", () => {
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
