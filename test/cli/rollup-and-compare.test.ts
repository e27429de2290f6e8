/**
 * `scorecard summarize` over several workbooks (a roll-up) and with --compare (issue 12, items
 * 2 and 3), in process. The workbooks are the standard scorecard (Q2) and the one a quarter on
 * (Q3) from test/support/workbooks.ts, whose colours are worked out by hand there.
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx";
import { readRagTable, SUMMARY_SHEETS } from "../../src/core/summary";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import * as W from "../support/workbooks";
import { REPO, runCliHere as runCli, type CliRun } from "./run-cli";

let dir: string;
beforeAll(async () => {
  dir = W.makeTempDir();
  W.writeCatalogue(dir);
  fs.mkdirSync(path.join(dir, "pack"));
  await W.writeWorkbook(path.join(dir, "pack"), "children.xlsx", [W.scorecardSheet()]);
  await W.writeWorkbook(path.join(dir, "pack"), "schools.xlsx", [W.nextQuarterScorecard()]);
  fs.writeFileSync(path.join(dir, "pack", "corrupt.xlsx"), "PK\u0003\u0004 this is not a whole zip");
  fs.writeFileSync(path.join(dir, "pack", "~$children.xlsx"), "Excel's lock file");
});
afterAll(() => W.removeTempDir(dir));

async function sheetsOf(file: string): Promise<WorkbookSnapshot> {
  const read = await readWorkbookSnapshot(fs.readFileSync(path.join(dir, file)), file);
  if (!read.ok) throw new Error(read.reason);
  return read.snapshot;
}

const valuesOf = (snapshot: WorkbookSnapshot, sheet: string) =>
  snapshot.sheets.find((s) => s.name === sheet)!.values.map((row) => row.map((v) => v ?? null));

describe("a roll-up of three workbooks, one of them corrupt", () => {
  let run: CliRun;
  let rollup: WorkbookSnapshot;
  beforeAll(async () => {
    run = await runCli(
      [
        "summarize",
        "pack/children.xlsx",
        "pack/schools.xlsx",
        "pack/corrupt.xlsx",
        "-c",
        "catalogue.json",
        "-o",
        "rollup.xlsx",
      ],
      dir,
    );
    rollup = await sheetsOf("rollup.xlsx");
  });

  it("exits 1, names the corrupt file on stderr with progress for each file, and still writes the roll-up", () => {
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n").filter((l) => l.startsWith("["))).toEqual([
      "[1/3] pack/children.xlsx",
      "[2/3] pack/schools.xlsx",
      "[3/3] pack/corrupt.xlsx",
    ]);
    expect(run.stderr).toMatch(/scorecard: pack\/corrupt\.xlsx was left out of the roll-up: /);
    expect(run.stdout).toBe(
      [
        "Rolled up 2 of 3 workbooks (1 left out: see above and the Validation sheet)",
        "  8 indicators: 4 Green, 2 Amber, 1 Red, 1 no target, 0 no data",
        "Summary written to rollup.xlsx",
        "",
      ].join("\n"),
    );
  });

  it("counts RAG by source file (by hand: children 3 Green 1 Amber; schools 1 Green 1 Amber 1 Red 1 no target)", () => {
    const values = valuesOf(rollup, SUMMARY_SHEETS.summary);
    expect(values[0]![0]).toBe("Scorecard Roll-up");
    expect(values.slice(1, 5).map((r) => r.slice(0, 2))).toEqual([
      ["Sources", "2 workbooks"],
      ["Not included", "corrupt.xlsx"],
      ["Period", "Q2 (children.xlsx); Q3 (schools.xlsx)"],
      ["Catalogue", "Test catalogue (version 1.0)"],
    ]);
    const top = values.findIndex((r) => r[0] === "Source file");
    expect(values.slice(top, top + 4)).toEqual([
      ["Source file", "Green", "Amber", "Red", "No target", "No data", "Total"],
      ["children.xlsx", 3, 1, 0, 0, 0, 4],
      ["schools.xlsx", 1, 1, 1, 1, 0, 4],
      ["All indicators", 4, 2, 1, 1, 0, 8],
    ]);
  });

  it("counts RAG by outcome area over both files", () => {
    const table = Object.fromEntries(readRagTable(valuesOf(rollup, SUMMARY_SHEETS.summary)));
    expect(table["Learning"]).toEqual({ Green: 3, Amber: 1, Red: 0, "No target": 0, "No data": 0, Total: 4 });
    expect(table["Safety"]).toEqual({ Green: 1, Amber: 1, Red: 1, "No target": 0, "No data": 0, Total: 3 });
    expect(table["All indicators"]!.Total).toBe(8);
  });

  it("lists the exceptions of both files in one list, each naming its source file, Reds first", () => {
    const values = valuesOf(rollup, SUMMARY_SHEETS.exceptions);
    expect(values[0]!.slice(0, 2)).toEqual(["Source file", "ID"]);
    expect(values.slice(1).map((r) => [r[0], r[1], r[6]])).toEqual([
      ["schools.xlsx", "CIC", "Red"],
      ["schools.xlsx", "ATT", "Amber"],
    ]);
  });

  it("lists each file's findings with the file named, the corrupt file's fatal finding included", () => {
    const values = valuesOf(rollup, SUMMARY_SHEETS.validation);
    expect(values[0]!.slice(0, 3)).toEqual(["File", "Code", "Severity"]);
    const rows = values.slice(1).map((r) => [r[0], r[1], r[2]]);
    expect(rows).toContainEqual(["corrupt.xlsx", "file/unreadable", "fatal"]);
    expect(rows).toContainEqual(["schools.xlsx", "indicator/unknown", "error"]);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(["schools.xlsx", "corrupt.xlsx"]));
  });

  it("prints for a committee: every sheet has a header naming the roll-up", () => {
    expect(rollup.sheets.map((s) => s.name)).toEqual([
      SUMMARY_SHEETS.summary,
      SUMMARY_SHEETS.exceptions,
      SUMMARY_SHEETS.validation,
    ]);
  });
});

describe("the inputs of a roll-up", () => {
  it("a folder gives its workbooks in name order, without Excel's lock files", async () => {
    const run = await runCli(["summarize", "pack", "-c", "catalogue.json", "-o", "folder.xlsx"], dir);
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n").filter((l) => l.startsWith("["))).toEqual([
      `[1/3] ${path.join("pack", "children.xlsx")}`,
      `[2/3] ${path.join("pack", "corrupt.xlsx")}`,
      `[3/3] ${path.join("pack", "schools.xlsx")}`,
    ]);
  });

  it("a quoted pattern is expanded by scorecard itself; the roll-up's own output is never read back in", async () => {
    const first = await runCli(
      ["summarize", "pack/s*.xlsx", "pack/c*.xlsx", "-c", "catalogue.json", "-o", "pack/all.xlsx"],
      dir,
    );
    expect(first.stderr).toMatch(/\[1\/3\] pack\/schools\.xlsx/);
    const again = await runCli(
      ["summarize", "pack/*.xlsx", "-c", "catalogue.json", "-o", "pack/all.xlsx", "--force"],
      dir,
    );
    expect(again.stderr).not.toMatch(/all\.xlsx\n/);
    expect(again.stderr.split("\n").filter((l) => l.startsWith("["))).toHaveLength(3);
    fs.rmSync(path.join(dir, "pack", "all.xlsx"));
  });

  it("a pattern that matches nothing, or an empty folder: exit 2 with what to check", async () => {
    fs.mkdirSync(path.join(dir, "empty"), { recursive: true });
    const none = await runCli(["summarize", "pack/*.xlsm", "-o", "x.xlsx"], dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no \.xlsx workbook matches pack\/\*\.xlsm/);
    const empty = await runCli(["validate", "empty"], dir);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/the folder empty has no \.xlsx workbooks in it/);
  });

  it("every workbook broken: exit 2 and nothing written", async () => {
    const run = await runCli(["summarize", "pack/corrupt.xlsx", "nothing.xlsx", "-o", "none.xlsx"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no workbook could be read, so no roll-up was written/);
    expect(fs.existsSync(path.join(dir, "none.xlsx"))).toBe(false);
  });
});

describe("summarize --compare", () => {
  it("adds a Changes sheet listing exactly the colour changes with both cells, and counts them on stdout", async () => {
    const run = await runCli(
      [
        "summarize",
        "pack/schools.xlsx",
        "--compare",
        "pack/children.xlsx",
        "-c",
        "catalogue.json",
        "-o",
        "q3.xlsx",
      ],
      dir,
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /changes since pack\/children\.xlsx: 1 New Red, 1 RAG changed, 2 Direction turned, 1 Target changed, 1 Added, 1 Dropped\n/,
    );
    const snapshot = await sheetsOf("q3.xlsx");
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      SUMMARY_SHEETS.summary,
      "Changes",
      SUMMARY_SHEETS.exceptions,
      SUMMARY_SHEETS.validation,
    ]);
    const changes = valuesOf(snapshot, "Changes");
    const colourChanges = changes
      .slice(changes.findIndex((r) => r[0] === "Change" && r[1] === "ID"))
      .filter((r) => r[0] === "New Red" || r[0] === "RAG changed")
      .map((r) => [r[1], r[4], r[5], r[7], r[8]]);
    expect(colourChanges).toEqual([
      ["ATT", "Green", "Amber", "Scorecard!F2", "Scorecard!F2"],
      ["CIC", "Green", "Red", "Scorecard!F3", "Scorecard!F3"],
    ]);
  });

  it("refuses several workbooks, the same file twice, and an unreadable previous file (exit 2)", async () => {
    const several = await runCli(
      ["summarize", "pack/children.xlsx", "pack/schools.xlsx", "--compare", "a.xlsx"],
      dir,
    );
    expect([several.status, several.stderr]).toEqual([
      2,
      "scorecard: --compare works on one workbook at a time: give one current workbook and one --compare file.\n",
    ]);
    const same = await runCli(["summarize", "pack/children.xlsx", "--compare", "pack/children.xlsx"], dir);
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/is both the current workbook and the --compare file/);
    const broken = await runCli(
      ["summarize", "pack/children.xlsx", "--compare", "pack/corrupt.xlsx", "-o", "b.xlsx"],
      dir,
    );
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(
      /the previous workbook pack\/corrupt\.xlsx \(--compare\) could not be checked: /,
    );
    expect(fs.existsSync(path.join(dir, "b.xlsx"))).toBe(false);
  });
});

describe("the README's compare example", () => {
  it("finds exactly three colour changes between the example at Q1 and at Q2 (worked by hand against the 5% tolerance)", async () => {
    // CS-APPR: Q1 "N/A" (No data) -> 97% against 100%, within 95-100: Amber.
    // CS-ENGAGE: 70% against 74% is below 70.3: Red -> 73%: Amber.
    // CS-IA: 72.3% against 80% is below 76: Red -> 76%, on the Amber boundary: Amber.
    const run = await runCli(
      [
        "summarize",
        path.join(REPO, "examples", "directorate-scorecard-2012-13-q2.xlsx"),
        "--compare",
        path.join(REPO, "examples", "directorate-scorecard-2012-13-q1.xlsx"),
        "-o",
        "example-changes.xlsx",
      ],
      dir,
    );
    expect(run.status).toBe(0);
    const changes = valuesOf(await sheetsOf("example-changes.xlsx"), "Changes");
    const list = changes.slice(changes.findIndex((r) => r[0] === "Change" && r[1] === "ID") + 1);
    expect(list.map((r) => [r[0], r[1], r[4], r[5], r[7], r[8]])).toEqual([
      ["RAG changed", "CS-APPR", "No data", "Amber", "'Scorecard Q1'!D4", "'Scorecard Q2'!D4"],
      ["RAG changed", "CS-ENGAGE", "Red", "Amber", "'Scorecard Q1'!D5", "'Scorecard Q2'!D5"],
      ["RAG changed", "CS-IA", "Red", "Amber", "'Scorecard Q1'!D13", "'Scorecard Q2'!D13"],
    ]);
  });
});
