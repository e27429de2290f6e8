/**
 * The examples of issue 13's kinds of table: the CYPP plan with trajectories and the improvement
 * board's action plan (examples/, built by scripts/make-examples.js; each file's Notes sheet says
 * where its data came from).
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx";
import { checkWorkbook, summarizeWorkbook } from "../../src/core/engine";
import { SUMMARY_SHEETS } from "../../src/core/summary";
import { periodPosition } from "../../src/core/trajectory";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";

const EXAMPLES = path.resolve(__dirname, "../../examples");
async function example(name: string): Promise<WorkbookSnapshot> {
  const read = await readWorkbookSnapshot(fs.readFileSync(path.join(EXAMPLES, name)), name);
  if (!read.ok) throw new Error(read.reason);
  return read.snapshot;
}
const asOf = periodPosition(new Date(Date.UTC(2008, 5, 30)))!; // 30 June 2008: 2008/09 has started, 2009/10 not

describe("cypp-plan-2006-09-trajectories.xlsx", () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = await example("cypp-plan-2006-09-trajectories.xlsx");
  });

  it("validates with the plan's own problems at their cells: wrong way P5, units P6, three targets not set", () => {
    const findings = checkWorkbook(snapshot, { asOf }).report.findings.filter((f) =>
      f.code.startsWith("trajectory/"),
    );
    expect(findings.map((f) => [f.code, f.severity, `${f.sheet}!${f.cell}`, f.indicatorId])).toEqual([
      ["trajectory/wrong-way", "warning", "Outcome measures!D8", "P5"],
      ["trajectory/unit-mismatch", "warning", "Outcome measures!D9", "P6"],
      ["trajectory/not-set", "info", "Outcome measures!F6", "P3"],
      ["trajectory/not-set", "info", "Outcome measures!F10", "P7"],
      ["trajectory/not-set", "info", "Outcome measures!F13", "P10"],
    ]);
  });

  it("judges each 2007/8 actual against its 2007/8 target: by hand, P2, P8 and P9 are Behind", () => {
    // P2 392 against 370 (lower is better, 5% = 388.5): Behind. P8 13.1% against 12% (12.6%): Behind.
    // P9 44.9 against 42 (44.1): Behind. P4 11.5% against 12%: lower, within 5%: On track.
    const rows = checkWorkbook(snapshot, { asOf }).analysis!.indicators;
    expect(rows.map((i) => [i.id, i.onTrack])).toEqual([
      ["P1", "On track"],
      ["P2", "Behind"],
      ["P3", "On track"],
      ["P4", "On track"],
      ["P5", "On track"],
      ["P6", "On track"],
      ["P7", "On track"],
      ["P8", "Behind"],
      ["P9", "Behind"],
      ["P10", "On track"],
    ]);
  });
});

describe("improvement-plan-actions.xlsx", () => {
  it("rolls up to exactly 0 Red, 11 Amber and 7 Green on the Scorecard Summary, with no empty indicator tables", async () => {
    const result = summarizeWorkbook(await example("improvement-plan-actions.xlsx"), {
      generatedAt: "2026-12-02T10:00:00.000Z",
    });
    expect(result.report.valid).toBe(true);
    const summary = result.plan!.sheets.find((s) => s.name === SUMMARY_SHEETS.summary)!;
    const values = summary.cells.map((row) => row.map((cell) => cell?.value ?? null));
    const top = values.findIndex((r) => r[0] === "Plan" && r[1] === "Red");
    expect(values.slice(top, top + 4)).toEqual([
      ["Plan", "Red", "Amber", "Green", "Done", "Not rated", "Total"],
      ["Safeguarding practice", 0, 6, 3, 0, 0, 9],
      ["Leadership and workforce", 0, 5, 4, 0, 0, 9],
      ["All actions", 0, 11, 7, 0, 0, 18],
    ]);
    expect(values.some((r) => r[0] === "RAG by outcome area")).toBe(false);
  });
});

describe("inspection-grades.xlsx", () => {
  it("reads JAR and Ofsted grades through their scales: RAG and direction by hand", async () => {
    // JAR (higher is better), target Good (3): 2006 -> 2009. Ofsted (lower is better), target Good (2): 2015 -> 2018.
    const rows = checkWorkbook(await example("inspection-grades.xlsx")).analysis!.indicators;
    expect(rows.map((i) => [i.id, i.period, i.value, i.rag, i.direction])).toEqual([
      ["JAR1", "2009", 3, "Green", "No change"], // good -> good
      ["JAR2", "2009", 3, "Green", "Improving"], // "2" adequate -> "Grade 3 (good)"
      ["JAR3", "2009", 4, "Green", "Improving"], // good -> excellent
      ["JAR4", "2009", 2, "Amber", "Worsening"], // good -> adequate: one grade short
      ["JAR5", "2009", 2, "Amber", "No change"],
      ["OF1", "2018", 1, "Green", "Improving"], // good -> outstanding
      ["OF2", "2018", 3, "Amber", "No change"], // requires improvement: one grade short of good
      ["OF3", "2018", 2, "Green", "Improving"],
      ["OF4", "2018", 4, "Red", "Worsening"], // good -> inadequate: two grades short
    ]);
    expect(rows.every((i) => i.spc === undefined)).toBe(true);
  });
});

describe("oba-report-card.xlsx", () => {
  it("has a Report card per indicator with an intervention: a chart of actuals and the baseline forecast, and the OBA questions", async () => {
    const result = summarizeWorkbook(await example("oba-report-card.xlsx"), {
      generatedAt: "2026-12-02T10:00:00.000Z",
    });
    const card = result.plan!.sheets.find((s) => s.name === "Report card")!;
    expect(card.charts!.map((c) => [c.title, c.series.map((s) => s.name)])).toEqual([
      ["TC: Teenage conceptions per 1,000 girls aged 15-17", ["Actual", "Baseline forecast (before 2005)"]],
      [
        "NEET: Young people aged 16-18 not in education, employment or training (%)",
        ["Actual", "Baseline forecast (before 2007)"],
      ],
    ]);
    const texts = card.cells.flat().map((c) => c?.value);
    expect(texts.filter((t) => t === "Is anyone better off?")).toHaveLength(2);
    // TC fell from about 52 to 38.7 after 2005 against a flat baseline: turned. NEET kept to its trend: not yet.
    expect(
      texts.filter((t) => typeof t === "string" && /^(Turned the curve|Not yet turned):/.test(t)),
    ).toEqual([
      "Turned the curve: the latest values against the baseline forecast's 95% prediction interval (KPI.CURVE).",
      "Not yet turned: the latest values against the baseline forecast's 95% prediction interval (KPI.CURVE).",
    ]);
  });
});
