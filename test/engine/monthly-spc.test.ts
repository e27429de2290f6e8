/**
 * A monthly scorecard of 24 periods (test/support/workbooks.ts, monthlyScorecard): the SPC view
 * of each indicator, the spc/* findings where RAG and SPC disagree, and the catalogue's spc
 * options. Each expected answer is worked out beside it.
 */
import { readWorkbookSnapshot } from "../../src/adapters/xlsx";
import { loadCatalogue, type Catalogue } from "../../src/core/catalogue";
import { checkWorkbook, summarizeWorkbook } from "../../src/core/engine";
import { axisRange, SPC_SHEET, type PlannedCell } from "../../src/core/summary";
import type { AnalysedIndicator } from "../../src/core/validation";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import * as W from "../support/workbooks";

let snapshot: WorkbookSnapshot;
const catalogueWith = (changes: Record<string, object>): Catalogue => {
  const load = loadCatalogue({
    ...W.TEST_CATALOGUE,
    indicators: W.TEST_CATALOGUE.indicators.map((i) => ({ ...i, ...(changes[i.id] ?? {}) })),
  });
  if (!load.ok) throw new Error(JSON.stringify(load.problems));
  return load.catalogue;
};

beforeAll(async () => {
  const read = await readWorkbookSnapshot(await W.workbookBytes([W.monthlyScorecard()]), "monthly.xlsx");
  if (!read.ok) throw new Error(read.reason);
  snapshot = read.snapshot;
});

function analysed(catalogue: Catalogue = catalogueWith({})): Map<string, AnalysedIndicator> {
  const result = checkWorkbook(snapshot, { catalogue: { ok: true, catalogue, warnings: [] } });
  return new Map((result.analysis?.indicators ?? []).map((i) => [i.id, i]));
}

describe("the SPC view of a monthly scorecard (24 periods)", () => {
  test("the current period is the last month; every indicator has its XmR chart over the 24 months", () => {
    const byId = analysed();
    expect(byId.get("ATT")?.period).toBe("Mar 2025");
    for (const id of ["ATT", "CIC", "WAIT", "NEET"]) {
      expect(byId.get(id)?.spc?.periods).toEqual(W.MONTHS);
      expect(byId.get(id)?.spc?.analysis.points).toHaveLength(24);
    }
  });

  test("variation and assurance of each indicator", () => {
    const byId = analysed();
    const icons = (id: string) => [
      byId.get(id)?.rag,
      byId.get(id)?.spc?.variation,
      byId.get(id)?.spc?.assurance,
    ];
    // ATT: mean (12 x 0.955 + 11 x 0.965) / 23 = 0.95978, mean moving range 0.01 (the tbc gap
    // is not bridged): limits 0.9332 to 0.9864, around the target 0.95.
    expect(icons("ATT")).toEqual(["Green", "Common cause", "Hit and miss"]);
    // CIC: mean 1490, mean moving range 20: limits 1436.8 to 1543.2; the target 1400 is below
    // them, and lower is better: the process never gets there.
    expect(icons("CIC")).toEqual(["Red", "Common cause", "Consistently fail"]);
    // WAIT: the last 7 months fall each month (95 -> 94.5 ... 91): a trend, concerning. Mean
    // 94.6, mean moving range 4 / 23: limits 94.1 to 95.1, all above the target 90: pass.
    expect(icons("WAIT")).toEqual(["Green", "Special cause concerning", "Consistently pass"]);
    // NEET: 3% is below the lower limit; lower is better.
    expect(byId.get("NEET")?.spc?.variation).toBe("Special cause improving");
  });

  test("the ATT gap (tbc in Jan 2024) stays a gap in the chart", () => {
    const att = analysed().get("ATT")!.spc!;
    expect(att.analysis.points[9]).toMatchObject({ value: null, type: null });
    expect(att.analysis.points[9]?.limits?.mean).toBeCloseTo((12 * 0.955 + 11 * 0.965) / 23, 12);
  });

  test("spc/differs-from-rag, at the current month's cell, for CIC and WAIT only", () => {
    const result = checkWorkbook(snapshot, {
      catalogue: { ok: true, catalogue: catalogueWith({}), warnings: [] },
    });
    const stories = result.report.findings.filter((f) => f.code === "spc/differs-from-rag");
    expect(stories.map((f) => [f.indicatorId, f.cell, f.severity])).toEqual([
      ["CIC", "AA3", "info"],
      ["WAIT", "AA4", "info"],
    ]);
    expect(stories[0]?.message).toBe(
      "Red this period, but common cause: the process is stable and will not meet the target without a change (Consistently fail).",
    );
    expect(stories[1]?.message).toBe(
      "Green this period, but special cause concerning: the process is getting worse. Watch it (Consistently pass).",
    );
  });

  test("the catalogue's spc options: rebase by period label, and an unknown label is a warning", () => {
    // Rebased at Oct 2024 (point 19): the trend is split by the change. Before it, 95 x 17 and
    // 94.5 (mean 94.97, mean moving range 0.5 / 17, lower limit 94.89): 94.5 is below the limit.
    // After it, 94, 93.5, 93, 92.5, 92 and 91: mean 92.67, mean moving range 3 / 5 = 0.6, lower
    // limit 91.07: 91 is below it. Six falling points after the change are no trend.
    const wait = analysed(catalogueWith({ WAIT: { spc: { rebase: ["oct 2024"] } } })).get("WAIT")!.spc!;
    expect(wait.analysis.points[18]?.limits?.mean).toBeCloseTo((94 + 93.5 + 93 + 92.5 + 92 + 91) / 6, 12);
    expect(wait.analysis.points[18]?.limits?.lower).toBeCloseTo(92.66666666666667 - 2.66 * 0.6, 12);
    expect(wait.analysis.points.slice(17).map((p) => p.cause?.rule ?? "common")).toEqual([
      "beyond limits",
      ...Array(5).fill("common"),
      "beyond limits",
    ]);
    const result = checkWorkbook(snapshot, {
      catalogue: {
        ok: true,
        catalogue: catalogueWith({ CIC: { spc: { rebase: ["Apr 2030"] } } }),
        warnings: [],
      },
    });
    const unknown = result.report.findings.filter((f) => f.code === "spc/rebase-unknown");
    expect(unknown.map((f) => [f.indicatorId, f.cell, f.severity])).toEqual([["CIC", "AA3", "warning"]]);
    expect(unknown[0]?.message).toMatch(
      /^The catalogue's spc.rebase names "Apr 2030", which is not a period of this scorecard/,
    );
  });
});

describe("the SPC sheet and the Exceptions column (summary of the monthly scorecard)", () => {
  const plan = () => {
    const result = summarizeWorkbook(snapshot, {
      catalogue: { ok: true, catalogue: catalogueWith({}), warnings: [] },
      generatedAt: "2026-12-02T10:00:00",
    });
    if (!result.plan) throw new Error("no plan");
    return result.plan;
  };
  const text = (cell: PlannedCell | null | undefined) => (cell ? cell.value : null);

  test("the SPC sheet comes before Validation", () => {
    expect(plan().sheets.map((s) => s.name)).toEqual([
      "Scorecard Summary",
      "Exceptions",
      "SPC",
      "Validation",
    ]);
  });

  test("the icon summary: variation by assurance, counts and the names beside each row", () => {
    const sheet = plan().sheets.find((s) => s.name === SPC_SHEET)!;
    const table = sheet.tables!.find((t) => t.key === "spc-icons")!;
    const rows = sheet.cells.slice(table.row, table.row + table.rowCount).map((r) => r.map(text));
    expect(rows).toEqual([
      [
        "Variation",
        "Consistently fail",
        "Hit and miss",
        "Consistently pass",
        "No target",
        "Total",
        "Indicators",
      ],
      ["Special cause concerning", 0, 0, 1, 0, 1, "Consistently pass: WAIT: Assessments on time"],
      [
        "Special cause improving",
        0,
        1,
        0,
        0,
        1,
        "Hit and miss: NEET: Young people not in education, employment or training",
      ],
      [
        "Common cause",
        1,
        1,
        0,
        0,
        2,
        "Consistently fail: CIC: Children in care | Hit and miss: ATT: School attendance",
      ],
    ]);
    // The words carry the MDC colours: concern orange, improvement blue, common cause grey.
    expect(rows.slice(1).map((_, k) => sheet.cells[table.row + 1 + k]![0]!.fill)).toEqual([
      "#E46C0A",
      "#00B0F0",
      "#A6A6A6",
    ]);
  });

  test("the indicators' table: latest value, limits, target and icons", () => {
    const sheet = plan().sheets.find((s) => s.name === SPC_SHEET)!;
    const table = sheet.tables!.find((t) => t.key === "spc-indicators")!;
    const cic = sheet.cells[table.row + 2]!.map(text);
    // CIC: latest 1500, mean 1490, limits 1490 -/+ 2.66 x 20, target 1400.
    expect(cic[0]).toBe("CIC: Children in care");
    expect(cic.slice(1, 3)).toEqual([1500, 1490]);
    expect(cic[3]).toBeCloseTo(1436.8, 9);
    expect(cic[4]).toBeCloseTo(1543.2, 9);
    expect(cic.slice(5)).toEqual([1400, "Common cause", "Consistently fail"]);
  });

  test("one chart per indicator over its own data block, special-cause points as their own series", () => {
    const sheet = plan().sheets.find((s) => s.name === SPC_SHEET)!;
    expect(sheet.charts?.map((c) => c.title)).toEqual([
      "ATT: School attendance",
      "CIC: Children in care",
      "WAIT: Assessments on time",
      "NEET: Young people not in education, employment or training",
    ]);
    const wait = sheet.charts![2]!;
    // The 17 months at 95 are a run above the mean (94.6): improvement; the fall is concern.
    expect(wait.series.map((s) => s.name)).toEqual([
      "Value",
      "Mean",
      "Lower limit",
      "Upper limit",
      "Target",
      "Improvement",
      "Concern",
    ]);
    const block = sheet.tables!.find((t) => t.key === "spc-data-3")!;
    expect(wait.categories).toEqual({ column: 0, firstRow: block.row + 1, lastRow: block.row + 24 });
    const concern = wait.series[6]!.values;
    const marked = sheet.cells
      .slice(concern.firstRow, concern.lastRow + 1)
      .map((r) => text(r[concern.column]))
      .filter((v) => v !== null);
    expect(marked).toEqual([94.5, 94, 93.5, 93, 92.5, 92, 91]);
    expect(wait.series[6]).toMatchObject({ line: false, markers: true, colour: "#E46C0A" });
    // The value axis frames the data and the target: 90 to 95 with a margin.
    expect(wait.valueAxis!.min).toBeLessThanOrEqual(90);
    expect(wait.valueAxis!.max).toBeGreaterThanOrEqual(95.1);
  });

  test("Exceptions: CIC (Red) and WAIT (Green but concerning) with their stories in the RAG and SPC column", () => {
    const sheet = plan().sheets.find((s) => s.name === "Exceptions")!;
    const titles = sheet.cells[0]!.map(text);
    expect(titles[titles.length - 1]).toBe("RAG and SPC");
    const rows = sheet.cells.slice(1).map((r) => [text(r[0]), text(r[r.length - 1])]);
    expect(rows).toEqual([
      [
        "CIC",
        "Red this period, but common cause: the process is stable and will not meet the target without a change (Consistently fail).",
      ],
      [
        "WAIT",
        "Green this period, but special cause concerning: the process is getting worse. Watch it (Consistently pass).",
      ],
    ]);
  });
});

describe("axisRange: chart bounds on round numbers, or none", () => {
  test.each([
    [0.93, 0.99, { min: 0.92, max: 1 }],
    [5, 5, { min: 4, max: 6 }],
    [1436.8, 1543.2, { min: 1430, max: 1550 }],
    [-5e-324, 0, undefined],
    [-1e308, 1e308, undefined],
  ])("%p to %p -> %p", (min, max, expected) => {
    expect(axisRange(min, max)).toEqual(expected);
  });
});

describe("the SPC sheet with neutral polarity and a fixed baseline from the catalogue", () => {
  test("NEET neutral: Special cause low, no assurance; the icon summary gains the neutral rows", () => {
    const catalogue = catalogueWith({ NEET: { polarity: "neutral" }, CIC: { spc: { fixAfter: 12 } } });
    const result = summarizeWorkbook(snapshot, {
      catalogue: { ok: true, catalogue, warnings: [] },
      generatedAt: "2026-12-02T10:00:00",
    });
    const neet = result.analysis!.indicators.find((i) => i.id === "NEET")!.spc!;
    expect([neet.variation, neet.assurance]).toEqual(["Special cause low", "No target"]);
    // CIC with limits from its first 12 months: 1480/1500 alternate, so the same limits (mean 1490).
    const cic = result.analysis!.indicators.find((i) => i.id === "CIC")!.spc!;
    expect(cic.analysis.points[23]?.limits?.mean).toBe(1490);
    const sheet = result.plan!.sheets.find((s) => s.name === SPC_SHEET)!;
    const table = sheet.tables!.find((t) => t.key === "spc-icons")!;
    const first = sheet.cells.slice(table.row + 1, table.row + table.rowCount).map((r) => r[0]?.value);
    expect(first).toEqual([
      "Special cause concerning",
      "Special cause improving",
      "Common cause",
      "Special cause high",
      "Special cause low",
    ]);
    const low = sheet.cells[table.row + 5]!.map((c) => c?.value ?? null);
    expect(low).toEqual([
      "Special cause low",
      0,
      0,
      0,
      1,
      1,
      "No target: NEET: Young people not in education, employment or training",
    ]);
  });
});

describe("print settings of the summary sheets (committee pack, A4 landscape)", () => {
  test("headers name the sheet and the period, footers the time and 'Page x of y'; table sheets repeat their header row", () => {
    const result = summarizeWorkbook(snapshot, {
      catalogue: { ok: true, catalogue: catalogueWith({}), warnings: [] },
      generatedAt: "2026-12-02T10:00:00",
    });
    const prints = result.plan!.sheets.map((s) => [s.name, s.print]);
    expect(prints[1]).toEqual([
      "Exceptions",
      {
        header: { center: "Scorecard Summary: Exceptions", right: "Period Mar 2025" },
        footer: { left: "Generated 2026-12-02 10:00", right: "Page &P of &N" },
        repeatRows: { first: 0, last: 0 },
      },
    ]);
    // The summary sheet starts with a title, not a table: no repeated rows.
    expect(result.plan!.sheets[0]!.print?.repeatRows).toBeUndefined();
  });
});
