/**
 * Smoke tests of the real `scorecard` binary (node bin/scorecard.js, over lib/ rebuilt when
 * older than the sources): what only a real process shows, namely that the bin script loads
 * the build, that exit codes reach the shell and that the streams are the right ones. Behaviour
 * is tested in process in cli.test.ts; keep this file to a handful of runs.
 */
import * as fs from "fs";
import * as path from "path";
import * as W from "../support/workbooks";
import { DIRECTORATE_COUNTS } from "../support/example-counts";
import { ensureCliBuilt, jsonOf, REPO, runCli, STACK_TRACE_LINE } from "./run-cli";

jest.setTimeout(120_000);

const DIRECTORATE = "directorate-scorecard-2012-13-q2.xlsx";
const CYPP = "cypp-report-card-2007.xlsx";
let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = W.makeTempDir("scorecard-smoke-");
  for (const example of [DIRECTORATE, CYPP])
    fs.copyFileSync(path.join(REPO, "examples", example), path.join(dir, example));
}, 600_000);

afterAll(() => {
  if (dir) W.removeTempDir(dir);
});

describe("scorecard, the real binary", () => {
  test("--help: the usage on stdout, exit 0", () => {
    const run = runCli(["--help"], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: scorecard \[options\] \[command\]/);
    expect(run.stdout).toContain("validate [options] <workbooks...>");
    expect(run.stderr).toBe("");
  });

  test("validate --json on the directorate example: exit 1, the JSON report on stdout, exact counts", () => {
    const run = runCli(["validate", DIRECTORATE, "--json"], dir);
    expect(run.status).toBe(1);
    const report = jsonOf<{ valid: boolean; period: string; counts: unknown }>(run);
    expect(report).toMatchObject({ valid: false, period: "Q2", counts: DIRECTORATE_COUNTS });
  });

  test("validate on the CYPP example: exit 0, VALID on the first line", () => {
    const run = runCli(["validate", CYPP], dir);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toMatch(/^cypp-report-card-2007\.xlsx: VALID /);
  });

  test("summarize writes <input>-summary.xlsx and says so on stdout, exit 0", () => {
    const run = runCli(["summarize", DIRECTORATE], dir);
    expect(run.status).toBe(0);
    const output = path.join(dir, "directorate-scorecard-2012-13-q2-summary.xlsx");
    expect(fs.readFileSync(output).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(run.stdout).toContain("Summary written to directorate-scorecard-2012-13-q2-summary.xlsx\n");
  });

  test("a broken file: exit 2, the reason on stderr, no stack trace", () => {
    fs.writeFileSync(path.join(dir, "broken.xlsx"), Buffer.from("not a zip at all, just text"));
    const run = runCli(["validate", "broken.xlsx"], dir);
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toContain("broken.xlsx");
    expect(run.stderr + run.stdout).not.toMatch(STACK_TRACE_LINE);
  });

  test("an unknown option: exit 2, usage on stderr, nothing on stdout", () => {
    const run = runCli(["validate", CYPP, "--colour"], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/unknown option '--colour'/);
  });
});
