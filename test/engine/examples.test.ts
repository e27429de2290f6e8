/**
 * The engine (checkWorkbook / summarizeWorkbook) on the two example workbooks, in-process:
 * every count below is a hand count from the sample CSVs in test/fixtures/samples and the rules
 * of examples/catalogue.json (polarity, tolerance; default 5% relative), worked in the comments.
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx";
import type { CellValue } from "../../src/core/cells/cell-value";
import { checkWorkbook, summarizeWorkbook } from "../../src/core/engine";
import { readRagTable, SUMMARY_SHEETS, type PlannedSheet, type SummaryPlan } from "../../src/core/summary";
import type { AnalysedIndicator } from "../../src/core/validation";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { DIRECTORATE_COUNTS } from "../support/example-counts";

const EXAMPLES = path.resolve(__dirname, "../../examples");

async function example(name: string): Promise<WorkbookSnapshot> {
  const read = await readWorkbookSnapshot(fs.readFileSync(path.join(EXAMPLES, name)), name);
  if (!read.ok) throw new Error(read.reason);
  return read.snapshot;
}

/** The values of a planned sheet, as a written workbook would hold them. */
function planValues(sheet: PlannedSheet): CellValue[][] {
  return sheet.cells.map((row) => row.map((cell) => cell?.value ?? null));
}

function plannedSheet(plan: SummaryPlan | undefined, name: string): PlannedSheet {
  const sheet = plan?.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`the plan has no sheet ${name}`);
  return sheet;
}

/** A count table under a header row whose first two titles are given: row name -> title -> count. */
function countTable(
  values: readonly (readonly CellValue[])[],
  first: string,
  second: string,
): Record<string, Record<string, number>> {
  const top = values.findIndex((r) => r[0] === first && r[1] === second);
  if (top < 0) throw new Error(`no table headed ${first} | ${second}`);
  const titles = values[top]!.map((c) => String(c ?? ""));
  const table: Record<string, Record<string, number>> = {};
  for (const row of values.slice(top + 1)) {
    if (row[0] === null || row[0] === undefined || row[0] === "") break;
    table[String(row[0])] = Object.fromEntries(titles.slice(1).map((t, k) => [t, Number(row[k + 1] ?? 0)]));
  }
  return table;
}

const rag = (green: number, amber: number, red: number, noTarget: number, noData: number) => ({
  Green: green,
  Amber: amber,
  Red: red,
  "No target": noTarget,
  "No data": noData,
  Total: green + amber + red + noTarget + noData,
});
const dir = (improving: number, noChange: number, worsening: number, notEnough: number) => ({
  Improving: improving,
  "No change": noChange,
  Worsening: worsening,
  "Not enough data": notEnough,
  Total: improving + noChange + worsening + notEnough,
});
const idsWhere = (indicators: readonly AnalysedIndicator[], test: (i: AnalysedIndicator) => boolean) =>
  indicators.filter(test).map((i) => i.id);

const GENERATED_AT = "2026-01-15T09:30:00";
/** 15 January 2026, 09:30 as an Excel date: 46037 days after 30 December 1899, plus 9.5 hours. */
const GENERATED_AT_SERIAL = 46037 + 9.5 / 24;

describe("directorate scorecard 2012/13 Q2 (built-in catalogue)", () => {
  let snapshot: WorkbookSnapshot;
  let result: ReturnType<typeof summarizeWorkbook>;
  beforeAll(async () => {
    snapshot = await example("directorate-scorecard-2012-13-q2.xlsx");
    result = summarizeWorkbook(snapshot, { generatedAt: GENERATED_AT });
  });

  it("uses the built-in catalogue and the latest period with values (Q2)", () => {
    expect(result.catalogueOrigin).toBe("built-in");
    expect(result.report.catalogue).toEqual({ name: "Leeds children's services example", version: "2026.1" });
    expect(result.report.period).toBe("Q2");
    expect(result.analysis?.periods).toEqual(["Q1", "Q2", "Q3", "Q4"]);
    expect(result.analysis?.indicators).toHaveLength(19);
  });

  /*
   * RAG at Q2 (sheet target if numeric, else the catalogue's):
   *   Green  CS-BUDGET ((£82k) within ±£250k of £0), CS-CENTRES (84% >= 82%), CS-CP-SW (100% >= 100%),
   *          CS-COMP-INIT (99% >= 95%)                                                        4
   *   Amber  CS-APPR (97%, amber from 95%), CS-ENGAGE (73%, from 70.3%), CS-IA (76.0%, from 76%),
   *          CS-LAC-SW (99.7%, from 95%)                                                      4
   *   Red    CS-CONSULT 20%, CS-EQUALITY 80% (both vs 100%), CS-HOMES 36% vs 100% (catalogue,
   *          the sheet says "100% by 2015"), CS-PRU 67% vs 100%, CS-CA 75.1% vs 85% (from 80.75%),
   *          CS-COMP20 56% vs 83% (from 78.85%)                                               6
   *   No target  CS-RESTRUCTURE (text milestone), CS-LAC, CS-ATT-PRI, CS-ATT-SEC, CS-NEET (no
   *          target on the sheet or in the catalogue)                                          5
   */
  it("RAG of each indicator, by hand", () => {
    const indicators = result.analysis!.indicators;
    expect(idsWhere(indicators, (i) => i.rag === "Green")).toEqual([
      "CS-BUDGET",
      "CS-CENTRES",
      "CS-CP-SW",
      "CS-COMP-INIT",
    ]);
    expect(idsWhere(indicators, (i) => i.rag === "Amber")).toEqual([
      "CS-APPR",
      "CS-ENGAGE",
      "CS-IA",
      "CS-LAC-SW",
    ]);
    expect(idsWhere(indicators, (i) => i.rag === "Red")).toEqual([
      "CS-CONSULT",
      "CS-EQUALITY",
      "CS-HOMES",
      "CS-PRU",
      "CS-CA",
      "CS-COMP20",
    ]);
    expect(idsWhere(indicators, (i) => i.rag === "No target")).toEqual([
      "CS-RESTRUCTURE",
      "CS-LAC",
      "CS-ATT-PRI",
      "CS-ATT-SEC",
      "CS-NEET",
    ]);
    expect(idsWhere(indicators, (i) => i.rag === "No data")).toEqual([]);
  });

  it("values and targets on the catalogue's scale (0-1 percentages, pounds)", () => {
    const byId = new Map(result.analysis!.indicators.map((i) => [i.id, i]));
    expect(byId.get("CS-APPR")).toMatchObject({ value: 0.97, target: 1, enteredRag: "Green" });
    expect(byId.get("CS-BUDGET")).toMatchObject({ value: -82000, target: 0 });
    expect(byId.get("CS-HOMES")).toMatchObject({ value: 0.36, target: 1 });
    expect(byId.get("CS-LAC")).toMatchObject({ value: 1431, target: null, enteredRag: "Amber" });
    expect(byId.get("CS-NEET")).toMatchObject({ value: null, target: null });
  });

  it("RAG table by outcome area (the summary plan)", () => {
    const values = planValues(plannedSheet(result.plan, SUMMARY_SHEETS.summary));
    expect(Object.fromEntries(readRagTable(values))).toEqual({
      "Contribution to Cross Council Priorities": rag(1, 2, 2, 0, 0),
      "Directorate Priorities": rag(3, 2, 4, 1, 0),
      "City Priority Plans": rag(0, 0, 0, 4, 0),
      "All indicators": rag(4, 4, 6, 5, 0),
    });
  });

  /*
   * Direction, Q2 against Q1 (previous method; gaps skipped; judged by polarity):
   *   Contribution: APPR Q1 N/A -> not enough data; ENGAGE 70 -> 73 improving; CONSULT 38 -> 20 and
   *     EQUALITY 92 -> 80 worsening; BUDGET (£41k) -> (£82k) further from £0: worsening.      1/0/3/1
   *   Directorate: RESTRUCTURE text -> not enough data; HOMES 36, CENTRES 84, PRU 67, CP-SW 100
   *     unchanged; IA 72.3 -> 76.0, CA 69.2 -> 75.1, COMP20 55 -> 56, COMP-INIT 96 -> 99 improving;
   *     LAC-SW 99.9 -> 99.7 worsening.                                                         4/4/1/1
   *   City: children in care 1432 -> 1431 (lower is better) improving; attendance primary 95.9 -> 95.8
   *     and secondary 94.1 -> 93.8 worsening; NEET no readable value -> not enough data.       1/0/2/1
   */
  it("direction-of-travel table by outcome area", () => {
    const values = planValues(plannedSheet(result.plan, SUMMARY_SHEETS.summary));
    expect(countTable(values, "Outcome area", "Improving")).toEqual({
      "Contribution to Cross Council Priorities": dir(1, 0, 3, 1),
      "Directorate Priorities": dir(4, 4, 1, 1),
      "City Priority Plans": dir(1, 0, 2, 1),
      "All indicators": dir(6, 4, 6, 3),
    });
  });

  it("no benchmarks: the sheet has no national column and the CS- indicators none in the catalogue", () => {
    const values = planValues(plannedSheet(result.plan, SUMMARY_SHEETS.summary));
    expect(countTable(values, "Benchmark", "Compared")).toEqual({
      "National average": { Compared: 0, Better: 0, Same: 0, Worse: 0, "Not compared": 19 },
      "Statistical neighbours": { Compared: 0, Better: 0, Same: 0, Worse: 0, "Not compared": 19 },
    });
  });

  it("exceptions: the six Reds in sheet order, then the Amber that is getting worse (CS-LAC-SW)", () => {
    const values = planValues(plannedSheet(result.plan, SUMMARY_SHEETS.exceptions));
    expect(values.slice(1).map((r) => r[0])).toEqual([
      "CS-CONSULT",
      "CS-EQUALITY",
      "CS-HOMES",
      "CS-PRU",
      "CS-CA",
      "CS-COMP20",
      "CS-LAC-SW",
    ]);
    // Ambers that improve (CS-ENGAGE, CS-IA) or have no trend (CS-APPR) are not exceptions.
    const consult = values[1]!;
    expect(consult).toEqual([
      "CS-CONSULT",
      expect.stringMatching(/^Every year we will be able to evidence that consultation/),
      "Contribution to Cross Council Priorities",
      0.2,
      1,
      "Red",
      "Worsening",
      null,
      "Only 20% (1/5) of reports met the criteria.",
    ]);
  });

  it("the header block names the source, period and catalogue", () => {
    const values = planValues(plannedSheet(result.plan, SUMMARY_SHEETS.summary));
    expect(values.slice(0, 5)).toEqual([
      ["Scorecard Summary"],
      ["Source", "directorate-scorecard-2012-13-q2.xlsx"], // the file name, never a path
      ["Period", "Q2"],
      ["Catalogue", "Leeds children's services example (version 2026.1)"],
      ["Generated at", GENERATED_AT_SERIAL],
    ]);
    const stamp = plannedSheet(result.plan, SUMMARY_SHEETS.summary).cells[4]![1]!;
    expect(stamp.numberFormat).toBe("d mmm yyyy hh:mm"); // shows "15 Jan 2026 09:30"
  });

  it("the Validation sheet: errors one per row first, then repeated warnings and info gathered with a count", () => {
    const values = planValues(plannedSheet(result.plan, SUMMARY_SHEETS.validation));
    expect(values[0]).toEqual(["Code", "Severity", "Count", "Sheet", "Cell", "Indicator", "Message"]);
    // Hand count: 3 errors; 19 warnings in 7 rows (4 commentary/missing, rag/missing 4 Red + 3 Green
    // + 2 Amber, 1 target/not-numeric, 4 target/missing, 1 value/multiple); 46 info in 3 rows.
    expect(values.slice(1).map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ["rag/mismatch", "error", 1, "D4"],
      ["rag/mismatch", "error", 1, "D7"],
      ["value/not-numeric", "error", 1, "H22"],
      ["commentary/missing", "warning", 4, "C10, C12, C14, C17"],
      ["rag/missing", "warning", 4, "D10, D12, D14, D17"],
      ["target/not-numeric", "warning", 1, "F10"],
      ["rag/missing", "warning", 3, "D11, D16, D18"],
      ["rag/missing", "warning", 2, "D13, D15"],
      ["target/missing", "warning", 4, "F19, F20, F21, F22"],
      ["value/multiple", "warning", 1, "G22"],
      ["indicator/missing", "info", 44, ""],
      ["sheet/no-scorecard", "info", 1, ""],
      ["value/placeholder", "info", 1, "G4"],
    ]);
    const counted = values.slice(1).reduce((sum, r) => sum + Number(r[2]), 0);
    expect(counted).toBe(DIRECTORATE_COUNTS.error + DIRECTORATE_COUNTS.warning + DIRECTORATE_COUNTS.info);
    expect(values.find((r) => r[0] === "indicator/missing")![5]).toBe(
      "1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 34 more",
    );
  });

  it("columns fit their content: no cut-off headers or ids", () => {
    const exceptions = plannedSheet(result.plan, SUMMARY_SHEETS.exceptions);
    expect(exceptions.columnWidths![0]).toBeGreaterThanOrEqual("CS-COMP20".length + 2);
    expect(exceptions.columnWidths![7]).toBeGreaterThanOrEqual("Gap to national".length + 2);
  });

  it("checkWorkbook and summarizeWorkbook agree on the report", () => {
    expect(checkWorkbook(snapshot).report).toEqual(result.report);
  });
});

describe("CYPP report card 2007 (its own Catalogue sheet)", () => {
  let result: ReturnType<typeof summarizeWorkbook>;
  beforeAll(async () => {
    result = summarizeWorkbook(await example("cypp-report-card-2007.xlsx"), { generatedAt: GENERATED_AT });
  });

  it("a gap on a 0-100 percent indicator is in percentage points (-2.0 pts), never -2.0%", () => {
    const summary = plannedSheet(result.plan, SUMMARY_SHEETS.summary);
    // Ref 25 (PAF health of looked-after children): 74% against statistical neighbours' 76%.
    const row = summary.cells.find((r) => String(r[0]?.value ?? "").startsWith("25: "))!;
    expect([row[1]?.value, row[4]?.value, row[5]?.value, row[5]?.numberFormat]).toEqual([
      74,
      76,
      -2,
      '0.0" pts"',
    ]);
  });

  it("the summary's columns fit their headers (no 'Gap to nationa')", () => {
    const summary = plannedSheet(result.plan, SUMMARY_SHEETS.summary);
    const titles = summary.cells.find((r) => r[0]?.value === "Indicator")!;
    titles.forEach((cell, column) =>
      expect(summary.columnWidths![column]).toBeGreaterThanOrEqual(String(cell?.value).length + 2),
    );
    expect(titles.map((c) => c?.value)).toEqual([
      "Indicator",
      "Value",
      "National",
      "Gap to national",
      "Stat. neighbours",
      "Gap to neighbours",
    ]);
  });

  it("uses the workbook's Catalogue sheet, and the Current column as the period", () => {
    expect(result.catalogueOrigin).toBe("workbook");
    expect(result.report.catalogue).toEqual({ name: "CYPP report card 2007 catalogue", version: "2026.1" });
    expect(result.report.period).toBe("Current");
    expect(result.analysis?.periods).toEqual(["2004", "2005", "2006", "Current"]);
    expect(result.analysis?.indicators).toHaveLength(44);
  });

  /*
   * RAG at Current (column I), target from column J if numeric, else the catalogue:
   *   Green  3 (11 vs 10, target polarity, ±1 absolute), 13 (60 >= 54), 14 (19 <= 32, lower),
   *          17 (46 >= 30), 18 (83 >= 75)                                                   5
   *   Amber  4 (97 vs 99, from 94.05), 15 (93.1 vs 95, from 90.25), 25 (74 vs 75, from 71.25)  3
   *   Red    5 (58 vs 70, from 66.5), 16 (80.2 vs 95)                                        2
   *   No data (a target but no Current value): 6 ("-"), 28, 29, 31-41 (blank)               14
   *   No target: 1, 2, 7-12, 19-24, 26, 27, 30, 42-44                                        20
   */
  it("RAG table by outcome area", () => {
    const values = planValues(plannedSheet(result.plan, SUMMARY_SHEETS.summary));
    expect(Object.fromEntries(readRagTable(values))).toEqual({
      "Stay Safe": rag(1, 1, 1, 6, 1),
      "Be Healthy": rag(4, 2, 1, 10, 0),
      "Enjoy and Achieve": rag(0, 0, 0, 4, 13),
      "All indicators": rag(5, 3, 2, 20, 14),
    });
    const indicators = result.analysis!.indicators;
    expect(idsWhere(indicators, (i) => i.rag === "Green")).toEqual(["3", "13", "14", "17", "18"]);
    expect(idsWhere(indicators, (i) => i.rag === "Amber")).toEqual(["4", "15", "25"]);
    expect(idsWhere(indicators, (i) => i.rag === "Red")).toEqual(["5", "16"]);
  });

  /*
   * Direction: the latest numeric value against the one before it (gaps skipped), by polarity.
   *   Stay Safe: 1 (77.4 -> 88.5), 5 (45.4 -> 58), 6 (8.9 -> 8.6, lower), 7 (4.9 -> 7.1) improving;
   *     3 (9.1 -> 11, further from the target 10), 4 (97.7 -> 97) worsening; 2, 8, 9, 10 fewer
   *     than two values.                                                                    4/0/2/4
   *   Be Healthy: 13, 14 (34 -> 19, lower), 15, 25 improving; 17 (46 -> 46), 18 (83 -> 83) no
   *     change; 12 (5 -> 5.4, lower), 16 (80.7 -> 80.2) worsening; 11, 19-24, 26, 27 not enough. 4/2/2/9
   *   Enjoy and Achieve (Current blank, so 2006 against 2005): 29, 30, 35-39 improving; 32, 33, 34
   *     no change; 28 (0 -> 2 schools, lower), 31, 40, 41 worsening; 42-44 one value each.   7/3/4/3
   */
  it("direction-of-travel table by outcome area", () => {
    const values = planValues(plannedSheet(result.plan, SUMMARY_SHEETS.summary));
    expect(countTable(values, "Outcome area", "Improving")).toEqual({
      "Stay Safe": dir(4, 0, 2, 4),
      "Be Healthy": dir(4, 2, 2, 9),
      "Enjoy and Achieve": dir(7, 3, 4, 3),
      "All indicators": dir(15, 5, 8, 16),
    });
  });

  /*
   * Benchmarks at Current, for higher/lower indicators with a value and a benchmark (the sheet's
   * National / Similar columns, else the catalogue's):
   *   National: 4 (97 vs 99) worse, 5 (58 vs 67) worse, 7 (7.1 vs 7.1) same, 12 (5.4 vs 5.1, lower)
   *     worse, 18 (83 vs 80) better, 25 (74 vs 79) worse -> 6 compared: 1 better, 1 same, 4 worse.
   *     (3 is a target-polarity indicator: not judged better or worse.)
   *   Similar: 4 (97 vs 99), 5 (58 vs 59), 7 (7.1 vs 7.5), 13 (60 vs 60.5), 14 (19 vs 17.5, lower),
   *     25 (74 vs 76): 6 compared, all worse.
   */
  it("benchmark counts", () => {
    const values = planValues(plannedSheet(result.plan, SUMMARY_SHEETS.summary));
    expect(countTable(values, "Benchmark", "Compared")).toEqual({
      "National average": { Compared: 6, Better: 1, Same: 1, Worse: 4, "Not compared": 38 },
      "Statistical neighbours": { Compared: 6, Better: 0, Same: 0, Worse: 6, "Not compared": 38 },
    });
  });

  it("benchmark gaps are signed by polarity: positive is better", () => {
    const byId = new Map(result.analysis!.indicators.map((i) => [i.id, i]));
    expect(byId.get("18")).toMatchObject({ value: 83, national: 80, gapNational: 3 });
    expect(byId.get("14")).toMatchObject({ value: 19, neighbours: 17.5, gapNeighbours: -1.5 });
    expect(byId.get("12")?.gapNational).toBeCloseTo(-0.3, 10);
  });

  it("exceptions: the Reds 5 and 16, then the worsening Amber 4", () => {
    const values = planValues(plannedSheet(result.plan, SUMMARY_SHEETS.exceptions));
    expect(values.slice(1).map((r) => [r[0], r[5], r[6]])).toEqual([
      ["5", "Red", "Improving"],
      ["16", "Red", "Worsening"],
      ["4", "Amber", "Worsening"],
    ]);
    // Value, target and gap to national of indicator 5, in points.
    expect(values[1]!.slice(3, 8)).toEqual([58, 70, "Red", "Improving", -9]);
  });

  it("outcome areas come from the catalogue (Stay Safe, Be Healthy, Enjoy and Achieve)", () => {
    expect([...new Set(result.analysis!.indicators.map((i) => i.outcomeArea))]).toEqual([
      "Stay Safe",
      "Be Healthy",
      "Enjoy and Achieve",
    ]);
  });
});
