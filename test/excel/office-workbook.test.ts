import { createOfficeWorkbook, THIS_WORKBOOK } from "../../src/excel/office-workbook";
import { FakeExcel } from "./fake-excel";
import { finding, samplePlan } from "./sample-plan";

describe("createOfficeWorkbook: the port end to end on the fake", () => {
  test("read, write the summary, read again (our sheets skipped), highlight and clear", async () => {
    const excel = new FakeExcel([
      {
        name: "Q1",
        values: [
          ["ID", "Value"],
          ["C1", 0.5],
        ],
      },
    ]);
    const workbook = createOfficeWorkbook(excel.run);
    expect(workbook.name).toBe(THIS_WORKBOOK);

    const fractions: number[] = [];
    const before = await workbook.readSnapshot((f) => fractions.push(f));
    expect(before.sheets.map((s) => s.name)).toEqual(["Q1"]);
    expect(fractions[fractions.length - 1]).toBe(1);

    const { sheetNames } = await workbook.writeSummary(samplePlan());
    expect(sheetNames).toEqual(["Scorecard Summary", "Exceptions", "Validation"]);
    const after = await workbook.readSnapshot();
    expect(after.sheets.map((s) => s.name)).toEqual(["Q1"]);

    await workbook.highlightFindings([finding("error", "Q1", "B2")]);
    expect(excel.fillOf("Q1", "B2").color).toBe("#FFC7CE");
    await workbook.clearHighlights();
    expect(excel.fillOf("Q1", "B2").pattern).toBe("None");
    // 3 (read) + 2 (write) + 3 (read) + 3 (highlight) + 3 (clear)
    expect(excel.syncCount).toBe(14);
  });

  test("a smaller payload budget is passed through to the reader", async () => {
    const values = Array.from({ length: 10 }, (_, r) => [r, r]);
    const excel = new FakeExcel([{ name: "Q1", values }]);
    await createOfficeWorkbook(excel.run, { payloadBudgetBytes: 4 * 160 }).readSnapshot();
    expect(excel.rangeRequests.map((r) => r.address)).toEqual(["A1:B2", "A3:B4", "A5:B6", "A7:B8", "A9:B10"]);
    expect(excel.syncCount).toBe(7);
  });
});
