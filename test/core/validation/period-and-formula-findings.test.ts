/**
 * Validation of the period being reported and of cells filled by the add-in's own formulas,
 * in-process on hand-made snapshots (the standard test scorecard, test/support/workbooks.ts).
 */
import { loadCatalogue } from "../../../src/core/catalogue";
import { checkWorkbook } from "../../../src/core/engine";
import type { Finding } from "../../../src/core/validation";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import type { SheetToWrite } from "../../../src/adapters/xlsx";
import * as W from "../../support/workbooks";

const catalogue = loadCatalogue(W.TEST_CATALOGUE);

/** The snapshot an adapter would read from these sheets. */
function snapshotOf(...sheets: SheetToWrite[]): WorkbookSnapshot {
  const toSheet = (sheet: SheetToWrite): SheetSnapshot => ({
    name: sheet.name,
    values: sheet.rows.map((row) => row.map((cell) => cell ?? null)),
    numberFormats: (sheet.numberFormats ?? []).map((row) => row.map((format) => format ?? "")),
    formulas: (sheet.formulas ?? []).map((row) => row.map((formula) => formula ?? "")),
  });
  return { source: "test.xlsx", sheets: sheets.map(toSheet) };
}

function check(sheet: SheetToWrite, period?: string) {
  return checkWorkbook(snapshotOf(sheet), { catalogue, ...(period !== undefined ? { period } : {}) });
}

const place = (f: Finding) => `${f.code} ${f.severity} ${f.cell}`;
const withAtt = (cells: Record<string, W.CellInput>, header?: readonly string[]) =>
  W.scorecardSheet({
    ...(header ? { header } : {}),
    rows: W.standardRowsWith("ATT", W.withCells(W.ROW.ATT, cells)),
  });

describe("a cached error from the add-in's own formula says the add-in was not loaded", () => {
  test("RAG cell =KPI.RAG saved as _xldudf_KPI_RAG with #NAME?: value/formula-error, not rag/invalid", () => {
    const { report } = check(withAtt({ RAG: W.formula("_xldudf_KPI_RAG(E2,C2)", W.errorValue("#NAME?")) }));
    expect(report.findings.map(place)).toEqual(["value/formula-error error F2"]);
    expect(report.findings[0]!.message).toBe(
      "The formula here uses KPI.RAG (Scorecard Kit), but the workbook was last calculated where the add-in was not loaded, so Excel saved #NAME?. Open the workbook in Excel with Scorecard Kit loaded and recalculate (Ctrl+Alt+F9); keep the formula, do not type over it.",
    );
  });

  test("a period cell filled by =KPI.STATUS with #NAME? gets the same advice", () => {
    const { report } = check(withAtt({ Q1: W.formula('=KPI.STATUS("ATT",Z2)', W.errorValue("#NAME?")) }));
    expect(report.findings.map(place)).toEqual(["value/formula-error error D2"]);
    expect(report.findings[0]!.message).toMatch(
      /^The formula here uses KPI\.STATUS \(Scorecard Kit\), but the workbook was last calculated where the add-in was not loaded/,
    );
  });

  test("another formula's error in the RAG cell is a formula error, never 'type Green, Amber or Red' over it", () => {
    const { report } = check(withAtt({ RAG: W.formula("VLOOKUP(A2,Z:Z,2,FALSE)", W.errorValue("#N/A")) }));
    expect(report.findings.map(place)).toEqual(["value/formula-error error F2"]);
    expect(report.findings[0]!.message).toBe(
      "The RAG cell shows the Excel error #N/A: fix the formula that fills it, or type Green, Amber or Red.",
    );
  });
});

describe("no figure for the period being reported", () => {
  test("tbc in Q2 (the reporting period) is a warning to chase; tbc in Q1 stays info", () => {
    const { report } = check(withAtt({ Q1: "tbc", Q2: "tbc", RAG: null }));
    expect(report.period).toBe("Q2");
    expect(report.findings.map(place)).toEqual(
      expect.arrayContaining(["value/placeholder info D2", "value/no-figure warning E2"]),
    );
    expect(report.findings.filter((f) => f.cell === "E2")).toHaveLength(1);
    expect(report.findings.find((f) => f.cell === "E2")!.message).toBe(
      'No figure for Q2, the period being reported (the cell holds "tbc"). Chase the figure before the pack goes out, or say why in the commentary.',
    );
  });

  test("a blank Q2 cell is a warning too; a suppressed one (<5) stays info", () => {
    expect(check(withAtt({ Q2: null, RAG: null })).report.findings.map(place)).toEqual([
      "value/no-figure warning E2",
    ]);
    expect(check(withAtt({ Q2: "<5", RAG: null })).report.findings.map(place)).toEqual([
      "value/suppressed info E2",
    ]);
  });
});

describe("choosing the period", () => {
  const header = [...W.STANDARD_HEADER, "Q3"];

  test("--period Q3 on an empty column: one period/empty warning at its header, not one per row", () => {
    const { report } = check(W.scorecardSheet({ header }), "Q3");
    expect(report.period).toBe("Q3");
    const byCode = report.findings
      .filter((f) => f.code === "period/empty" || f.code === "value/no-figure")
      .map(place);
    expect(byCode).toEqual(["period/empty warning I1"]);
    expect(report.findings.find((f) => f.code === "period/empty")!.message).toBe(
      'Q3 has no figures on "Scorecard": no indicator row holds a number there, so every indicator shows No data. Check the period you chose, or enter the figures first.',
    );
  });

  test("period/unknown says which periods have figures and which are empty", () => {
    const { report } = check(W.scorecardSheet({ header }), "Q9");
    expect(report.findings.map((f) => f.message)).toEqual([
      'There is no period "Q9" in this workbook. Periods with figures: Q1, Q2; empty periods: Q3. Or choose latest-each to report each indicator\'s latest figure.',
    ]);
  });

  test("latest-each: a row with no Q2 figure is reported for Q1, its latest, without a no-figure warning", () => {
    const result = check(withAtt({ Q2: null, RAG: null }), "latest-each");
    const att = result.analysis!.indicators.find((i) => i.id === "ATT")!;
    expect([att.period, att.value, att.rag]).toEqual(["Q1", 0.94, "Amber"]);
    expect(result.analysis!.indicators.find((i) => i.id === "CIC")!.period).toBe("Q2");
    expect(result.report.findings.filter((f) => f.code === "value/no-figure")).toEqual([]);
    expect(result.report.period).toBe("latest-each");
  });

  test("latest-each is matched ignoring case and spacing style", () => {
    expect(
      check(W.scorecardSheet(), "Latest_Each").report.findings.filter((f) => f.severity === "fatal"),
    ).toEqual([]);
  });
});
