import * as fs from "fs";
import * as path from "path";
import { readWorkbookSnapshot } from "../../../src/adapters/xlsx";
import { CATALOGUE_SHEET, findCatalogueSheet, loadCatalogueSheet } from "../../../src/core/catalogue";
import { chooseCatalogue } from "../../../src/core/engine";
import { workbookSheetChoice } from "../../../src/pane/use-cases";
import type { WorkbookSnapshot } from "../../../src/core/workbook/snapshot";

const sheet = (name: string) => ({
  name,
  values: [["id", "name"]],
  numberFormats: [["", ""]],
  formulas: [["", ""]],
});

test("the Catalogue sheet is found by name, ignoring case and edge spaces; none gives undefined", () => {
  const workbook: WorkbookSnapshot = { source: "a.xlsx", sheets: [sheet("Scorecard"), sheet(" catalogue ")] };
  expect(CATALOGUE_SHEET).toBe("Catalogue");
  expect(findCatalogueSheet(workbook)?.name).toBe(" catalogue ");
  expect(findCatalogueSheet({ source: "b.xlsx", sheets: [sheet("Catalogues")] })).toBeUndefined();
  expect(loadCatalogueSheet({ source: "b.xlsx", sheets: [] })).toBeUndefined();
});

test("the pane's 'Catalogue sheet' choice reads it exactly as the engine does (number formats kept)", async () => {
  const file = path.resolve(__dirname, "../../../examples/cypp-report-card-2007.xlsx");
  const read = await readWorkbookSnapshot(fs.readFileSync(file), path.basename(file));
  if (!read.ok) throw new Error(read.reason);
  const engine = chooseCatalogue(read.snapshot);
  const pane = workbookSheetChoice(read.snapshot).load;
  expect(engine.ok && engine.origin).toBe("workbook");
  expect(pane?.ok && engine.ok && pane.catalogue).toEqual(engine.ok && engine.catalogue);
});
