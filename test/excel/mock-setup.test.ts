import { OfficeMockObject } from "office-addin-mock";

// Proves the jest module mapping for office-addin-mock's ESM-only dependencies works.
test("office-addin-mock loads under jest and answers a loaded property after sync", async () => {
  const context = new OfficeMockObject({ workbook: { name: "Book1.xlsx" } }) as unknown as {
    workbook: { name: string; load: (p: string) => void };
    sync: () => Promise<void>;
  };
  context.workbook.load("name");
  await context.sync();
  expect(context.workbook.name).toBe("Book1.xlsx");
});
