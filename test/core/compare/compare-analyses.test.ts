/**
 * What changed between two quarters' workbooks (issue 12, item 2). The workbooks and the
 * hand-worked colours are in test/support/workbooks.ts (nextQuarterScorecard).
 */
import { readWorkbookSnapshot, type SheetToWrite } from "../../../src/adapters/xlsx";
import { loadCatalogue } from "../../../src/core/catalogue";
import { compareAnalyses } from "../../../src/core/compare";
import { checkWorkbook } from "../../../src/core/engine";
import { buildSummaryPlan, CHANGE_COLUMNS, CHANGES_SHEET, SUMMARY_SHEETS } from "../../../src/core/summary";
import type { WorkbookAnalysis } from "../../../src/core/validation";
import * as W from "../../support/workbooks";

const load = loadCatalogue(W.TEST_CATALOGUE);
if (!load.ok) throw new Error("test catalogue");

async function analysisOf(sheets: SheetToWrite[], source: string): Promise<WorkbookAnalysis> {
  const read = await readWorkbookSnapshot(await W.workbookBytes(sheets), source);
  if (!read.ok) throw new Error(read.reason);
  return checkWorkbook(read.snapshot, { catalogue: load }).analysis!;
}

let q2: WorkbookAnalysis;
let q3: WorkbookAnalysis;
beforeAll(async () => {
  q2 = await analysisOf([W.scorecardSheet()], "dir/q2.xlsx");
  q3 = await analysisOf([W.nextQuarterScorecard()], "dir/q3.xlsx");
});

test("lists exactly the colour changes, the turned direction, the target change, the added and the dropped indicator", () => {
  const rows = compareAnalyses(q2, q3).map((c) => [
    c.kind,
    c.id,
    c.previous,
    c.current,
    c.previousCell,
    c.currentCell,
  ]);
  expect(rows).toEqual([
    ["RAG changed", "ATT", "Green", "Amber", "Scorecard!F2", "Scorecard!F2"],
    ["Direction turned", "ATT", "Improving", "Worsening", "Scorecard!E2", "Scorecard!E2"],
    ["New Red", "CIC", "Green", "Red", "Scorecard!F3", "Scorecard!F3"],
    ["Direction turned", "CIC", "Improving", "Worsening", "Scorecard!E3", "Scorecard!E3"],
    ["Target changed", "NEET", "6%", "5.9%", "Scorecard!C5", "Scorecard!C4"],
    ["Added", "NEW", "", "No target", "", "Scorecard!E5"],
    ["Dropped", "WAIT", "Amber", "", "Scorecard!E4", ""],
  ]);
});

test("each row says what the values were: the figures and periods behind a colour change", () => {
  const changes = compareAnalyses(q2, q3);
  expect(changes[0]!.detail).toBe("96% (Q2) → 93% (Q3), target 95%");
  expect(changes[2]!.detail).toBe("1390 (Q2) → 1500 (Q3), target 1400");
  expect(changes[5]!.detail).toBe("9 (Q3); not in the previous file");
  expect(changes[6]!.detail).toBe("88% (Q2); not in the current file");
  expect(changes[0]).toMatchObject({ name: "School attendance", outcomeArea: "Learning" });
});

test("a file compared with itself has no changes", () => {
  expect(compareAnalyses(q2, q2)).toEqual([]);
});

test("rows are paired through the catalogue: a renamed row that matches the same catalogue id is not added and dropped", async () => {
  const renamed = await analysisOf(
    [
      W.scorecardSheet({
        rows: W.standardRowsWith("ATT", W.withCells(W.ROW.ATT, { ID: null, Indicator: "Attendance" })),
      }),
    ],
    "renamed.xlsx",
  );
  expect(compareAnalyses(q2, renamed).filter((c) => c.id === "ATT")).toEqual([]);
});

test("the summary gains a Changes sheet after the Scorecard Summary, with a count per kind and one row per change", () => {
  const plan = buildSummaryPlan(q3, { generatedAt: "2026-12-02T10:00:00.000Z", previous: q2 });
  expect(plan.sheets.map((s) => s.name)).toEqual([
    SUMMARY_SHEETS.summary,
    CHANGES_SHEET,
    SUMMARY_SHEETS.exceptions,
    SUMMARY_SHEETS.validation,
  ]);
  const values = plan.sheets[1]!.cells.map((row) => row.map((cell) => cell?.value ?? null));
  expect(values.slice(0, 13)).toEqual([
    ["Changes since the previous file"],
    ["Previous", "q2.xlsx (period Q2)"],
    ["Current", "q3.xlsx (period Q3)"],
    [],
    ["Change", "Indicators"],
    ["New Red", 1],
    ["RAG changed", 1],
    ["Direction turned", 2],
    ["Target changed", 1],
    ["Added", 1],
    ["Dropped", 1],
    [],
    [...CHANGE_COLUMNS],
  ]);
  expect(values[13]).toEqual([
    "RAG changed",
    "ATT",
    "School attendance",
    "Learning",
    "Green",
    "Amber",
    "96% (Q2) → 93% (Q3), target 95%",
    "Scorecard!F2",
    "Scorecard!F2",
  ]);
  expect(values).toHaveLength(13 + 7);
  // The old and new colours are coloured like RAG cells; the user's words stay text.
  expect(plan.sheets[1]!.cells[13]![5]).toMatchObject({ value: "Amber", fill: "#FFEB9C" });
  expect(plan.sheets[1]!.cells[13]![2]).toMatchObject({ asText: true });
});

test("without a previous analysis there is no Changes sheet", () => {
  const plan = buildSummaryPlan(q3, { generatedAt: "2026-12-02T10:00:00.000Z" });
  expect(plan.sheets.map((s) => s.name)).not.toContain(CHANGES_SHEET);
});
