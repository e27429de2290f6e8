import { FakeExcel } from "./fake-excel";

// The adapter tests lean on office-addin-mock refusing reads that were not loaded and synced;
// these prove the fake keeps that property.
describe("the fake Excel keeps Office.js's load/sync discipline", () => {
  test("a property read without load, or before sync, is the mock's error text, not the value", async () => {
    const excel = new FakeExcel([{ name: "Q1", values: [[1]] }]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Q1");
      // Deliberate misuse, to show the mock catches it (the lint rules catch it statically).
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
      expect(sheet.name).toBe("Error, property was not loaded");
      sheet.load("name");
      // eslint-disable-next-line office-addins/call-sync-before-read
      expect(sheet.name).toBe("Error, context.sync() was not called");
      await context.sync();
      expect(sheet.name).toBe("Q1");
    });
    expect(excel.syncCount).toBe(1);
  });
});
