/**
 * Action plans (issue 13, item 5): a sheet of recommendations with a typed RAG and no numbers is
 * an action plan, counted by plan and by lead, not skipped as "not a scorecard".
 */
import { readWorkbookSnapshot } from "../../src/adapters/xlsx";
import { actionStatus, readActionPlan } from "../../src/core/action-plan";
import { checkWorkbook } from "../../src/core/engine";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import * as W from "../support/workbooks";

let workbook: WorkbookSnapshot;
beforeAll(async () => {
  const read = await readWorkbookSnapshot(
    await W.workbookBytes([W.gridSheet("Improvement plan", W.actionPlanRows())]),
    "plan.xlsx",
  );
  if (!read.ok) throw new Error(read.reason);
  workbook = read.snapshot;
});

test("18 recommendations roll up to exactly 0 Red, 11 Amber and 7 Green", () => {
  const plan = readActionPlan(workbook.sheets[0]!)!;
  expect(plan.headerRow).toBe(2);
  expect(plan.actions).toHaveLength(18);
  const count = (status: string) => plan.actions.filter((a) => a.status === status).length;
  expect([count("Red"), count("Amber"), count("Green")]).toEqual([0, 11, 7]);
});

test("each action keeps its plan (the section above it), lead, ref and commentary", () => {
  const plan = readActionPlan(workbook.sheets[0]!)!;
  expect(plan.actions[0]).toEqual({
    row: 4,
    ref: "R1",
    action: "Recommendation 1: strengthen management oversight of referrals",
    lead: "Principal Social Worker",
    plan: "Safeguarding practice",
    status: "Amber",
    typed: "Amber",
    commentary: "On track for the revised date.",
  });
  expect(plan.actions[17]!.plan).toBe("Leadership and workforce");
});

test("the workbook validates as an action plan: no 'not a scorecard', no errors", () => {
  const result = checkWorkbook(workbook);
  expect(result.report.findings.map((f) => f.code)).toEqual([]);
  expect(result.report.valid).toBe(true);
  expect(result.analysis!.actionPlans!.map((p) => [p.sheet, p.actions.length])).toEqual([
    ["Improvement plan", 18],
  ]);
});

test("a RAG word that is not Red, Amber, Green, Blue or Complete is flagged at its cell; a Red needs commentary", async () => {
  const rows = W.actionPlanRows();
  rows[4]![3] = "Amber/Green";
  rows[5]![3] = "Red";
  rows[5]![4] = "";
  const read = await readWorkbookSnapshot(await W.workbookBytes([W.gridSheet("Plan", rows)]), "plan.xlsx");
  if (!read.ok) throw new Error(read.reason);
  const findings = checkWorkbook(read.snapshot).report.findings;
  expect(findings.map((f) => [f.code, f.severity, f.cell, f.indicatorId])).toEqual([
    ["action/unknown-status", "warning", "D5", "R1"],
    ["commentary/missing", "warning", "E6", "R2"],
  ]);
});

test.each([
  ["R", "Red"],
  ["amber", "Amber"],
  ["G", "Green"],
  ["Blue", "Done"],
  ["Complete", "Done"],
  ["completed.", "Done"],
  ["", "Not rated"],
  ["Amber/Green", "Not a RAG word"],
  ["On track", "Not a RAG word"],
])("actionStatus(%p) is %p", (typed, status) => {
  expect(actionStatus(typed)).toBe(status);
});
