import { checkWorkbook } from "../../src/core/engine";
import {
  AUTOMATIC_CATALOGUE,
  builtInChoice,
  fileChoice,
  NO_OVERRIDES,
  validateWorkbook,
  withColumnRole,
} from "../../src/pane/use-cases";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { exampleSnapshot, fakePort } from "./fake-port";
import { DIRECTORATE_COUNTS } from "../support/example-counts";
import * as detection from "../../src/core/layout/detect-layout";

let snapshot: WorkbookSnapshot;
beforeAll(async () => {
  snapshot = await exampleSnapshot();
});

describe("validateWorkbook (the Validate workbook use-case)", () => {
  test("gives the engine's report for the example workbook: 0 fatal, 3 errors, 19 warnings, 46 info", async () => {
    // Counts confirmed with the CLI: `scorecard validate examples/directorate-scorecard-2012-13-q2.xlsx`
    // prints "INVALID (3 errors, 19 warnings, 46 info) [period Q2, catalogue Leeds children's services example version 2026.1]".
    const outcome = await validateWorkbook(fakePort(snapshot), { catalogue: AUTOMATIC_CATALOGUE });
    expect(outcome.report.counts).toEqual(checkWorkbook(snapshot).report.counts);
    expect(outcome.report.counts).toEqual(DIRECTORATE_COUNTS);
    expect(outcome.report.period).toBe("Q2");
    expect(outcome.report.catalogue).toEqual({
      name: "Leeds children's services example",
      version: "2026.1",
    });
    expect(outcome.periods).toEqual(["Q1", "Q2", "Q3", "Q4"]);
    expect(outcome.layouts.map((l) => l.kind)).toEqual(["scorecard", "not-scorecard"]);
    expect(outcome.report.findings).toContainEqual(
      expect.objectContaining({ code: "rag/mismatch", sheet: "Scorecard Q2", cell: "D4", severity: "error" }),
    );
  });

  test("the built-in catalogue chosen explicitly gives the same counts (the workbook has no Catalogue sheet)", async () => {
    const outcome = await validateWorkbook(fakePort(snapshot), { catalogue: builtInChoice() });
    expect(outcome.report.counts).toEqual(DIRECTORATE_COUNTS);
  });

  test("reports progress from 0 to 1, never going back", async () => {
    const seen: number[] = [];
    await validateWorkbook(fakePort(snapshot), {
      catalogue: AUTOMATIC_CATALOGUE,
      onProgress: (f) => seen.push(f),
    });
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
  });

  test("a chosen period is passed to the engine; an unknown one is a fatal period/unknown", async () => {
    const q1 = await validateWorkbook(fakePort(snapshot), { catalogue: AUTOMATIC_CATALOGUE, period: "Q1" });
    expect(q1.report.period).toBe("Q1");
    expect(q1.report.counts).toEqual(checkWorkbook(snapshot, { period: "Q1" }).report.counts);
    const q9 = await validateWorkbook(fakePort(snapshot), { catalogue: AUTOMATIC_CATALOGUE, period: "Q9" });
    expect(q9.report.counts.fatal).toBe(1);
    expect(q9.report.findings[0]?.code).toBe("period/unknown");
  });

  test("column roles changed in the Columns section change the result", async () => {
    // Column D ("Overall Progress") is detected as the RAG column; calling it "ignore" removes
    // the rag/mismatch and rag/missing findings and reports the RAG column as missing.
    const overrides = withColumnRole(NO_OVERRIDES, "Scorecard Q2", 3, "ignore", "rag");
    const changed = await validateWorkbook(fakePort(snapshot), { catalogue: AUTOMATIC_CATALOGUE, overrides });
    const codes = changed.report.findings.map((f) => f.code);
    expect(codes).not.toContain("rag/mismatch");
    expect(codes).not.toContain("rag/missing");
    expect(changed.report.findings).toContainEqual(
      expect.objectContaining({ code: "header/missing-column", sheet: "Scorecard Q2", expected: "rag" }),
    );
    expect(changed.report.counts).toEqual(checkWorkbook(snapshot, { overrides }).report.counts);
    expect(changed.report.counts).not.toEqual(DIRECTORATE_COUNTS);
  });

  test("a broken chosen catalogue gives fatal catalogue/invalid findings, each naming the problem's place", async () => {
    const broken = fileChoice(
      '{"name":"x","version":"1","indicators":[{"id":"A","name":"A","polarity":"upwards","unit":"percent"}]}',
      "broken.json",
    );
    const outcome = await validateWorkbook(fakePort(snapshot), { catalogue: broken });
    expect(outcome.report.counts.fatal).toBeGreaterThan(0);
    expect(outcome.report.findings.every((f) => f.code === "catalogue/invalid")).toBe(true);
    expect(outcome.report.findings.map((f) => f.message).join("\n")).toContain("/indicators/0/polarity");
    // Layouts are still described for the Columns section.
    expect(outcome.periods).toEqual(["Q1", "Q2", "Q3", "Q4"]);
  });

  test("detects each sheet's layout once per Validate, and the Columns section uses those layouts", async () => {
    // The example has two sheets, so one detection per sheet is 2 calls of detectLayout.
    const spy = jest.spyOn(detection, "detectLayout");
    try {
      const outcome = await validateWorkbook(fakePort(snapshot), { catalogue: AUTOMATIC_CATALOGUE });
      expect(spy).toHaveBeenCalledTimes(2);
      expect(outcome.columns.periods).toEqual(["Q1", "Q2", "Q3", "Q4"]);
      expect(outcome.columns.sheets.map((s) => s.kind)).toEqual(["scorecard", "skipped"]);
      // With a changed column the Columns section also needs the roles detection alone gives:
      // one more detection per sheet, not three.
      spy.mockClear();
      const overrides = withColumnRole(NO_OVERRIDES, "Scorecard Q2", 3, "ignore", "rag");
      const changed = await validateWorkbook(fakePort(snapshot), {
        catalogue: AUTOMATIC_CATALOGUE,
        overrides,
      });
      expect(spy).toHaveBeenCalledTimes(4);
      const sheet = changed.columns.sheets[0];
      const columnD = sheet?.kind === "scorecard" ? sheet.columns.find((c) => c.letter === "D") : undefined;
      expect(columnD).toMatchObject({ detectedRole: "rag", role: "ignore", changed: true });
    } finally {
      spy.mockRestore();
    }
  });

  test("a port that cannot read (no workbook, Excel refusing) rejects with its own message", async () => {
    await expect(
      validateWorkbook(fakePort(new Error("No workbook is open.")), { catalogue: AUTOMATIC_CATALOGUE }),
    ).rejects.toThrow("No workbook is open.");
  });
});
