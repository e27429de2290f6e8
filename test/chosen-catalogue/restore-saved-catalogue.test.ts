/* eslint-disable @typescript-eslint/no-require-imports -- these tests load modules after installing stubs or globals */
/**
 * KPI.STATUS and the catalogue saved in the workbook: a restore that finishes after KPI.STATUS
 * gave up waiting still reaches every STATUS cell, through one full recalculation.
 */
const calculated: string[] = [];
let resolveSaved: (text: string | undefined) => void = () => undefined;

jest.mock("../../src/excel/settings", () => ({
  readSetting: () => new Promise<string | undefined>((resolve) => (resolveSaved = resolve)),
}));

beforeAll(() => {
  const g = globalThis as Record<string, unknown>;
  g["Office"] = {};
  g["Excel"] = {
    CalculationType: { full: "Full" },
    run: async (batch: (context: unknown) => Promise<void>) =>
      batch({
        workbook: { application: { calculate: (type: string) => calculated.push(type) } },
        sync: async () => undefined,
      }),
  };
});
afterAll(() => {
  const g = globalThis as Record<string, unknown>;
  delete g["Office"];
  delete g["Excel"];
});

test("a late restore recalculates the workbook once; choosing another catalogue recalculates again", async () => {
  jest.useFakeTimers();
  const { restoreSavedCatalogue } =
    require("../../src/chosen-catalogue/restore-saved-catalogue") as typeof import("../../src/chosen-catalogue/restore-saved-catalogue");
  const { sharedCatalogueStore } =
    require("../../src/chosen-catalogue/catalogue-store") as typeof import("../../src/chosen-catalogue/catalogue-store");

  // Without the page's parser nothing is tried (the functions' bundle carries none)...
  await restoreSavedCatalogue();
  expect(sharedCatalogueStore.isChosen()).toBe(false);
  // ...and once the task pane page gives it (taskpane.ts does on load), the saved catalogue is read.
  const { parseCatalogueText } =
    require("../../src/core/catalogue/parse-catalogue-text") as typeof import("../../src/core/catalogue/parse-catalogue-text");
  sharedCatalogueStore.useParser(parseCatalogueText);
  const waiting = restoreSavedCatalogue();
  jest.advanceTimersByTime(3000); // KPI.STATUS stops waiting: it answers "catalogue not loaded yet"
  await waiting;
  expect(sharedCatalogueStore.isChosen()).toBe(false);
  expect(calculated).toEqual([]);

  jest.useRealTimers();
  resolveSaved(
    JSON.stringify({
      name: "Saved",
      version: "3",
      indicators: [{ id: "A", name: "A", polarity: "higher", unit: "count", target: 5 }],
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(sharedCatalogueStore.current()?.name).toBe("Saved");
  expect(sharedCatalogueStore.origin()).toBe("saved in this workbook");
  expect(calculated).toEqual(["Full"]);

  await restoreSavedCatalogue(); // a second STATUS call: no second listener
  sharedCatalogueStore.set({ name: "Other", version: "1", indicators: [] }, "chosen in the pane");
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(calculated).toEqual(["Full", "Full"]);
});
