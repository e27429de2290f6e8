import * as fs from "fs";
import * as path from "path";
import { readRagTable, SUMMARY_SHEETS, ALL_INDICATORS } from "../../src/core/summary";
import { summarizeWorkbook } from "../../src/core/engine";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { AUTOMATIC_CATALOGUE, fileChoice, generateSummary } from "../../src/pane/use-cases";
import { exampleSnapshot, fakePort } from "./fake-port";
import { DIRECTORATE_COUNTS } from "../support/example-counts";
import { localTimestamp } from "../../src/core/summary";

let snapshot: WorkbookSnapshot;
beforeAll(async () => {
  snapshot = await exampleSnapshot();
});

const NOW = new Date("2026-11-22T10:00:00.000Z");

describe("generateSummary (the Generate summary use-case)", () => {
  test("writes the engine's plan through the port and returns the sheet names", async () => {
    const port = fakePort(snapshot);
    const outcome = await generateSummary(port, { catalogue: AUTOMATIC_CATALOGUE, now: () => NOW });
    expect(outcome.written).toBe(true);
    expect(outcome.written && outcome.sheetNames).toEqual([
      SUMMARY_SHEETS.summary,
      SUMMARY_SHEETS.exceptions,
      SUMMARY_SHEETS.validation,
    ]);
    expect(port.written).toHaveLength(1);
    // The stamp is the local wall-clock time, whatever the machine's time zone.
    const expected = summarizeWorkbook(snapshot, { generatedAt: localTimestamp(NOW) }).plan;
    expect(port.written[0]).toEqual(expected);
  });

  test("the summary's RAG table for all indicators: Green 4, Amber 4, Red 6, No target 5, No data 0, Total 19", async () => {
    // Hand-counted from the example workbook's Q2 column against the example catalogue
    // (engine tests, test/core/engine), and what the e2e test reads back from the download.
    const port = fakePort(snapshot);
    await generateSummary(port, { catalogue: AUTOMATIC_CATALOGUE, now: () => NOW });
    const sheet = port.written[0]?.sheets.find((s) => s.name === SUMMARY_SHEETS.summary);
    const table = readRagTable((sheet?.cells ?? []).map((row) => row.map((cell) => cell?.value ?? null)));
    expect(table.get(ALL_INDICATORS)).toEqual({
      Green: 4,
      Amber: 4,
      Red: 6,
      "No target": 5,
      "No data": 0,
      Total: 19,
    });
  });

  test("the report comes back too, so the findings list refreshes", async () => {
    const outcome = await generateSummary(fakePort(snapshot), {
      catalogue: AUTOMATIC_CATALOGUE,
      now: () => NOW,
    });
    expect(outcome.report.counts).toEqual(DIRECTORATE_COUNTS);
  });

  test("nothing is written when the workbook cannot be checked (broken catalogue)", async () => {
    const port = fakePort(snapshot);
    const outcome = await generateSummary(port, {
      catalogue: fileChoice("{", "broken.json"),
      now: () => NOW,
    });
    expect(outcome.written).toBe(false);
    expect(outcome.report.counts.fatal).toBeGreaterThan(0);
    expect(port.written).toHaveLength(0);
  });

  test("an error from the port while writing rejects with its message", async () => {
    const port = fakePort(snapshot);
    port.writeSummary = async () => {
      throw new Error("The workbook is protected.");
    };
    await expect(generateSummary(port, { catalogue: AUTOMATIC_CATALOGUE })).rejects.toThrow(
      "The workbook is protected.",
    );
  });
});

describe("generateSummary with a previous file (Compare with a previous file…)", () => {
  const Q1 = path.resolve(__dirname, "../../examples/directorate-scorecard-2012-13-q1.xlsx");
  const previous = () => ({
    name: "directorate-scorecard-2012-13-q1.xlsx",
    bytes: new Uint8Array(fs.readFileSync(Q1)),
  });

  test("adds the Changes sheet after the summary and returns the changes: the example's three colour changes", async () => {
    const port = fakePort(snapshot);
    const outcome = await generateSummary(port, {
      catalogue: AUTOMATIC_CATALOGUE,
      now: () => NOW,
      previous: previous(),
    });
    expect(outcome.written && outcome.sheetNames).toEqual([
      SUMMARY_SHEETS.summary,
      "Changes",
      SUMMARY_SHEETS.exceptions,
      SUMMARY_SHEETS.validation,
    ]);
    expect(outcome.written && outcome.changes?.map((c) => [c.kind, c.id, c.previous, c.current])).toEqual([
      ["RAG changed", "CS-APPR", "No data", "Amber"],
      ["RAG changed", "CS-ENGAGE", "Red", "Amber"],
      ["RAG changed", "CS-IA", "Red", "Amber"],
    ]);
  });

  test("a previous file that is not a workbook: nothing written, the reason names the file", async () => {
    const port = fakePort(snapshot);
    const outcome = await generateSummary(port, {
      catalogue: AUTOMATIC_CATALOGUE,
      now: () => NOW,
      previous: { name: "notes.xlsx", bytes: new TextEncoder().encode("not a workbook") },
    });
    expect(outcome.written).toBe(false);
    expect("previousProblem" in outcome && outcome.previousProblem).toMatch(
      /^The previous file notes\.xlsx could not be compared: .*Choose last time's \.xlsx workbook\.$/,
    );
    expect(port.written).toEqual([]);
  });
});
