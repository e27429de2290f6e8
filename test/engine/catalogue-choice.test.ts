/**
 * Which catalogue checkWorkbook uses (issue 3, item 6): the one supplied; else the workbook's
 * own "Catalogue" sheet; else the built-in example. Workbooks from test/support/workbooks.ts.
 */
import { readWorkbookSnapshot, type SheetToWrite } from "../../src/adapters/xlsx";
import { loadCatalogue } from "../../src/core/catalogue";
import { checkWorkbook, summarizeWorkbook } from "../../src/core/engine";
import { readRagTable, SUMMARY_SHEETS } from "../../src/core/summary";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import * as W from "../support/workbooks";

async function snapshotOf(sheets: SheetToWrite[], source = "test.xlsx"): Promise<WorkbookSnapshot> {
  const read = await readWorkbookSnapshot(await W.workbookBytes(sheets), source);
  if (!read.ok) throw new Error(read.reason);
  return read.snapshot;
}

describe("a workbook with its own Catalogue sheet", () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = await snapshotOf([W.scorecardSheet(), W.catalogueSheet()]);
  });

  it("is checked against that sheet: the standard scorecard is clean, the Catalogue sheet is skipped as a scorecard", () => {
    const result = checkWorkbook(snapshot);
    expect(result.catalogueOrigin).toBe("workbook");
    expect(result.report.catalogue).toEqual({ name: "Test catalogue", version: "1.0" });
    expect(result.report.valid).toBe(true);
    expect(result.report.findings.map((f) => [f.code, f.severity, f.sheet])).toEqual([
      ["sheet/no-scorecard", "info", "Catalogue"],
    ]);
  });

  it("the summary counts by the sheet's outcome areas: Learning (ATT, NEET Green), Safety (CIC Green, WAIT Amber)", () => {
    const result = summarizeWorkbook(snapshot, { generatedAt: "2026-01-01T00:00:00.000Z" });
    const summary = result.plan!.sheets.find((s) => s.name === SUMMARY_SHEETS.summary)!;
    const values = summary.cells.map((row) => row.map((cell) => cell?.value ?? null));
    const row = (green: number, amber: number) => ({
      Green: green,
      Amber: amber,
      Red: 0,
      "No target": 0,
      "No data": 0,
      Total: green + amber,
    });
    expect(Object.fromEntries(readRagTable(values))).toEqual({
      Learning: row(2, 0),
      Safety: row(1, 1),
      "All indicators": row(3, 1),
    });
  });

  it("a catalogue supplied by the caller wins over the sheet", () => {
    const supplied = loadCatalogue({ ...W.TEST_CATALOGUE, name: "Supplied", version: "9" });
    const result = checkWorkbook(snapshot, { catalogue: supplied });
    expect(result.catalogueOrigin).toBe("supplied");
    expect(result.report.catalogue).toEqual({ name: "Supplied", version: "9" });
  });

  it("the sheet name is matched ignoring case and spaces (' catalogue ')", async () => {
    const lower = await snapshotOf([W.scorecardSheet(), W.catalogueSheet(W.TEST_CATALOGUE, " catalogue ")]);
    const result = checkWorkbook(lower);
    expect(result.catalogueOrigin).toBe("workbook");
    expect(result.report.catalogue.name).toBe("Test catalogue");
  });
});

describe("a workbook without a Catalogue sheet", () => {
  it("is checked against the built-in example catalogue: ATT, WAIT and NEET are unknown there", async () => {
    const result = checkWorkbook(await snapshotOf([W.scorecardSheet()]));
    expect(result.catalogueOrigin).toBe("built-in");
    expect(result.report.catalogue).toEqual({ name: "Leeds children's services example", version: "2026.1" });
    const unknown = result.report.findings.filter((f) => f.code === "indicator/unknown").map((f) => f.actual);
    expect(unknown).toEqual(expect.arrayContaining(["ATT", "WAIT", "NEET"]));
    expect(result.report.valid).toBe(false);
  });
});

describe("a workbook whose Catalogue sheet is broken", () => {
  it("gives one fatal catalogue/invalid finding per problem and no analysis", async () => {
    const snapshot = await snapshotOf([
      W.scorecardSheet(),
      W.gridSheet("Catalogue", [
        ["id", "name", "polarity", "unit"],
        ["ATT", "School attendance", "sideways", "percent"],
        ["", "Children in care", "lower", "kg"],
      ]),
    ]);
    const result = checkWorkbook(snapshot);
    expect(result.catalogueOrigin).toBe("workbook");
    expect(result.analysis).toBeUndefined();
    expect(result.report.counts).toEqual({ fatal: 3, error: 0, warning: 0, info: 0 });
    expect(result.report.findings.map((f) => f.actual).sort()).toEqual([
      "Catalogue!A3",
      "Catalogue!C2",
      "Catalogue!D3",
    ]);
    expect(summarizeWorkbook(snapshot, { generatedAt: "2026-01-01T00:00:00.000Z" }).plan).toBeUndefined();
  });
});
