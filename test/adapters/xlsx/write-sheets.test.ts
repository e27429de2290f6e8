import { ValueType } from "exceljs";
import { readWorkbookSnapshot } from "../../../src/adapters/xlsx/read-snapshot";
import { InvalidPlanError, writeWorkbookWithSheets } from "../../../src/adapters/xlsx/write-plan";
import { loadWithExcelJs } from "./support/exceljs-bytes";

const G = "General";

describe("writeWorkbookWithSheets", () => {
  const sheets = [
    {
      name: "KPIs",
      rows: [
        ["Scorecard Q4", null, null, null],
        ["Measure", "Actual", "Target", "Ratio"],
        ["Uptake", 0.97, 0.95, 1.0210526315789474],
        ["Waiting", 0.125, 0, { error: "#DIV/0!" }],
        ["Reported", "97%", new Date(Date.UTC(2024, 11, 31)), true],
      ],
      numberFormats: [[], [], ["", "0%", "0.0%"], ["General", "0.0%", "0%"], ["", "", "dd/mm/yyyy"]],
      formulas: [[], [], [null, null, null, "=B3/C3"], [null, null, null, "=B4/C4"]],
      merges: ["A1:D1"],
    },
    { name: "KPIs", rows: [[null, "second sheet with the same name"]] },
  ];

  test("round trip through readWorkbookSnapshot: percentages as numbers with % formats, real errors, formulas, merges", async () => {
    const result = await readWorkbookSnapshot(await writeWorkbookWithSheets(sheets), "example.xlsx");
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.sheets).toEqual([
      {
        name: "KPIs",
        values: [
          ["Scorecard Q4", null, null, null],
          ["Measure", "Actual", "Target", "Ratio"],
          ["Uptake", 0.97, 0.95, 1.0210526315789474],
          ["Waiting", 0.125, 0, { error: "#DIV/0!" }],
          ["Reported", "97%", new Date(Date.UTC(2024, 11, 31)), true],
        ],
        numberFormats: [
          [G, G, G, G],
          [G, G, G, G],
          [G, "0%", "0.0%", G],
          [G, "0.0%", "0%", G],
          [G, G, "dd/mm/yyyy", G],
        ],
        formulas: [
          ["", "", "", ""],
          ["", "", "", ""],
          ["", "", "", "=B3/C3"],
          ["", "", "", "=B4/C4"],
          ["", "", "", ""],
        ],
        merges: ["A1:D1"],
      },
      {
        name: "KPIs (2)",
        values: [[null, "second sheet with the same name"]],
        numberFormats: [[G, G]],
        formulas: [["", ""]],
        merges: [],
      },
    ]);
  });

  test("an error value is a real Excel error cell, not text", async () => {
    const workbook = await loadWithExcelJs(
      await writeWorkbookWithSheets([{ name: "E", rows: [[{ error: "#N/A" }]] }]),
    );
    const cell = workbook.worksheets[0]?.getCell("A1");
    expect([cell?.type, cell?.value]).toEqual([ValueType.Error, { error: "#N/A" }]);
  });

  test("a number format on a blank cell is kept (it does not count as a used cell)", async () => {
    const bytes = await writeWorkbookWithSheets([
      { name: "F", rows: [[1, null]], numberFormats: [[null, "0%"]] },
    ]);
    const workbook = await loadWithExcelJs(bytes);
    expect(workbook.worksheets[0]?.getCell("B1").numFmt).toBe("0%");
    const result = await readWorkbookSnapshot(bytes, "f.xlsx");
    expect(result.ok && result.snapshot.sheets[0]?.values).toEqual([[1]]);
  });

  test("sets the workbook properties", async () => {
    const created = new Date(Date.UTC(2025, 0, 15));
    const workbook = await loadWithExcelJs(
      await writeWorkbookWithSheets([{ name: "P", rows: [[1]] }], { created }),
    );
    expect([workbook.creator, workbook.created]).toEqual(["Scorecard Kit", created]);
  });

  test("no sheets is a caller's mistake", async () => {
    await expect(writeWorkbookWithSheets([])).rejects.toThrow(
      new InvalidPlanError("A workbook needs at least one sheet; none were given."),
    );
  });
});
