import fc from "fast-check";
import { columnIndex } from "../../src/core/a1";
import { loadCatalogue } from "../../src/core/catalogue";
import { checkWorkbook, summarizeWorkbook } from "../../src/core/engine";
import { FINDING_CODES, FINDING_SEVERITY, SEVERITIES, type Finding } from "../../src/core/validation";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { runs } from "../support/properties";
import { monthlyWorkbook, scorecardWorkbook } from "../support/scorecard-grids";
import { SPC_SHEET } from "../../src/core/summary";
import { TEST_CATALOGUE } from "../support/workbooks";

const testCatalogue = loadCatalogue(TEST_CATALOGUE);
/** Codes seen over 200 generated workbooks (seed 11): 18 of the 29, kept a little below. */
const MIN_CODES_REACHED = 15;
const options = fc.record(
  {
    catalogue: fc.constant(testCatalogue),
    period: fc.constantFrom("Q1", "Q2", "2006", "Current", "latest-each", "Q9", " q2 "),
    strict: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** Severities a code may have: its own, or the raised one for the two codes raised where made. */
function allowedSeverities(finding: Finding): readonly string[] {
  const own = FINDING_SEVERITY[finding.code];
  return finding.code === "indicator/missing" || finding.code === "sheet/no-scorecard"
    ? [own, "error"]
    : [own];
}

/** A finding's place is nothing, a sheet, or a cell of that sheet (or just past its used range). */
function expectPlaceValid(finding: Finding, workbook: WorkbookSnapshot): void {
  if (finding.sheet === "") {
    expect(finding.cell).toBe("");
    return;
  }
  const sheet = workbook.sheets.find((s) => s.name === finding.sheet);
  expect(sheet).toBeDefined();
  if (finding.cell === "") return;
  const match = /^([A-Z]{1,3})([1-9]\d*)$/.exec(finding.cell);
  expect(match).not.toBeNull();
  const column = columnIndex(match![1]!)!;
  const row = Number(match![2]) - 1;
  // Row and column agree with the address, 1-based as Excel numbers them.
  expect([finding.row, finding.column]).toEqual([row + 1, column + 1]);
  const width = Math.max(1, ...sheet!.values.map((r) => r.length));
  expect(row).toBeLessThanOrEqual(sheet!.values.length);
  expect(column).toBeLessThanOrEqual(width);
}

describe("checkWorkbook on any scorecard-like workbook", () => {
  test("never throws; every finding has a known code, its severity, a message and a valid place", () => {
    fc.assert(
      fc.property(scorecardWorkbook, options, (workbook, chosen) => {
        const { report } = checkWorkbook(workbook, chosen);
        for (const finding of report.findings) {
          expect(FINDING_CODES).toContain(finding.code);
          expect(allowedSeverities(finding)).toContain(finding.severity);
          expect(finding.message.trim()).not.toBe("");
          expectPlaceValid(finding, workbook);
        }
      }),
      runs(150),
    );
  });

  test("the counts are the findings counted, most severe first, and valid means no fatal or error (no warning when strict)", () => {
    fc.assert(
      fc.property(scorecardWorkbook, options, (workbook, chosen) => {
        const { report } = checkWorkbook(workbook, chosen);
        for (const severity of SEVERITIES)
          expect(report.counts[severity]).toBe(report.findings.filter((f) => f.severity === severity).length);
        const ranks = report.findings.map((f) => SEVERITIES.indexOf(f.severity));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        const { fatal, error, warning } = report.counts;
        expect(report.valid).toBe(fatal + error === 0 && (chosen.strict !== true || warning === 0));
      }),
      runs(150),
    );
  });

  test("a period no sheet has (Q9) is one fatal period/unknown, the only fatal finding", () => {
    fc.assert(
      fc.property(scorecardWorkbook, (workbook) => {
        const { report } = checkWorkbook(workbook, { catalogue: testCatalogue, period: "Q9" });
        const unknown = report.findings.filter((f) => f.code === "period/unknown");
        expect(unknown).toHaveLength(1);
        expect(report.findings.filter((f) => f.severity === "fatal")).toEqual(unknown);
        expect(report.valid).toBe(false);
      }),
      runs(100),
    );
  });

  test("the generated workbooks reach most finding codes, so the properties above are not vacuous", () => {
    const seen = new Set<string>();
    for (const workbook of fc.sample(scorecardWorkbook, { numRuns: 200, seed: 11 }))
      for (const f of checkWorkbook(workbook, { catalogue: testCatalogue }).report.findings) seen.add(f.code);
    expect(seen.size).toBeGreaterThanOrEqual(MIN_CODES_REACHED);
  });

  test("summarizeWorkbook never throws and plans a summary whenever the check could run", () => {
    fc.assert(
      fc.property(scorecardWorkbook, options, (workbook, chosen) => {
        const result = summarizeWorkbook(workbook, { ...chosen, generatedAt: "2026-12-02T10:00:00" });
        expect(result.plan !== undefined).toBe(result.analysis !== undefined);
        if (result.analysis) expect(result.report).toEqual(checkWorkbook(workbook, chosen).report);
      }),
      runs(100),
    );
  });
});

describe("summarizeWorkbook on monthly scorecards (13 or more periods: the SPC path)", () => {
  test("never throws; an SPC sheet whose charts draw only cells of the sheet, one per indicator with a chart", () => {
    let sheetsWithSpc = 0;
    fc.assert(
      fc.property(monthlyWorkbook, fc.boolean(), (workbook, withCatalogue) => {
        const result = summarizeWorkbook(workbook, {
          ...(withCatalogue ? { catalogue: testCatalogue } : {}),
          generatedAt: "2026-12-02T10:00:00",
        });
        for (const finding of result.report.findings) expectPlaceValid(finding, workbook);
        const charted = result.analysis?.indicators.filter((i) => i.spc) ?? [];
        const spc = result.plan?.sheets.find((s) => s.name === SPC_SHEET);
        expect(spc !== undefined).toBe(charted.length > 0);
        if (!spc) return;
        sheetsWithSpc += 1;
        expect(spc.charts).toHaveLength(charted.length);
        for (const chart of spc.charts ?? []) {
          for (const range of [chart.categories, ...chart.series.map((s) => s.values)]) {
            expect(range.firstRow).toBeLessThanOrEqual(range.lastRow);
            expect(range.lastRow).toBeLessThan(spc.cells.length);
          }
          // The chart sits above its data, on rows the plan leaves empty.
          for (let r = chart.anchor.row; r < chart.anchor.row + chart.anchor.rows; r += 1)
            expect(spc.cells[r]?.every((c) => c === null) ?? true).toBe(true);
          if (chart.valueAxis) expect(chart.valueAxis.min).toBeLessThan(chart.valueAxis.max);
        }
      }),
      runs(60),
    );
    expect(sheetsWithSpc).toBeGreaterThan(0);
  });
});
