/**
 * Tests of the `scorecard` command line (issue 3, items 4, 6 and 7), run in process: the same
 * main(argv) that bin/scorecard.js calls, with stdout and stderr collected (runCliHere), on the
 * two example workbooks and on small generated workbooks that hold each finding code at least
 * once. Checks exit codes, the JSON report, the summary workbook and that nothing is lost or
 * injected. The real binary is run by the few smoke tests in cli.smoke.test.ts.
 *
 * Each generated workbook is described in test/support/workbooks.ts: the standard scorecard
 * (ATT, CIC, WAIT, NEET against TEST_CATALOGUE) is clean, and each case changes one thing.
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { ValueType, Workbook } from "exceljs";
import { readWorkbookSnapshot, type SheetToWrite } from "../../src/adapters/xlsx";
import { readRagTable, SUMMARY_SHEETS } from "../../src/core/summary";
import {
  FINDING_CODES,
  FINDING_SEVERITY,
  type Finding,
  type FindingCode,
  type Severity,
  type ValidationReport,
} from "../../src/core/validation";
import * as W from "../support/workbooks";
import { jsonOf, REPO, runCliHere as runCli, STACK_TRACE_LINE, type CliRun } from "./run-cli";
import { DIRECTORATE_COUNTS } from "../support/example-counts";

jest.setTimeout(240_000);

const DIRECTORATE = "directorate-scorecard-2012-13-q2.xlsx";
const CYPP = "cypp-report-card-2007.xlsx";

let dir: string;

beforeAll(async () => {
  dir = W.makeTempDir("scorecard-e2e-");
  for (const example of [DIRECTORATE, CYPP])
    fs.copyFileSync(path.join(REPO, "examples", example), path.join(dir, example));
}, 600_000);

afterAll(async () => {
  if (dir) W.removeTempDir(dir);
});

const sha256 = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const inDir = (name: string): string => path.join(dir, name);

/** Where a finding points, and what it is: the parts a reader checks first. */
interface Place {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  cell: string;
  indicatorId: string;
}
const placeOf = (f: Finding): Place => ({
  code: f.code,
  severity: f.severity,
  sheet: f.sheet,
  cell: f.cell,
  indicatorId: f.indicatorId ?? "",
});
const at = (
  code: FindingCode,
  sheet: string,
  cell: string,
  indicatorId = "",
  severity: Severity = FINDING_SEVERITY[code],
): Place => ({
  code,
  severity,
  sheet,
  cell,
  indicatorId,
});

function codeCounts(report: ValidationReport): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of report.findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  return counts;
}

function expectNoStackTrace(run: CliRun): void {
  expect(run.stderr).not.toMatch(STACK_TRACE_LINE);
  expect(run.stdout).not.toMatch(STACK_TRACE_LINE);
}

// ---------------------------------------------------------------------------------------------
describe("validate: the example workbooks", () => {
  let directorate: CliRun;
  let cypp: CliRun;
  beforeAll(async () => {
    directorate = await runCli(["validate", DIRECTORATE, "--json"], dir);
    cypp = await runCli(["validate", CYPP, "--json"], dir);
  });

  /*
   * Directorate scorecard 2012/13 Q2 (built-in catalogue; Q2 is the latest period with values).
   * What a data analyst finds by reading the sheet (row numbers as in Excel; header in row 3):
   * errors (3)
   *   D4  rag/mismatch      Appraisals typed Green; 97% against 100% (higher, 5% relative tolerance:
   *                         amber from 95%) is Amber.
   *   D7  rag/mismatch      Equality typed Amber; 80% against 100% is below 95%: Red.
   *   (G9, H9 hold "Amber" for the restructure milestone, a text indicator: words are its values,
   *   so they are not findings.)
   *   H22 value/not-numeric "8.6% (1691) Not known data unavailable": words mixed with numbers.
   * warnings (19)
   *   rag/missing (9)       D10-D18: the "Develop a high performing..." rows have no typed colour.
   *   commentary/missing (4) C10, C12, C14, C17: the Reds among them (homes 36%, PRUs 67%,
   *                         core assessments 75.1% vs 85%, complaints 56% vs 83%) have no summary.
   *   target/not-numeric    F10 "100% by 2015" (the catalogue's 100% is used).
   *   target/missing (4)    F19-F22: the city priority rows have no target anywhere.
   *   value/multiple        G22 "7.0% (1603) Not knowns: 8.9% (2153)".
   * info (46)
   *   G4 "N/A" placeholder; the Notes sheet skipped; the 44 report-card indicators of the
   *   built-in catalogue are absent (optional, so info).
   */
  it("directorate example: exit 1, INVALID, period Q2, built-in catalogue, exact counts", async () => {
    expect(directorate.status).toBe(1);
    const report = jsonOf<ValidationReport>(directorate);
    expect(report.file).toBe(DIRECTORATE);
    expect(report.valid).toBe(false);
    expect(report.period).toBe("Q2");
    expect(report.catalogue).toEqual({ name: "Leeds children's services example", version: "2026.1" });
    expect(report.counts).toEqual(DIRECTORATE_COUNTS);
    expect(codeCounts(report)).toEqual({
      "rag/mismatch": 2,
      "value/not-numeric": 1,
      "rag/missing": 9,
      "commentary/missing": 4,
      "target/not-numeric": 1,
      "target/missing": 4,
      "value/multiple": 1,
      "value/placeholder": 1,
      "sheet/no-scorecard": 1,
      "indicator/missing": 44,
    });
  });

  it("directorate example: the findings an analyst expects, at the right cells", async () => {
    const report = jsonOf<ValidationReport>(directorate);
    const sheet = "Scorecard Q2";
    const places = report.findings.map(placeOf);
    expect(places).toEqual(
      expect.arrayContaining([
        at("rag/mismatch", sheet, "D4", "CS-APPR"),
        at("rag/mismatch", sheet, "D7", "CS-EQUALITY"),
        at("value/not-numeric", sheet, "H22", "CS-NEET"),
        at("target/not-numeric", sheet, "F10", "CS-HOMES"),
        at("value/placeholder", sheet, "G4", "CS-APPR"),
        at("value/multiple", sheet, "G22", "CS-NEET"),
        at("commentary/missing", sheet, "C10", "CS-HOMES"),
        at("commentary/missing", sheet, "C12", "CS-PRU"),
        at("commentary/missing", sheet, "C14", "CS-CA"),
        at("commentary/missing", sheet, "C17", "CS-COMP20"),
        at("target/missing", sheet, "F19", "CS-LAC"),
        at("sheet/no-scorecard", "Notes", ""),
      ]),
    );
    const d4 = report.findings.find((f) => f.cell === "D4")!;
    expect(d4).toMatchObject({ severity: "error", row: 4, column: 4, expected: "Amber", actual: "Green" });
    expect(d4.message).toMatch(/97%/);
    expect(d4.message).toMatch(/100%/);
    expect(report.findings.find((f) => f.cell === "D7")).toMatchObject({ expected: "Red", actual: "Amber" });
    // A text indicator (the restructure milestone, reported as a typed RAG word) takes words.
    expect(report.findings.filter((f) => f.indicatorId === "CS-RESTRUCTURE")).toEqual([]);
    expect(report.findings.find((f) => f.cell === "F10")).toMatchObject({ actual: "100% by 2015" });
    expect(report.findings.find((f) => f.cell === "G4")).toMatchObject({ actual: "N/A", severity: "info" });
    // The typed colours that agree with the numbers are not findings: Staff engagement Amber
    // (73% vs 74%), Consultation Red (20%), Keep within budget Green ((£82k) within ±£250k of £0).
    for (const cell of ["D5", "D6", "D8"])
      expect(report.findings.filter((f) => f.sheet === sheet && f.cell === cell)).toEqual([]);
    // Rag/missing says what the colour should be: initial assessments 76.0% vs 80% is Amber.
    expect(report.findings.find((f) => f.code === "rag/missing" && f.cell === "D13")).toMatchObject({
      expected: "Amber",
      indicatorId: "CS-IA",
    });
  });

  /*
   * CYPP report card 2007 (its own Catalogue sheet is the catalogue; "Current" is the latest
   * period with values). No RAG column (one warning); 20 indicators without a target anywhere
   * (column J blank, "na" or "-" and none in the catalogue); 24 indicators with no figure in
   * Current, the period reported (column I: 9 "na" or "-", 15 blank: value/no-figure, warnings);
   * 53 placeholder cells ("na", "-") in the trend columns; the Catalogue sheet is skipped.
   * No errors: VALID.
   */
  it("CYPP example: exit 0, VALID, period Current, the workbook's own catalogue, exact counts", async () => {
    expect(cypp.status).toBe(0);
    const report = jsonOf<ValidationReport>(cypp);
    expect(report.valid).toBe(true);
    expect(report.period).toBe("Current");
    expect(report.catalogue).toEqual({ name: "CYPP report card 2007 catalogue", version: "2026.1" });
    expect(report.counts).toEqual({ fatal: 0, error: 0, warning: 45, info: 54 });
    expect(codeCounts(report)).toEqual({
      "header/missing-column": 1,
      "target/missing": 20,
      "value/no-figure": 24,
      "value/placeholder": 53,
      "sheet/no-scorecard": 1,
    });
    const places = report.findings.map(placeOf);
    expect(places).toEqual(
      expect.arrayContaining([
        at("header/missing-column", "Report card", ""),
        at("target/missing", "Report card", "J4", "1"),
        at("target/missing", "Report card", "J5", "2"),
        at("value/no-figure", "Report card", "I9", "6"),
        at("value/placeholder", "Report card", "D4", "1"),
        at("sheet/no-scorecard", "Catalogue", ""),
      ]),
    );
    expect(report.findings.find((f) => f.code === "header/missing-column")).toMatchObject({
      row: 3,
      expected: "rag",
    });
    expect(report.findings.find((f) => f.cell === "I9")).toMatchObject({ actual: "-" });
  });

  it("the text report (no --json) names the cell, the code and the message; info is summarised", async () => {
    const run = await runCli(["validate", DIRECTORATE], dir);
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(
      /^directorate-scorecard-2012-13-q2\.xlsx: INVALID \(3 errors, 19 warnings, 46 info\)/,
    );
    expect(lines.find((l) => l.includes("Scorecard Q2!D4"))).toMatch(
      /error\s+Scorecard Q2!D4\s+rag\/mismatch\s+The typed colour is Green but the numbers give Amber/,
    );
    expect(run.stdout).toMatch(/46 info findings not shown/);
    expect(run.stdout).not.toMatch(/indicator\/missing/);
    expect(run.stderr).toBe("");
  });
});

// ---------------------------------------------------------------------------------------------
/** One generated workbook per finding code found inside a workbook (the fatal ones follow). */
interface CodeCase {
  /** Short file-name-safe name. */
  readonly name: string;
  readonly code?: FindingCode;
  /** What the workbook holds, in words. */
  readonly holds: string;
  readonly sheets: () => SheetToWrite[];
  /** Every finding the workbook should give, no more. */
  readonly expected: readonly Place[];
  /** More about the finding of `code` (the first of expected with that code). */
  readonly detail?: Partial<Finding>;
  readonly message?: RegExp;
}

const S = "Scorecard";
const standardWith = (id: keyof typeof W.ROW, cells: Record<string, W.CellInput>): SheetToWrite[] => [
  W.scorecardSheet({ rows: W.standardRowsWith(id, W.withCells(W.ROW[id], cells)) }),
];

const CODE_CASES: readonly CodeCase[] = [
  {
    name: "clean",
    holds: "the standard scorecard, every cell as the catalogue expects",
    sheets: () => [W.scorecardSheet()],
    expected: [],
  },
  {
    name: "names-only",
    holds:
      "no ID column: rows matched by name, one by an alias typed in another case and spacing (LOOKED AFTER  children)",
    sheets: () => [
      W.scorecardSheet({
        header: W.STANDARD_HEADER.filter((h) => h !== "ID"),
        rows: W.STANDARD_ROWS.map((r) =>
          r.ID === "CIC" ? { ...r, Indicator: "LOOKED AFTER  children" } : r,
        ),
      }),
    ],
    expected: [],
  },
  {
    name: "no-scorecard",
    code: "sheet/no-scorecard",
    holds: "a Notes sheet of free text beside the scorecard",
    sheets: () => [W.scorecardSheet(), W.notesSheet("Notes")],
    expected: [at("sheet/no-scorecard", "Notes", "")],
    message: /does not look like a scorecard/,
  },
  {
    name: "missing-column",
    code: "header/missing-column",
    holds: "no RAG column",
    sheets: () => [W.scorecardSheet({ header: W.STANDARD_HEADER.filter((h) => h !== "RAG") })],
    expected: [at("header/missing-column", S, "")],
    detail: { row: 1, expected: "rag" },
    message: /No RAG column/,
  },
  {
    name: "duplicate-column",
    code: "header/duplicate-column",
    holds: "a Comments column (I) after the Commentary column (G)",
    sheets: () => [W.scorecardSheet({ header: [...W.STANDARD_HEADER, "Comments"] })],
    expected: [at("header/duplicate-column", S, "I1")],
    detail: { expected: "commentary" },
    message: /"Commentary", "Comments"/,
  },
  {
    name: "unknown-near",
    code: "indicator/unknown",
    holds: 'an extra row 6 with no id, named "Scool atendance" (a typing slip for School attendance)',
    sheets: () => [
      W.scorecardSheet({ rows: [...W.STANDARD_ROWS, { Indicator: "Scool atendance", Q1: 0.9, Q2: 0.91 }] }),
    ],
    expected: [at("indicator/unknown", S, "B6")],
    detail: { actual: "Scool atendance", expected: "School attendance" },
    message: /Did you mean "School attendance"\?/,
  },
  {
    name: "unknown-id",
    code: "indicator/unknown",
    holds: "an extra row 6 with id XYZ and a name the catalogue has nothing like",
    sheets: () => [
      W.scorecardSheet({
        rows: [...W.STANDARD_ROWS, { ID: "XYZ", Indicator: "Number of library visits", Q2: 5 }],
      }),
    ],
    // No indicatorId: the id is not a known indicator (the label is in `actual`).
    expected: [at("indicator/unknown", S, "A6")],
    detail: { actual: "XYZ" },
    message: /^"XYZ" is not in the indicator catalogue\. Correct the name or id/,
  },
  {
    name: "name-mismatch",
    code: "indicator/name-mismatch",
    holds: 'ATT named "Pupil attendance" instead of "School attendance"',
    sheets: () => standardWith("ATT", { Indicator: "Pupil attendance" }),
    expected: [at("indicator/name-mismatch", S, "B2", "ATT")],
    detail: { expected: "School attendance", actual: "Pupil attendance" },
  },
  {
    name: "duplicate",
    code: "indicator/duplicate",
    holds: "CIC again in row 6",
    sheets: () => [W.scorecardSheet({ rows: [...W.STANDARD_ROWS, W.ROW.CIC] })],
    expected: [at("indicator/duplicate", S, "A6", "CIC")],
    message: /first found at Scorecard!A3/,
  },
  {
    name: "missing",
    code: "indicator/missing",
    holds: "only CIC and WAIT: ATT (mandatory) and NEET (optional) are absent",
    sheets: () => [W.scorecardSheet({ rows: [W.ROW.CIC, W.ROW.WAIT] })],
    expected: [
      at("indicator/missing", "", "", "ATT", "error"),
      at("indicator/missing", "", "", "NEET", "info"),
    ],
    message: /mandatory/,
  },
  {
    name: "placeholder",
    code: "value/placeholder",
    holds: 'ATT Q1 (D2) is "tbc"',
    sheets: () => standardWith("ATT", { Q1: "tbc" }),
    expected: [at("value/placeholder", S, "D2", "ATT")],
    detail: { actual: "tbc" },
  },
  {
    name: "no-figure",
    code: "value/no-figure",
    holds: "ATT Q2 (E2), in the period being reported, is blank",
    sheets: () => standardWith("ATT", { Q2: null }),
    expected: [at("value/no-figure", S, "E2", "ATT")],
    detail: { actual: "" },
    message:
      /^No figure for Q2, the period being reported \(the cell is blank\)\. Chase the figure before the pack goes out, or say why in the commentary\.$/,
  },
  {
    name: "suppressed",
    code: "value/suppressed",
    holds: 'ATT Q1 (D2) is "<5", a small number withheld',
    sheets: () => standardWith("ATT", { Q1: "<5" }),
    expected: [at("value/suppressed", S, "D2", "ATT")],
    detail: { actual: "<5" },
    message:
      /^Q1: "<5" is suppressed \(a small number, below 5\)\. It is a gap, not a mistake: it is left out of trends and counts and never read as a number\.$/,
  },
  {
    name: "not-numeric",
    code: "value/not-numeric",
    holds: 'ATT Q2 (E2) is the word "Amber"',
    sheets: () => standardWith("ATT", { Q2: "Amber" }),
    expected: [at("value/not-numeric", S, "E2", "ATT")],
    detail: { actual: "Amber" },
  },
  {
    name: "number-as-text",
    code: "value/number-as-text",
    holds: 'CIC Q2 (E3) is the text "1390"',
    sheets: () => standardWith("CIC", { Q2: "1390" }),
    expected: [at("value/number-as-text", S, "E3", "CIC")],
    detail: { actual: "1390" },
  },
  {
    name: "formula-error",
    code: "value/formula-error",
    holds: "ATT Q2 (E2) is the formula =D2/0 whose cached result is #DIV/0!",
    sheets: () => standardWith("ATT", { Q2: W.formula("=D2/0", W.errorValue("#DIV/0!")) }),
    expected: [at("value/formula-error", S, "E2", "ATT")],
    detail: { actual: "#DIV/0!" },
    message: /#DIV\/0!/,
  },
  {
    name: "unit-fraction",
    code: "value/unit-mismatch",
    holds: "WAIT (0-100 points; Q1 85, target 90) Q2 (E4) is a plain 0.88",
    sheets: () => standardWith("WAIT", { Q2: 0.88 }),
    expected: [at("value/unit-mismatch", S, "E4", "WAIT")],
    message: /type 88/,
  },
  {
    name: "unit-money",
    code: "value/unit-mismatch",
    holds: "ATT (a percentage) Q2 (E2) is 96 formatted as money (£96)",
    sheets: () => standardWith("ATT", { Q2: W.money(96) }),
    expected: [at("value/unit-mismatch", S, "E2", "ATT")],
    message: /money/,
  },
  {
    name: "out-of-range",
    code: "value/out-of-range",
    holds: "WAIT (plausible 0-100) Q2 (E4) is 150, typed Green",
    sheets: () => standardWith("WAIT", { Q2: 150, RAG: "Green" }),
    expected: [at("value/out-of-range", S, "E4", "WAIT")],
  },
  {
    name: "multiple",
    code: "value/multiple",
    holds: 'ATT Q2 (E2) is "96% (1603)": a rate with a count',
    sheets: () => standardWith("ATT", { Q2: "96% (1603)" }),
    expected: [at("value/multiple", S, "E2", "ATT")],
    message: /96% is used/,
  },
  {
    name: "target-missing",
    code: "target/missing",
    holds: "NEET (no catalogue target) has a blank Target (C5)",
    sheets: () => standardWith("NEET", { Target: null }),
    expected: [at("target/missing", S, "C5", "NEET")],
  },
  {
    name: "target-not-numeric",
    code: "target/not-numeric",
    holds: 'ATT Target (C2) is "95% by 2015"',
    sheets: () => standardWith("ATT", { Target: "95% by 2015" }),
    expected: [at("target/not-numeric", S, "C2", "ATT")],
    detail: { actual: "95% by 2015" },
  },
  {
    name: "target-bound",
    code: "target/not-numeric",
    holds: 'CIC Target (C3) is "<1400", a bound rather than a number',
    sheets: () => standardWith("CIC", { Target: "<1400" }),
    expected: [at("target/not-numeric", S, "C3", "CIC")],
    detail: { actual: "<1400" },
    message: /^The target "<1400" is a bound, not a number; the catalogue's target 1,?400 is used instead\./,
  },
  {
    name: "target-mismatch",
    code: "target/mismatch",
    holds: "ATT Target (C2) is 90%; the catalogue says 95%",
    sheets: () => standardWith("ATT", { Target: W.pct(0.9) }),
    expected: [at("target/mismatch", S, "C2", "ATT")],
    detail: { expected: "95%", actual: "90%" },
  },
  {
    name: "rag-invalid",
    code: "rag/invalid",
    holds: 'ATT RAG (F2) is "Purple"',
    sheets: () => standardWith("ATT", { RAG: "Purple" }),
    expected: [at("rag/invalid", S, "F2", "ATT")],
    detail: { actual: "Purple" },
  },
  {
    name: "rag-mismatch",
    code: "rag/mismatch",
    holds: "ATT RAG (F2) is Red although 96% beats the 95% target",
    sheets: () => standardWith("ATT", { RAG: "Red" }),
    expected: [at("rag/mismatch", S, "F2", "ATT")],
    detail: { expected: "Green", actual: "Red" },
    message: /96% against target 95%/,
  },
  {
    name: "rag-missing",
    code: "rag/missing",
    holds: "ATT RAG (F2) is blank",
    sheets: () => standardWith("ATT", { RAG: null }),
    expected: [at("rag/missing", S, "F2", "ATT")],
    detail: { expected: "Green" },
  },
  {
    name: "commentary-missing",
    code: "commentary/missing",
    holds: "CIC Q2 is 1500 (above 1400 + 5%: Red), typed Red, with no commentary (G3)",
    sheets: () => standardWith("CIC", { Q2: 1500, RAG: "Red", Commentary: null }),
    expected: [at("commentary/missing", S, "G3", "CIC")],
  },
  {
    name: "out-of-range-fraction",
    holds: "ATT (a 0-1 percentage, plausible 0 to 1) Q2 (E2) is 120%, typed Green",
    sheets: () => standardWith("ATT", { Q2: W.pct(1.2) }),
    expected: [at("value/out-of-range", S, "E2", "ATT")],
  },
];

/** Codes a workbook cannot hold: they come from the file, the catalogue or the command line. */
const FATAL_CODES: readonly FindingCode[] = [
  "file/unreadable",
  "file/too-large",
  "catalogue/invalid",
  "period/unknown",
];
/** Codes that need a command-line option: --map (tested in "validate --map") and --period (with the fatal codes). */
const OPTION_CODES: readonly FindingCode[] = ["map/unused", "period/empty"];
/** Codes that need 13 or more periods: tested on the monthly scorecard in test/engine/monthly-spc.test.ts. */
const SPC_CODES: readonly FindingCode[] = ["spc/differs-from-rag", "spc/rebase-unknown"];
/** Codes of plans and action plans: tested in test/engine/trajectory-tables.test.ts and action-plans.test.ts. */
const PLAN_CODES: readonly FindingCode[] = [
  "trajectory/wrong-way",
  "trajectory/not-set",
  "trajectory/unit-mismatch",
  "action/unknown-status",
];

describe("validate: generated workbooks with each finding code", () => {
  const reports = new Map<string, ValidationReport>();
  let batch: CliRun;

  beforeAll(async () => {
    const files: string[] = [];
    for (const c of CODE_CASES) files.push(await W.writeWorkbook(dir, `case-${c.name}.xlsx`, c.sheets()));
    const catalogue = W.writeCatalogue(dir, W.TEST_CATALOGUE, "test-catalogue.json");
    // One run for all the cases: the binary reports each file (a JSON array, in order).
    batch = await runCli(
      ["validate", "--json", "--catalogue", catalogue, ...files.map((f) => path.basename(f))],
      dir,
    );
    const all = jsonOf<ValidationReport[]>(batch);
    CODE_CASES.forEach((c, i) => reports.set(c.name, all[i]!));
  });

  it("every code in FINDING_SEVERITY has a case here or among the fatal-code and option tests below", async () => {
    const covered = new Set<FindingCode>([
      ...CODE_CASES.flatMap((c) => c.expected.map((e) => e.code)),
      ...FATAL_CODES,
      ...OPTION_CODES,
      ...SPC_CODES,
      ...PLAN_CODES,
    ]);
    expect(FINDING_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it("the batch run reports every file, in order, and exits 1 (some are invalid)", async () => {
    expect(batch.status).toBe(1);
    expect(CODE_CASES.map((c) => reports.get(c.name)?.file)).toEqual(
      CODE_CASES.map((c) => `case-${c.name}.xlsx`),
    );
    expect(batch.stderr).toMatch(/\[1\/\d+\] case-clean\.xlsx/);
  });

  it.each(CODE_CASES.map((c) => [c.code ?? c.name, c.holds, c] as const))("%s: %s", (_code, _holds, c) => {
    const report = reports.get(c.name)!;
    expect(report.findings.map(placeOf)).toEqual(expect.arrayContaining([...c.expected]));
    expect(report.findings).toHaveLength(c.expected.length);
    expect(report.catalogue).toEqual({ name: "Test catalogue", version: "1.0" });
    expect(report.period).toBe("Q2");
    const hasErrors = c.expected.some((e) => e.severity === "error" || e.severity === "fatal");
    expect(report.valid).toBe(!hasErrors);
    if (c.code) {
      const finding = report.findings.find((f) => f.code === c.code)!;
      if (c.detail) expect(finding).toMatchObject(c.detail);
      if (c.message) expect(finding.message).toMatch(c.message);
      if (finding.cell !== "") {
        const column = finding.cell.charCodeAt(0) - 64;
        expect([finding.row, finding.column]).toEqual([Number(finding.cell.slice(1)), column]);
      }
    }
  });

  // Messages must speak the indicator's unit, as rag/mismatch and target/mismatch already do.
  it("target/not-numeric names the catalogue's fallback target in the indicator's unit (95%, not 0.95)", async () => {
    const finding = reports.get("target-not-numeric")!.findings[0]!;
    expect(finding.message).toMatch(/the catalogue's target 95% is used/);
  });

  it("value/out-of-range gives the plausible range in the unit of the value (120% against 0% to 100%, not 0 to 1)", async () => {
    const finding = reports.get("out-of-range-fraction")!.findings[0]!;
    expect(finding.message).toMatch(/^120% is outside the plausible range/);
    expect(finding.message).toMatch(/\(0% to 100%\)/);
  });
});

// ---------------------------------------------------------------------------------------------
describe("validate: the fatal codes (file, catalogue, period)", () => {
  it("file/unreadable: random bytes named .xlsx -> exit 2, the reason, no stack trace", async () => {
    fs.writeFileSync(
      inDir("random.xlsx"),
      Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256)),
    );
    const run = await runCli(["validate", "random.xlsx", "--json"], dir);
    expect(run.status).toBe(2);
    const report = jsonOf<ValidationReport>(run);
    expect(report).toMatchObject({
      file: "random.xlsx",
      valid: false,
      counts: { fatal: 1, error: 0, warning: 0, info: 0 },
    });
    expect(report.findings.map(placeOf)).toEqual([at("file/unreadable", "", "")]);
    expect(report.findings[0]!.message).toMatch(/not an \.xlsx workbook/);
    expectNoStackTrace(run);
  });

  it("file/unreadable: a CSV renamed .xlsx -> exit 2, says to save it as .xlsx, no stack trace (text report)", async () => {
    fs.writeFileSync(
      inDir("csv-renamed.xlsx"),
      "Section,Priority,Overall Progress,Supporting Measure,Target,Q1,Q2\nCross Council,Appraisals,Green,Every year 100% of staff have an appraisal,100%,N/A,97%\n",
    );
    const run = await runCli(["validate", "csv-renamed.xlsx"], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/csv-renamed\.xlsx: INVALID \(1 fatal problem/);
    expect(run.stdout).toMatch(/file\/unreadable .*CSV.*save it as an Excel Workbook \(\.xlsx\)/);
    expectNoStackTrace(run);
  });

  it("file/unreadable: a file that does not exist -> exit 2 and says so", async () => {
    const run = await runCli(["validate", "no-such-file.xlsx", "--json"], dir);
    expect(run.status).toBe(2);
    const report = jsonOf<ValidationReport>(run);
    expect(report.findings.map((f) => f.code)).toEqual(["file/unreadable"]);
    expect(report.findings[0]!.message).toBe("no-such-file.xlsx does not exist.");
    expectNoStackTrace(run);
  });

  it("a truncated .xlsx (a real zip cut in half) -> exit 2, file/unreadable, no stack trace", async () => {
    const bytes = fs.readFileSync(inDir(DIRECTORATE));
    fs.writeFileSync(inDir("truncated.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const run = await runCli(["validate", "truncated.xlsx", "--json"], dir);
    expect(run.status).toBe(2);
    expect(jsonOf<ValidationReport>(run).findings.map((f) => f.code)).toEqual(["file/unreadable"]);
    expectNoStackTrace(run);
  });

  describe("a workbook over --max-cells", () => {
    let run: CliRun;
    beforeAll(async () => {
      run = await runCli(["validate", CYPP, "--json", "--max-cells", "10"], dir);
    });

    it("--max-cells below the workbook's size -> exit 2 and the reason names the limit", async () => {
      expect(run.status).toBe(2);
      const report = jsonOf<ValidationReport>(run);
      expect(report.counts.fatal).toBe(1);
      expect(report.findings[0]!.message).toMatch(
        /^The workbook has at least 14 cells in its used ranges \(reading stopped at row 2 of the worksheet "Report card"\); the limit is 10\. Split it or raise --max-cells\.$/,
      );
    });

    // FINDING_SEVERITY declares file/too-large; a workbook over the cell limit should carry it
    // (not the generic file/unreadable), so a pipeline can tell "too big" from "corrupt".
    it("file/too-large: a workbook over --max-cells gives the code file/too-large, at the row that passed it", async () => {
      const report = jsonOf<ValidationReport>(run);
      expect(report.findings.map(placeOf)).toEqual([at("file/too-large", "Report card", "")]);
      expect(report.findings[0]!.row).toBe(2);
    });
  });

  it("--max-cells that is not a whole number -> exit 2, usage message", async () => {
    const run = await runCli(["validate", CYPP, "--max-cells", "lots"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--max-cells.*whole number/);
    expect(run.stdout).toBe("");
  });

  describe("catalogue/invalid", () => {
    let brokenWorkbook: string;
    let run: CliRun;
    beforeAll(async () => {
      // The workbook's own Catalogue sheet: polarity "sideways" (C2), no id (A3), unit "kg" (D3).
      brokenWorkbook = await W.writeWorkbook(dir, "broken-own-catalogue.xlsx", [
        W.scorecardSheet(),
        W.gridSheet("Catalogue", [
          ["id", "name", "polarity", "unit"],
          ["ATT", "School attendance", "sideways", "percent"],
          ["", "Children in care", "lower", "kg"],
        ]),
      ]);
      run = await runCli(["validate", path.basename(brokenWorkbook), "--json"], dir);
    });

    it("a broken Catalogue sheet in the workbook -> exit 2, one fatal finding per problem, each located", async () => {
      expect(run.status).toBe(2);
      const report = jsonOf<ValidationReport>(run);
      expect(report.valid).toBe(false);
      expect(report.counts).toEqual({ fatal: 3, error: 0, warning: 0, info: 0 });
      expect(report.findings.map((f) => [f.code, f.severity])).toEqual([
        ["catalogue/invalid", "fatal"],
        ["catalogue/invalid", "fatal"],
        ["catalogue/invalid", "fatal"],
      ]);
      const messages = report.findings.map((f) => f.message).join("\n");
      expect(messages).toMatch(
        /Catalogue!C2: .*polarity must be one of higher, lower, target, neutral \(found "sideways"\)/,
      );
      expect(messages).toMatch(/Catalogue!A3: .*id is missing/);
      expect(messages).toMatch(/Catalogue!D3: .*unit must be one of .* \(found "kg"\)/);
      expectNoStackTrace(run);
    });

    // Issue 3 item 4: each finding has a sheet and an A1 cell. A Catalogue-sheet problem has
    // both (the loader knows them: "Catalogue!C2"), so the finding should point there too.
    it("a broken Catalogue sheet: the findings point at the sheet and cell of each problem", async () => {
      const report = jsonOf<ValidationReport>(run);
      expect(report.findings.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual([
        "Catalogue!A3",
        "Catalogue!C2",
        "Catalogue!D3",
      ]);
    });

    it("--catalogue naming a broken JSON file -> exit 2 and every problem in the JSON report with its path", async () => {
      const file = W.writeCatalogue(
        dir,
        {
          name: "Broken",
          indicators: [
            { id: "A", name: "a", polarity: "sideways", unit: "percent" },
            { name: "b", polarity: "higher", unit: "kg", target: "high" },
          ],
        },
        "broken-catalogue.json",
      );
      const run = await runCli(["validate", CYPP, "--catalogue", path.basename(file), "--json"], dir);
      expect(run.status).toBe(2);
      const report = jsonOf<ValidationReport>(run);
      expect(report.valid).toBe(false);
      expect(report.counts).toEqual({ fatal: 5, error: 0, warning: 0, info: 0 });
      expect(report.findings.map((f) => [f.code, f.actual]).sort()).toEqual(
        [
          "/indicators/0/polarity",
          "/indicators/1/id",
          "/indicators/1/target",
          "/indicators/1/unit",
          "/version",
        ].map((where) => ["catalogue/invalid", where]),
      );
      expectNoStackTrace(run);
    });

    it("--catalogue naming a file that is not JSON -> exit 2, says so", async () => {
      fs.writeFileSync(inDir("not-json.json"), "{ name: ");
      const run = await runCli(["validate", CYPP, "--catalogue", "not-json.json"], dir);
      expect(run.status).toBe(2);
      // The report (stdout) carries it as a fatal catalogue/invalid finding.
      expect(run.stdout).toMatch(/fatal .*catalogue\/invalid .*not valid JSON/);
      expectNoStackTrace(run);
    });
  });

  it("period/unknown: --period Q9 -> exit 2, a fatal finding listing the periods there are", async () => {
    const run = await runCli(["validate", DIRECTORATE, "--period", "Q9", "--json"], dir);
    expect(run.status).toBe(2);
    const report = jsonOf<ValidationReport>(run);
    expect(report.valid).toBe(false);
    const finding = report.findings.find((f) => f.code === "period/unknown")!;
    expect(placeOf(finding)).toEqual(at("period/unknown", "", ""));
    expect(finding.message).toBe(
      'There is no period "Q9" in this workbook. Periods with figures: Q1, Q2; empty periods: Q3, Q4. Or choose latest-each to report each indicator\'s latest figure.',
    );
    expect(finding.actual).toBe("Q9");
  });

  it("period/empty: --period Q3 on a sheet whose Q3 column is empty -> one warning at its header, exit 0", async () => {
    const header = [...W.STANDARD_HEADER.slice(0, 5), "Q3", ...W.STANDARD_HEADER.slice(5)];
    await W.writeWorkbook(dir, "empty-q3.xlsx", [W.scorecardSheet({ header })]);
    W.writeCatalogue(dir, W.TEST_CATALOGUE, "empty-q3-catalogue.json");
    const run = await runCli(
      ["validate", "empty-q3.xlsx", "--catalogue", "empty-q3-catalogue.json", "--period", "Q3", "--json"],
      dir,
    );
    expect(run.status).toBe(0);
    const report = jsonOf<ValidationReport>(run);
    expect(report.findings.map(placeOf)).toEqual([at("period/empty", S, "F1")]);
    expect(report.findings[0]!.message).toBe(
      'Q3 has no figures on "Scorecard": no indicator row holds a number there, so every indicator shows No data. Check the period you chose, or enter the figures first.',
    );
  });

  it("--period q1 (any case) picks Q1: the appraisal row then has no value (N/A) and no rag/mismatch", async () => {
    const run = await runCli(["validate", DIRECTORATE, "--period", "q1", "--json"], dir);
    expect(run.status).toBe(1);
    const report = jsonOf<ValidationReport>(run);
    expect(report.period).toBe("Q1");
    expect(report.findings.filter((f) => f.code === "rag/mismatch").map((f) => f.cell)).not.toContain("D4");
  });
});

// ---------------------------------------------------------------------------------------------
describe("validate: exit codes and output streams", () => {
  let clean: string;
  let invalid: string;
  let warningsOnly: string;
  let catalogue: string;
  beforeAll(async () => {
    clean = path.basename(await W.writeWorkbook(dir, "exit-clean.xlsx", [W.scorecardSheet()]));
    invalid = path.basename(
      await W.writeWorkbook(dir, "exit-invalid.xlsx", standardWith("ATT", { RAG: "Red" })),
    );
    warningsOnly = path.basename(
      await W.writeWorkbook(dir, "exit-warnings.xlsx", standardWith("ATT", { RAG: null })),
    );
    catalogue = path.basename(W.writeCatalogue(dir, W.TEST_CATALOGUE, "exit-catalogue.json"));
  });

  it("0 when valid (a single file gives one JSON object, not an array)", async () => {
    const run = await runCli(["validate", clean, "--catalogue", catalogue, "--json"], dir);
    expect(run.status).toBe(0);
    const report = jsonOf<ValidationReport>(run);
    expect(Array.isArray(report)).toBe(false);
    expect(report).toMatchObject({
      file: clean,
      valid: true,
      counts: { fatal: 0, error: 0, warning: 0, info: 0 },
      findings: [],
    });
    expect(run.stderr).toBe("");
  });

  it("1 when a finding is an error", async () => {
    const run = await runCli(["validate", invalid, "--catalogue", catalogue, "--json"], dir);
    expect(run.status).toBe(1);
    expect(jsonOf<ValidationReport>(run).valid).toBe(false);
  });

  it("warnings only: 0 and VALID; with --strict: 1 and INVALID", async () => {
    const plain = await runCli(["validate", warningsOnly, "--catalogue", catalogue, "--json"], dir);
    expect(plain.status).toBe(0);
    expect(jsonOf<ValidationReport>(plain)).toMatchObject({ valid: true, counts: { warning: 1 } });
    const strict = await runCli(
      ["validate", warningsOnly, "--catalogue", catalogue, "--json", "--strict"],
      dir,
    );
    expect(strict.status).toBe(1);
    expect(jsonOf<ValidationReport>(strict)).toMatchObject({ valid: false, counts: { warning: 1 } });
  });

  it("--strict does not change a clean workbook", async () => {
    expect((await runCli(["validate", clean, "--catalogue", catalogue, "--strict"], dir)).status).toBe(0);
  });

  it("several files: a JSON array in argument order, progress on stderr only, exit 1 if any is invalid", async () => {
    const run = await runCli(["validate", clean, invalid, "--catalogue", catalogue, "--json"], dir);
    expect(run.status).toBe(1);
    const reports = jsonOf<ValidationReport[]>(run);
    expect(reports.map((r) => [r.file, r.valid])).toEqual([
      [clean, true],
      [invalid, false],
    ]);
    expect(run.stderr).toBe(`[1/2] ${clean}\n[2/2] ${invalid}\n`);
    expect(run.stdout).not.toMatch(/\[1\/2\]/);
  });

  it("several files, one unreadable: exit 2 (bad input wins), every file still reported", async () => {
    fs.writeFileSync(inDir("exit-empty.xlsx"), "");
    const run = await runCli(["validate", clean, "exit-empty.xlsx", "--catalogue", catalogue, "--json"], dir);
    expect(run.status).toBe(2);
    const reports = jsonOf<ValidationReport[]>(run);
    expect(reports.map((r) => r.findings[0]?.code ?? "none")).toEqual(["none", "file/unreadable"]);
    expect(reports[1]!.findings[0]!.message).toMatch(/empty \(0 bytes\)/);
  });

  it("2 for an unknown option, with the usage on stderr and nothing on stdout", async () => {
    const run = await runCli(["validate", clean, "--colour"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown option '--colour'/);
    expect(run.stdout).toBe("");
  });

  it("2 when no workbook is named", async () => {
    const run = await runCli(["validate", "--json"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/missing required argument 'workbooks'/);
    expect(run.stdout).toBe("");
  });

  it("2 for an unknown command", async () => {
    const run = await runCli(["validait", clean], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
  });

  it("--help prints the usage on stdout and exits 0", async () => {
    const run = await runCli(["validate", "--help"], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: scorecard validate/);
    expect(run.stdout).toMatch(/--strict/);
  });

  // A workbook in which no sheet is a scorecard has nothing validated at all; reporting it
  // VALID (exit 0) would let an empty or wrong file pass a CI check.
  it("a workbook with no scorecard sheet at all is not VALID", async () => {
    const notes = path.basename(await W.writeWorkbook(dir, "exit-notes-only.xlsx", [W.notesSheet("Notes")]));
    const run = await runCli(["validate", notes, "--catalogue", catalogue, "--json"], dir);
    const report = jsonOf<ValidationReport>(run);
    expect(report.findings.map((f) => f.code)).toContain("sheet/no-scorecard");
    expect(report.valid).toBe(false);
    expect(run.status).not.toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
describe("validate --map", () => {
  /*
   * The workbook: the standard Scorecard sheet (ID, Indicator, Target, Q1, Q2, RAG, Commentary,
   * National: columns A-H) and a Notes sheet. The mapping file (JSON.stringify, 2 spaces, so the
   * line of each entry is known) has five entries that match nothing:
   *   line 3   "Scorecard Q9"           no such sheet; closest "Scorecard"
   *   line 7   "Nonexistent header"     no such header on Scorecard, nothing close: the headers are listed
   *   line 8   "Comentary"              no such header; closest "Commentary"
   *   line 9   "$Z"                     column Z, but the sheet ends at H
   *   line 12  "*": "Lead"              no scorecard sheet has a Lead column
   */
  const MAP = {
    sheets: {
      "Scorecard Q9": { C: "name" },
      Scorecard: { "Nonexistent header": "owner", Comentary: "commentary", $Z: "ignore" },
      "*": { Lead: "owner" },
    },
  };
  const HEADERS = '"ID", "Indicator", "Target", "Q1", "Q2", "RAG", "Commentary", "National"';
  const ADVICE = 'Use the header text as the sheet shows it, or a column letter such as "C".';
  let workbook: string;
  let catalogue: string;
  beforeAll(async () => {
    workbook = path.basename(
      await W.writeWorkbook(dir, "map-case.xlsx", [W.scorecardSheet(), W.notesSheet("Notes")]),
    );
    catalogue = path.basename(W.writeCatalogue(dir, W.TEST_CATALOGUE, "map-catalogue.json"));
    fs.writeFileSync(inDir("map-case.json"), JSON.stringify(MAP, null, 2));
  });

  it("map/unused: each entry that matches nothing is a warning naming it, its line and the closest name", async () => {
    const run = await runCli(
      ["validate", workbook, "--catalogue", catalogue, "--map", "map-case.json", "--json"],
      dir,
    );
    expect(run.status).toBe(0);
    const report = jsonOf<ValidationReport>(run);
    expect(report).toMatchObject({ valid: true, counts: { fatal: 0, error: 0, warning: 5, info: 1 } });
    const unused = report.findings.filter((f) => f.code === "map/unused");
    expect(
      unused.map((f) => ({
        severity: f.severity,
        sheet: f.sheet,
        row: f.row,
        cell: f.cell,
        actual: f.actual,
        expected: f.expected,
        message: f.message,
      })),
    ).toEqual([
      {
        severity: "warning",
        sheet: "",
        row: 0,
        cell: "",
        actual: "Scorecard Q9",
        expected: "Scorecard",
        message:
          'The mapping file names sheet "Scorecard Q9" (map-case.json, line 3), but this workbook has no sheet of that name, so its rules were not used. Did you mean "Scorecard"? Correct the sheet name in the mapping file.',
      },
      {
        severity: "warning",
        sheet: "",
        row: 0,
        cell: "",
        actual: "Lead",
        expected: undefined,
        message: `The mapping file's rule for "Lead" for every sheet ("*") (map-case.json, line 12) matches no column, so it was not used. The headers there are ${HEADERS}. ${ADVICE}`,
      },
      {
        severity: "warning",
        sheet: "Scorecard",
        row: 1,
        cell: "",
        actual: "Nonexistent header",
        expected: undefined,
        message: `The mapping file's rule for "Nonexistent header" on sheet "Scorecard" (map-case.json, line 7) matches no column, so it was not used. The headers there are ${HEADERS}. ${ADVICE}`,
      },
      {
        severity: "warning",
        sheet: "Scorecard",
        row: 1,
        cell: "",
        actual: "Comentary",
        expected: "Commentary",
        message: `The mapping file's rule for "Comentary" on sheet "Scorecard" (map-case.json, line 8) matches no column, so it was not used. Did you mean "Commentary"? ${ADVICE}`,
      },
      {
        severity: "warning",
        sheet: "Scorecard",
        row: 1,
        cell: "",
        actual: "$Z",
        expected: undefined,
        message:
          'The mapping file\'s rule for column "$Z" on sheet "Scorecard" (map-case.json, line 9) matches no column, so it was not used: the sheet\'s last column is H. Use a column letter within the sheet, or the column\'s header text.',
      },
    ]);
  });

  it("map/unused is a warning: with --strict the workbook is INVALID (exit 1)", async () => {
    const run = await runCli(
      ["validate", workbook, "--catalogue", catalogue, "--map", "map-case.json", "--strict"],
      dir,
    );
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n")[0]).toBe(
      "map-case.xlsx: INVALID (0 errors, 5 warnings, 1 info) [period Q2, catalogue Test catalogue version 1.0]",
    );
  });

  it("a mapping whose every entry matches something gives no map/unused (headers in any case, a $letter, '*')", async () => {
    fs.writeFileSync(
      inDir("map-good.json"),
      JSON.stringify({
        sheets: {
          scorecard: { Commentary: "commentary", $H: "national", Q2: "period:Q2", ID: "id" },
          "*": { RAG: "rag" },
        },
      }),
    );
    const run = await runCli(
      ["validate", workbook, "--catalogue", catalogue, "--map", "map-good.json", "--json"],
      dir,
    );
    expect(run.status).toBe(0);
    expect(jsonOf<ValidationReport>(run).findings.map((f) => f.code)).toEqual(["sheet/no-scorecard"]);
  });

  it("summarize also says each map/unused on stderr (it is in the Validation sheet too)", async () => {
    const run = await runCli(
      [
        "summarize",
        workbook,
        "--catalogue",
        catalogue,
        "--map",
        "map-case.json",
        "-o",
        "map-case-summary.xlsx",
      ],
      dir,
    );
    expect(run.status).toBe(0);
    const warnings = run.stderr.split("\n").filter((l) => l.startsWith("scorecard: warning: "));
    expect(warnings).toHaveLength(5);
    expect(warnings[0]).toBe(
      'scorecard: warning: The mapping file names sheet "Scorecard Q9" (map-case.json, line 3), but this workbook has no sheet of that name, so its rules were not used. Did you mean "Scorecard"? Correct the sheet name in the mapping file.',
    );
  });

  it("a mapping file that does not exist: exit 2, 'not found' with the full path and what to do", async () => {
    const run = await runCli(["validate", workbook, "--map", "no-such-map.json"], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `scorecard: the mapping file no-such-map.json was not found (looked for ${path.join(fs.realpathSync(dir), "no-such-map.json")}). Check the path given to --map, or leave --map out to use the detected layout.\n`,
    );
  });

  it("a mapping file that is not JSON: exit 2, says so with the line and column of the mistake", async () => {
    fs.writeFileSync(inDir("map-broken.json"), '{ "sheets": {\n  "Scorecard": { "C": "name", }\n}}');
    const run = await runCli(["validate", workbook, "--map", "map-broken.json"], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^scorecard: the mapping file map-broken\.json is not valid JSON \(line 2, column 31\): .+ at position 44\. Check for a missing comma, quote or bracket; the README's "Column mapping \(--map\)" shows the format\.\n$/,
    );
    expectNoStackTrace(run);
  });

  it("a mapping file with a bad role: exit 2 and the problem", async () => {
    fs.writeFileSync(inDir("map-role.json"), JSON.stringify({ sheets: { Scorecard: { C: "nmae" } } }));
    const run = await runCli(["validate", workbook, "--map", "map-role.json"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^scorecard: the mapping file map-role\.json has problems:\n {2}Sheet "Scorecard", "C": "nmae" is not a column role/,
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe("a bug in scorecard's own code", () => {
  it("exit 2, says it is a bug and not the user's file, and prints the stack to report", async () => {
    // The command module loads when the command runs, so the mock stays in place for the run. The
    // run has a module registry of its own, so the rest of the file keeps the modules it loaded
    // (a second copy of exceljs's streams breaks the first one's).
    let run: CliRun | undefined;
    await jest.isolateModulesAsync(async () => {
      jest.doMock("../../src/cli/commands/validate", () => ({
        runValidate: () => {
          throw new TypeError("deliberate bug in runValidate");
        },
      }));
      try {
        const buggyMain = (await import("../../src/cli/main")).main;
        run = await runCli(["validate", CYPP], dir, buggyMain);
      } finally {
        jest.dontMock("../../src/cli/commands/validate");
      }
    });
    if (run === undefined) throw new Error("the CLI did not run");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^scorecard: unexpected problem: deliberate bug in runValidate\. This is a bug in scorecard, not a problem with your files\. Please report it with the command you ran and these lines:\nTypeError: deliberate bug in runValidate\n/,
    );
    expect(run.stderr).toMatch(STACK_TRACE_LINE);
  });
});

describe("inputs in another format, and --version", () => {
  it("an .ods file: exit 2, names the format and says to save it as .xlsx in Excel or LibreOffice", async () => {
    const JSZip = (await import("jszip")).default;
    const ods = new JSZip();
    ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    ods.file("content.xml", "<office:document-content/>");
    fs.writeFileSync(inDir("q2.ods"), await ods.generateAsync({ type: "nodebuffer" }));
    const run = await runCli(["validate", "q2.ods", "--json"], dir);
    expect(run.status).toBe(2);
    expect(jsonOf<ValidationReport>(run).findings.map((f) => [f.code, f.message])).toEqual([
      [
        "file/unreadable",
        "q2.ods is an OpenDocument spreadsheet (.ods); Scorecard Kit reads only .xlsx workbooks. Open it in Excel or LibreOffice Calc, save it as an Excel Workbook (.xlsx) with File > Save As, and run scorecard on the .xlsx file.",
      ],
    ]);
  });

  it("an .xls file and a .csv file: exit 2, each named by its format", async () => {
    fs.writeFileSync(
      inDir("old.xls"),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    );
    fs.writeFileSync(inDir("q2.csv"), "ID,Indicator,Q1,Q2\nATT,School attendance,94%,96%\n");
    const run = await runCli(["validate", "old.xls", "q2.csv", "--json"], dir);
    expect(run.status).toBe(2);
    const tail =
      "; Scorecard Kit reads only .xlsx workbooks. Open it in Excel or LibreOffice Calc, save it as an Excel Workbook (.xlsx) with File > Save As, and run scorecard on the .xlsx file.";
    expect(jsonOf<ValidationReport[]>(run).map((r) => r.findings.map((f) => f.message))).toEqual([
      [`old.xls is an Excel 97-2003 workbook (.xls)${tail}`],
      [`q2.csv is a CSV text file (.csv)${tail}`],
    ]);
  });

  it("summarize of an .ods: exit 2 and the same message on stderr", async () => {
    const run = await runCli(["summarize", "q2.ods"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^scorecard: q2\.ods is an OpenDocument spreadsheet \(\.ods\); Scorecard Kit reads only \.xlsx workbooks\./,
    );
    expect(fs.existsSync(inDir("q2-summary.xlsx"))).toBe(false);
  });

  it("--version prints the version in package.json and exits 0", async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")) as {
      version: string;
    };
    for (const flag of ["--version", "-V"]) {
      const run = await runCli([flag], dir);
      expect({ flag, status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
        flag,
        status: 0,
        stdout: `${version}\n`,
        stderr: "",
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe("summarize", () => {
  const input = () => inDir(DIRECTORATE);
  const output = () => inDir("directorate-scorecard-2012-13-q2-summary.xlsx");
  let first: CliRun;
  let hashBefore: string;

  beforeAll(async () => {
    hashBefore = sha256(input());
    first = await runCli(["summarize", DIRECTORATE], dir);
  });

  it("writes <input>-summary.xlsx beside the input and says so; exit 0", async () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/19 indicators: 4 Green, 4 Amber, 6 Red, 5 no target, 0 no data/);
    expect(first.stdout).toMatch(/Summary written to .*directorate-scorecard-2012-13-q2-summary\.xlsx/);
    expect(fs.existsSync(output())).toBe(true);
    // No temporary file is left behind.
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves the input's bytes unchanged", async () => {
    expect(sha256(input())).toBe(hashBefore);
  });

  it("the output opens and has exactly the sheets Scorecard Summary, Exceptions, Validation", async () => {
    const read = await readWorkbookSnapshot(fs.readFileSync(output()), output());
    if (!read.ok) throw new Error(read.reason);
    expect(read.snapshot.sheets.map((s) => s.name)).toEqual([
      SUMMARY_SHEETS.summary,
      SUMMARY_SHEETS.exceptions,
      SUMMARY_SHEETS.validation,
    ]);
  });

  /*
   * Hand count from test/fixtures/samples/directorate-scorecard-2012-13-q2.csv (period Q2) and the
   * catalogue's rules (higher is better unless said; relative tolerance 5%: amber from target x 0.95).
   * The sheet's numeric target wins; "100% by 2015" falls back to the catalogue's 100%.
   *   Contribution to Cross Council Priorities
   *     Appraisals        97% vs 100% (amber from 95%)              Amber
   *     Staff engagement  73% vs 74% (amber from 70.3%)             Amber
   *     Consultation      20% vs 100%                               Red
   *     Equality          80% vs 100%                               Red
   *     Budget            (£82k) vs £0, target polarity, ±£250k      Green
   *       -> Green 1, Amber 2, Red 2                                 = 5
   *   Directorate Priorities
   *     Restructure       text milestone, neutral                   No target
   *     Children's homes  36% vs 100% (catalogue)                   Red
   *     Children's centres 84% vs 82%                               Green
   *     PRUs              67% vs 100%                               Red
   *     Initial assessments 76.0% vs 80% (amber from 76%)           Amber
   *     Core assessments  75.1% vs 85% (amber from 80.75%)          Red
   *     Children in care with a qualified SW 99.7% vs 100%          Amber
   *     CP plans with a qualified SW 100% vs 100%                   Green
   *     Complaints in 20 days 56% vs 83%                            Red
   *     Complaints at initial investigation 99% vs 95%              Green
   *       -> Green 3, Amber 2, Red 4, No target 1                   = 10
   *   City Priority Plans: children in care, primary and secondary attendance and NEET have no
   *     target on the sheet or in the catalogue                     No target x 4 = 4
   *   All indicators: Green 4, Amber 4, Red 6, No target 5, No data 0, Total 19.
   */
  it("its RAG table equals the hand count", async () => {
    const read = await readWorkbookSnapshot(fs.readFileSync(output()), output());
    if (!read.ok) throw new Error(read.reason);
    const summary = read.snapshot.sheets.find((s) => s.name === SUMMARY_SHEETS.summary)!;
    const table = readRagTable(summary.values);
    const row = (green: number, amber: number, red: number, noTarget: number, noData: number) => ({
      Green: green,
      Amber: amber,
      Red: red,
      "No target": noTarget,
      "No data": noData,
      Total: green + amber + red + noTarget + noData,
    });
    expect(Object.fromEntries(table)).toEqual({
      "Contribution to Cross Council Priorities": row(1, 2, 2, 0, 0),
      "Directorate Priorities": row(3, 2, 4, 1, 0),
      "City Priority Plans": row(0, 0, 0, 4, 0),
      "All indicators": row(4, 4, 6, 5, 0),
    });
    expect(summary.values.find((r) => r[0] === "Period")?.[1]).toBe("Q2");
  });

  it("its Exceptions are the six Reds, then the Amber that is worsening (99.9% -> 99.7%)", async () => {
    const read = await readWorkbookSnapshot(fs.readFileSync(output()), output());
    if (!read.ok) throw new Error(read.reason);
    const exceptions = read.snapshot.sheets.find((s) => s.name === SUMMARY_SHEETS.exceptions)!;
    expect(exceptions.values[0]).toEqual([
      "ID",
      "Indicator",
      "Outcome area",
      "Value",
      "Target",
      "RAG",
      "Direction",
      "Gap to national",
      "Commentary",
    ]);
    expect(exceptions.values.slice(1).map((r) => [r[0], r[5], r[6]])).toEqual([
      ["CS-CONSULT", "Red", "Worsening"],
      ["CS-EQUALITY", "Red", "Worsening"],
      ["CS-HOMES", "Red", "No change"],
      ["CS-PRU", "Red", "No change"],
      ["CS-CA", "Red", "Improving"],
      ["CS-COMP20", "Red", "Improving"],
      ["CS-LAC-SW", "Amber", "Worsening"],
    ]);
  });

  it("its Validation sheet lists every finding of validate --json", async () => {
    const read = await readWorkbookSnapshot(fs.readFileSync(output()), output());
    if (!read.ok) throw new Error(read.reason);
    const validation = read.snapshot.sheets.find((s) => s.name === SUMMARY_SHEETS.validation)!;
    expect(validation.values[0]).toEqual([
      "Code",
      "Severity",
      "Count",
      "Sheet",
      "Cell",
      "Indicator",
      "Message",
    ]);
    const rows = validation.values.slice(1);
    // Errors one per row; repeated warnings and info gathered into one row with a count.
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["rag/mismatch", "error", 1],
      ["rag/mismatch", "error", 1],
      ["value/not-numeric", "error", 1],
      ["commentary/missing", "warning", 4],
      ["rag/missing", "warning", 4],
      ["target/not-numeric", "warning", 1],
      ["rag/missing", "warning", 3],
      ["rag/missing", "warning", 2],
      ["target/missing", "warning", 4],
      ["value/multiple", "warning", 1],
      ["indicator/missing", "info", 44],
      ["sheet/no-scorecard", "info", 1],
      ["value/placeholder", "info", 1],
    ]);
    const { fatal, error, warning, info } = DIRECTORATE_COUNTS;
    expect(rows.reduce((total, r) => total + Number(r[2]), 0)).toBe(fatal + error + warning + info);
    expect(rows[0]!.slice(0, 5)).toEqual(["rag/mismatch", "error", 1, "Scorecard Q2", "D4"]);
  });

  // Issue 3, "Done when": the summary opens cleanly in LibreOffice (headless convert to PDF).
  const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"].find(
    (p) => fs.existsSync(p),
  );
  (soffice ? it : it.skip)("converts to PDF in LibreOffice (headless), when LibreOffice is installed", () => {
    const pdfDir = inDir("pdf");
    const result = spawnSync(
      soffice!,
      [
        `-env:UserInstallation=file://${inDir("lo-profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        pdfDir,
        output(),
      ],
      { encoding: "utf8", timeout: 180_000 },
    );
    expect(result.status).toBe(0);
    const pdf = path.join(pdfDir, "directorate-scorecard-2012-13-q2-summary.pdf");
    expect(fs.existsSync(pdf)).toBe(true);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("keeps an existing output without --force (exit 2, message), replaces it with --force", async () => {
    const target = "kept-summary.xlsx";
    fs.writeFileSync(inDir(target), "an earlier file the user wants to keep");
    const kept = await runCli(["summarize", DIRECTORATE, "-o", target], dir);
    expect(kept.status).toBe(2);
    expect(kept.stderr).toMatch(/kept-summary\.xlsx already exists and was kept\. Use --force to replace it/);
    expect(fs.readFileSync(inDir(target), "utf8")).toBe("an earlier file the user wants to keep");
    const forced = await runCli(["summarize", DIRECTORATE, "-o", target, "--force"], dir);
    expect(forced.status).toBe(0);
    expect(fs.readFileSync(inDir(target)).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(sha256(input())).toBe(hashBefore);
  });

  it("refuses -o equal to the input, however it is spelled, even with --force; the input is untouched", async () => {
    for (const spelling of [DIRECTORATE, `./${DIRECTORATE}`, inDir(DIRECTORATE)]) {
      const run = await runCli(["summarize", DIRECTORATE, "-o", spelling, "--force"], dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/is the input workbook; Scorecard Kit never writes over its input/);
    }
    expect(sha256(input())).toBe(hashBefore);
  });

  it("an unreadable input: exit 2, the reason, no output, no stack trace", async () => {
    fs.writeFileSync(inDir("garbage.xlsx"), "not a workbook at all");
    const run = await runCli(["summarize", "garbage.xlsx"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not an \.xlsx workbook/);
    expect(fs.existsSync(inDir("garbage-summary.xlsx"))).toBe(false);
    expectNoStackTrace(run);
  });

  it("-o sum.csv: refused with exit 2 (summarize writes .xlsx only), nothing written, the input untouched", async () => {
    const run = await runCli(["summarize", DIRECTORATE, "-o", "sum.csv"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "scorecard: the output sum.csv does not end in .xlsx, but summarize always writes an Excel workbook. Use an .xlsx name, for example -o sum.xlsx.\n",
    );
    expect(fs.existsSync(inDir("sum.csv"))).toBe(false);
    expect(sha256(input())).toBe(hashBefore);
  });

  it("an unknown --period: exit 2, no output", async () => {
    const run = await runCli(["summarize", DIRECTORATE, "--period", "Q9", "-o", "q9-summary.xlsx"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no period "Q9"/);
    expect(fs.existsSync(inDir("q9-summary.xlsx"))).toBe(false);
  });

  describe("text from user cells stays text", () => {
    const dangerous = {
      attComment: '=HYPERLINK("http://example.com/x","Click")',
      cicComment: "+44 20 7946 0000 (call the duty team)",
      waitComment: "-40 points since Q1",
      neetComment: "@risk: see the NEET action plan",
      unknownId: "@EVIL",
      unknownName: "-2+3 new measure",
      catalogueName: "=1+1 catalogue",
    };
    let out: string;
    beforeAll(async () => {
      // Every indicator Red (so each commentary reaches the Exceptions sheet), plus two unknown
      // indicators with a national figure (so their id or name starts a cell of the benchmark list).
      const rows = [
        W.withCells(W.ROW.ATT, { Q2: W.pct(0.5), RAG: "Red", Commentary: dangerous.attComment }),
        W.withCells(W.ROW.CIC, { Q2: 2000, RAG: "Red", Commentary: dangerous.cicComment }),
        W.withCells(W.ROW.WAIT, { Q2: 10, RAG: "Red", Commentary: dangerous.waitComment }),
        W.withCells(W.ROW.NEET, { Q2: W.pct(0.5, "0.0%"), RAG: "Red", Commentary: dangerous.neetComment }),
        { ID: dangerous.unknownId, Indicator: "Another measure", Q1: 3, Q2: 4, National: 5 },
        { Indicator: dangerous.unknownName, Q1: 3, Q2: 4, National: 5 },
      ];
      await W.writeWorkbook(dir, "inject.xlsx", [W.scorecardSheet({ rows })]);
      W.writeCatalogue(dir, { ...W.TEST_CATALOGUE, name: dangerous.catalogueName }, "inject-catalogue.json");
      const run = await runCli(["summarize", "inject.xlsx", "--catalogue", "inject-catalogue.json"], dir);
      expect(run.status).toBe(0);
      out = inDir("inject-summary.xlsx");
    });

    it("no cell of the summary is a formula", async () => {
      const workbook = new Workbook();
      await workbook.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
      let cells = 0;
      const formulas: string[] = [];
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            cells += 1;
            if (cell.type === ValueType.Formula || cell.formula !== undefined)
              formulas.push(`${sheet.name}!${cell.address}`);
          }),
        ),
      );
      expect(cells).toBeGreaterThan(50);
      expect(formulas).toEqual([]);
    });

    it("each dangerous text comes back as typed, as text, at the start of a cell", async () => {
      const workbook = new Workbook();
      await workbook.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
      const texts: { value: string; type: ValueType; where: string }[] = [];
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (typeof cell.value === "string")
              texts.push({ value: cell.value, type: cell.type, where: `${sheet.name}!${cell.address}` });
          }),
        ),
      );
      for (const text of Object.values(dangerous)) {
        const found = texts.filter((t) => t.value.startsWith(text));
        expect({ text, found: found.length > 0 }).toEqual({ text, found: true });
        for (const t of found)
          expect({ where: t.where, type: t.type }).toEqual({ where: t.where, type: ValueType.String });
      }
      const exceptions = workbook.getWorksheet(SUMMARY_SHEETS.exceptions)!;
      expect(exceptions.getCell("I2").value).toBe(dangerous.attComment);
      expect(exceptions.getCell("I5").value).toBe(dangerous.neetComment);
    });

    it("the summary reads back through the adapter with no formulas", async () => {
      const read = await readWorkbookSnapshot(fs.readFileSync(out), out);
      if (!read.ok) throw new Error(read.reason);
      for (const sheet of read.snapshot.sheets)
        expect(sheet.formulas.flat().filter((f) => f !== "")).toEqual([]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
describe("catalogue check", () => {
  beforeAll(async () => {
    W.writeCatalogue(
      dir,
      {
        name: "Broken",
        indicators: [
          { id: "A", name: "a", polarity: "sideways", unit: "percent" },
          { name: "b", polarity: "higher", unit: "kg", target: "high" },
        ],
      },
      "check-broken.json",
    );
    // A Catalogue sheet with polarity "sideways" (C2), no id (A3) and unit "kg" (D3).
    await W.writeWorkbook(dir, "check-broken-sheet.xlsx", [
      W.gridSheet("Catalogue", [
        ["id", "name", "polarity", "unit"],
        ["ATT", "School attendance", "sideways", "percent"],
        ["", "Children in care", "lower", "kg"],
      ]),
    ]);
  });

  it("a catalogue file over 32 MB: exit 2, refused before it is read, with what to do", async () => {
    const huge = path.join(dir, "huge-catalogue.json");
    // A sparse 100 MB file: its size is all that is looked at.
    fs.closeSync(fs.openSync(huge, "w"));
    fs.truncateSync(huge, 100 * 1024 * 1024);
    const run = await runCli(["catalogue", "check", "huge-catalogue.json"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "The catalogue huge-catalogue.json is 100 MB; the most Scorecard Kit reads is 32 MB (about 150,000 indicators). Check that this is the catalogue and not another export",
    );
    const validate = await runCli(
      [
        "validate",
        path.join(REPO, "examples", "oba-report-card.xlsx"),
        "--catalogue",
        "huge-catalogue.json",
        "--json",
      ],
      dir,
    );
    expect(validate.status).toBe(2);
    expect(jsonOf<ValidationReport>(validate).findings.map((f) => [f.code, f.severity])).toEqual([
      ["catalogue/invalid", "fatal"],
    ]);
    fs.rmSync(huge);
  });

  it("examples/catalogue.json: exit 0, VALID, 63 indicators", async () => {
    const run = await runCli(["catalogue", "check", path.join(REPO, "examples", "catalogue.json")], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /VALID catalogue "Leeds children's services example" version 2026\.1, 63 indicators/,
    );
  });

  it("examples/catalogue.csv: exit 0, the same catalogue", async () => {
    const run = await runCli(
      ["catalogue", "check", path.join(REPO, "examples", "catalogue.csv"), "--json"],
      dir,
    );
    expect(run.status).toBe(0);
    expect(jsonOf<Record<string, unknown>>(run)).toMatchObject({
      valid: true,
      name: "Leeds children's services example",
      version: "2026.1",
      indicators: 63,
    });
  });

  it("a workbook's Catalogue sheet (the CYPP example): exit 0", async () => {
    const run = await runCli(["catalogue", "check", CYPP, "--json"], dir);
    expect(run.status).toBe(0);
    expect(jsonOf<Record<string, unknown>>(run)).toMatchObject({
      valid: true,
      name: "CYPP report card 2007 catalogue",
      indicators: 44,
    });
  });

  it("a generated workbook whose Catalogue sheet was written by catalogueToCells: exit 0", async () => {
    await W.writeWorkbook(dir, "own-catalogue.xlsx", [W.scorecardSheet(), W.catalogueSheet()]);
    const run = await runCli(["catalogue", "check", "own-catalogue.xlsx", "--json"], dir);
    expect(run.status).toBe(0);
    expect(jsonOf<Record<string, unknown>>(run)).toMatchObject({
      valid: true,
      name: "Test catalogue",
      version: "1.0",
      indicators: 4,
    });
  });

  it("a broken JSON catalogue: exit 1 and every problem with its path", async () => {
    const run = await runCli(["catalogue", "check", "check-broken.json"], dir);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toBe("check-broken.json: INVALID catalogue, 5 problems");
    expect(lines.slice(1).map((l) => l.trim().split(": ")[0])).toEqual([
      "/version",
      "/indicators/0/polarity",
      "/indicators/1/id",
      "/indicators/1/unit",
      "/indicators/1/target",
    ]);
  });

  it("a broken JSON catalogue with --json: exit 1, problems as {path, message}", async () => {
    const run = await runCli(["catalogue", "check", "check-broken.json", "--json"], dir);
    expect(run.status).toBe(1);
    const result = jsonOf<{ valid: boolean; problems: { path: string; message: string }[] }>(run);
    expect(result.valid).toBe(false);
    expect(result.problems.find((p) => p.path === "/indicators/0/polarity")?.message).toMatch(
      /found "sideways"/,
    );
  });

  it("a broken Catalogue sheet: exit 1, problems located by cell", async () => {
    const run = await runCli(["catalogue", "check", "check-broken-sheet.xlsx"], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/INVALID catalogue, 3 problems/);
    expect(run.stdout).toMatch(/Catalogue!C2: /);
    expect(run.stdout).toMatch(/Catalogue!A3: /);
    expect(run.stdout).toMatch(/Catalogue!D3: /);
  });

  it("a workbook without a Catalogue sheet: exit 1, names the sheets it has", async () => {
    const run = await runCli(["catalogue", "check", DIRECTORATE], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/no sheet named "Catalogue" \(sheets: Scorecard Q2, Notes\)/);
  });

  it("a file that does not exist: exit 2 (input that cannot be read), the reason on stderr", async () => {
    const run = await runCli(["catalogue", "check", "nosuch.json"], dir);
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 2,
      stdout: "",
      stderr: "scorecard: nosuch.json does not exist.\n",
    });
    const json = await runCli(["catalogue", "check", "nosuch.json", "--json"], dir);
    expect(json.status).toBe(2);
    expect(jsonOf<Record<string, unknown>>(json)).toEqual({
      file: "nosuch.json",
      valid: false,
      problems: [{ path: "nosuch.json", message: "nosuch.json does not exist." }],
    });
  });

  it("a CSV catalogue with no catalogueName or catalogueVersion column: named by its file, with no version", async () => {
    fs.writeFileSync(
      inDir("ipr-cat.csv"),
      "id,name,polarity,unit,target\nATT,School attendance,higher,percent,95%\n",
    );
    const run = await runCli(["catalogue", "check", "ipr-cat.csv"], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('ipr-cat.csv: VALID catalogue "ipr-cat.csv" no version, 1 indicators\n');
    const json = await runCli(["catalogue", "check", "ipr-cat.csv", "--json"], dir);
    expect(jsonOf<Record<string, unknown>>(json)).toMatchObject({
      valid: true,
      name: "ipr-cat.csv",
      version: "no version",
    });
  });

  it("a file that is not JSON: exit 1, says so, no stack trace", async () => {
    fs.writeFileSync(inDir("check-not-json.json"), "{ name: ");
    const run = await runCli(["catalogue", "check", "check-not-json.json"], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/not valid JSON/);
    expectNoStackTrace(run);
  });
});

describe("tidy output for a warehouse: export and validate --format", () => {
  it("export: CSV to stdout, a header and one row per indicator per period (19 x 4 for the directorate example)", async () => {
    const run = await runCli(["export", DIRECTORATE], dir);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "file,sheet,cell,indicatorId,indicatorName,outcomeArea,period,value,target,rag,direction,national,neighbours,variation,assurance",
    );
    expect(lines).toHaveLength(1 + 19 * 4);
    expect(lines[2]).toBe(
      `${DIRECTORATE},Scorecard Q2,H4,CS-APPR,Every year 100% of staff have an appraisal,Contribution to Cross Council Priorities,Q2,0.97,1,Amber,Not enough data,,,,`,
    );
  });

  it("export --format jsonl -o: one object per line, the file written, the count on stderr", async () => {
    const run = await runCli(["export", CYPP, "--format", "jsonl", "-o", "cypp.jsonl"], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    const lines = fs.readFileSync(inDir("cypp.jsonl"), "utf8").trimEnd().split("\n");
    expect(run.stderr).toBe(`${lines.length} rows written to cypp.jsonl\n`);
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({
      file: CYPP,
      sheet: "Report card",
      cell: "D4",
      indicatorId: "1",
      period: "2004",
    });
    // An existing output is kept without --force.
    const again = await runCli(["export", CYPP, "--format", "jsonl", "-o", "cypp.jsonl"], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/cypp\.jsonl already exists and was kept/);
  });

  it("export: text that looks like a formula is guarded in CSV, kept as it is in JSON Lines", async () => {
    const name = await W.writeWorkbook(dir, "formula-text.xlsx", [
      W.scorecardSheet({
        // A row the catalogue does not know keeps the sheet's own name.
        rows: [...W.STANDARD_ROWS, { ID: "ZZ", Indicator: '=HYPERLINK("http://x")', Q1: 1, Q2: 2 }],
      }),
    ]);
    const csv = await runCli(
      ["export", path.basename(name), "-c", W.writeCatalogue(dir, W.TEST_CATALOGUE, "c.json")],
      dir,
    );
    expect(csv.stdout).toContain(`,"'=HYPERLINK(""http://x"")",`);
    const jsonl = await runCli(["export", path.basename(name), "--format", "jsonl"], dir);
    expect(jsonl.stdout).toContain('"indicatorName":"=HYPERLINK(\\"http://x\\")"');
  });

  it("export: a broken file is named on stderr, the others are still exported, exit 2", async () => {
    fs.writeFileSync(inDir("broken-export.xlsx"), "not a workbook");
    const run = await runCli(["export", "broken-export.xlsx", CYPP], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^\[1\/2\] broken-export\.xlsx\nscorecard: broken-export\.xlsx was not exported: /,
    );
    expect(run.stdout.split("\n").filter((l) => l.startsWith(CYPP)).length).toBeGreaterThan(0);
  });

  it("validate --format csv / jsonl: every finding flat, with the file named; exit codes as for text", async () => {
    const csv = await runCli(["validate", DIRECTORATE, "--format", "csv"], dir);
    expect(csv.status).toBe(1);
    const lines = csv.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("file,code,severity,sheet,cell,row,column,indicatorId,message,expected,actual");
    const { fatal, error, warning, info } = DIRECTORATE_COUNTS;
    const jsonl = await runCli(["validate", DIRECTORATE, "--format", "jsonl"], dir);
    const findings = jsonl.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { severity: string; file: string });
    expect(findings).toHaveLength(fatal + error + warning + info);
    expect(findings[0]).toMatchObject({ file: DIRECTORATE, severity: "error", code: "rag/mismatch" });
    const bad = await runCli(["validate", DIRECTORATE, "--format", "xml"], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/argument 'xml' is invalid. Allowed choices are text, json, csv, jsonl/);
  });
});
