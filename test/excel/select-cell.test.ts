import { ExcelAdapterError } from "../../src/excel/errors";
import { createOfficeWorkbook } from "../../src/excel/office-workbook";
import { FakeExcel } from "./fake-excel";

describe("selectCell", () => {
  test("activates the sheet and selects the cell in 1 sync", async () => {
    const excel = new FakeExcel([{ name: "Q1" }, { name: "Q2" }]);
    await createOfficeWorkbook(excel.run).selectCell("Q2", "C5");
    expect(excel.syncCount).toBe(1);
    expect(excel.ops.filter((op) => op.kind !== "sync")).toEqual([
      { kind: "activate", sheet: "Q2" },
      { kind: "select", sheet: "Q2", address: "C5" },
    ]);
  });

  test("a sheet that is gone gives a plain not-found error", async () => {
    const excel = new FakeExcel([{ name: "Q1" }]);
    const attempt = createOfficeWorkbook(excel.run).selectCell("Renamed", "C5");
    await expect(attempt).rejects.toThrow(ExcelAdapterError);
    await expect(createOfficeWorkbook(excel.run).selectCell("Renamed", "C5")).rejects.toThrow(
      'Cannot go to C5 on the sheet "Renamed"',
    );
  });
});
