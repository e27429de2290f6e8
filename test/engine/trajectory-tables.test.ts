/**
 * Plans with trajectories (issue 13, item 1): a baseline and targets by year are read as a
 * plan, and what makes the plan unsound is pointed at its cell. Workbook: PLAN_ROWS.
 */
import { readWorkbookSnapshot } from "../../src/adapters/xlsx";
import { loadCatalogue } from "../../src/core/catalogue";
import { checkWorkbook } from "../../src/core/engine";
import { detectLayout, readLayoutOverrides } from "../../src/core/layout";
import { periodPosition } from "../../src/core/trajectory";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import * as W from "../support/workbooks";

const load = loadCatalogue(W.PLAN_CATALOGUE);
if (!load.ok) throw new Error(JSON.stringify(load.problems));

let plan: WorkbookSnapshot;
beforeAll(async () => {
  const read = await readWorkbookSnapshot(
    await W.workbookBytes([W.gridSheet("Plan", W.PLAN_ROWS)]),
    "plan.xlsx",
  );
  if (!read.ok) throw new Error(read.reason);
  plan = read.snapshot;
});

test("the header is read as a plan: a name column, a dated baseline and two year-labelled targets", () => {
  const result = detectLayout(plan.sheets[0]!);
  expect(result.kind).toBe("scorecard");
  if (result.kind !== "scorecard") return;
  expect(result.layout.columns.map((c) => [c.role, c.period ?? ""])).toEqual([
    ["name", ""],
    ["baseline", "2006/07"],
    ["trajectory", "2007/08"],
    ["trajectory", "2008/09"],
  ]);
  expect(result.layout.missingRoles).toEqual([]);
  expect(result.layout.indicatorRows).toEqual([1, 2, 3, 4, 5]);
});

test("validates: the TBA, the wrong-way target and the unit mismatch, each at its cell, and nothing else", () => {
  const result = checkWorkbook(plan, { catalogue: load });
  expect(result.report.findings.map((f) => [f.code, f.severity, f.cell, f.indicatorId])).toEqual([
    ["trajectory/wrong-way", "warning", "C5", "ADOPT"],
    ["trajectory/unit-mismatch", "warning", "C6", "IA7"],
    ["trajectory/not-set", "info", "D4", "NEET"],
  ]);
  const messages = Object.fromEntries(result.report.findings.map((f) => [f.cell, f.message]));
  expect(messages["C5"]).toBe(
    "The 2007/08 target 620 is higher than the baseline (600), but lower is better: the plan expects this measure to get worse. Check the target, or the indicator's polarity in the catalogue.",
  );
  expect(messages["D4"]).toBe(
    'The 2008/09 target is not set (the cell holds "TBA"). Agree the target and put in the number, so progress can be judged against it.',
  );
});

test("a target not set is a warning once its period has started (1 May 2008 is inside 2008/09)", () => {
  const asOf = periodPosition(new Date(Date.UTC(2008, 4, 1)));
  const result = checkWorkbook(plan, { catalogue: load, asOf });
  const notSet = result.report.findings.find((f) => f.code === "trajectory/not-set")!;
  expect([notSet.severity, notSet.cell]).toEqual(["warning", "D4"]);
  expect(notSet.message).toMatch(/, and 2008\/09 has started\./);
  // Before 2008/09 starts (1 March 2008) it is still info.
  const early = checkWorkbook(plan, {
    catalogue: load,
    asOf: periodPosition(new Date(Date.UTC(2008, 2, 1))),
  });
  expect(early.report.findings.find((f) => f.code === "trajectory/not-set")!.severity).toBe("info");
});

test("each row keeps its trajectory points, on the indicator's scale", () => {
  const rows = checkWorkbook(plan, { catalogue: load }).analysis!.indicators;
  expect(rows[0]!.trajectory!.map((p) => [p.kind, p.period, p.value])).toEqual([
    ["baseline", "2006/07", 0.56],
    ["target", "2007/08", 0.66],
    ["target", "2008/09", 0.76],
  ]);
});

test("a single 'Target 2012/13' column stays the row's target, as before", () => {
  const result = detectLayout({
    name: "Q2",
    values: [
      ["PI Description", "Target 2012/13", "Q1", "Q2"],
      ["Attendance", 0.95, 0.94, 0.96],
    ],
    numberFormats: [],
    formulas: [],
  });
  expect(result.kind === "scorecard" && result.layout.columns.map((c) => [c.role, c.period ?? ""])).toEqual([
    ["name", ""],
    ["target", ""],
    ["period", "Q1"],
    ["period", "Q2"],
  ]);
});

test("a mapping rule 'trajectory:LABEL' makes a column a plan's target for that year", () => {
  const overrides = readLayoutOverrides({ sheets: { Plan: { "Aim for 2009/10": "trajectory:2009/10" } } });
  if (!overrides.ok) throw new Error(overrides.problems.join("; "));
  const sheet = {
    name: "Plan",
    values: [
      ["Outcome measures", "2006/7 Baseline", "2007/8 Target", "Aim for 2009/10"],
      ["The timeliness of core assessments", 0.56, 0.66, 0.6],
    ],
    numberFormats: [],
    formulas: [],
  };
  const result = detectLayout(sheet, overrides.overrides);
  expect(result.kind === "scorecard" && result.layout.columns.map((c) => [c.role, c.period ?? ""])).toEqual([
    ["name", ""],
    ["baseline", "2006/07"],
    ["trajectory", "2007/08"],
    ["trajectory", "2009/10"],
  ]);
});
