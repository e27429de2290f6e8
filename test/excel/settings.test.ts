import { createOfficeWorkbook } from "../../src/excel/office-workbook";
import { SETTING_KEYS } from "../../src/excel/limits";
import { FakeExcel } from "./fake-excel";

describe("saved catalogue (workbook setting)", () => {
  test("nothing saved: undefined, in 1 sync", async () => {
    const excel = new FakeExcel([{ name: "Q1" }]);
    expect(await createOfficeWorkbook(excel.run).loadSavedCatalogue()).toBeUndefined();
    expect(excel.syncCount).toBe(1);
  });

  test("save then load gives the same JSON text back, 1 sync each", async () => {
    const excel = new FakeExcel([{ name: "Q1" }]);
    const json = JSON.stringify({ name: "Example", version: "2", indicators: [{ id: "C1", name: "=1+1" }] });
    const workbook = createOfficeWorkbook(excel.run);
    await workbook.saveCatalogue(json);
    expect(excel.settings.get(SETTING_KEYS.catalogue)).toBe(json);
    expect(await createOfficeWorkbook(excel.run).loadSavedCatalogue()).toBe(json);
    expect(excel.syncCount).toBe(2);
  });

  test("a non-text value (set by hand or an older version) comes back as JSON text", async () => {
    const excel = new FakeExcel([{ name: "Q1" }]);
    excel.settings.set(SETTING_KEYS.catalogue, ["a", 1]);
    expect(await createOfficeWorkbook(excel.run).loadSavedCatalogue()).toBe('["a",1]');
  });
});
