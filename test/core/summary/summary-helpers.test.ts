import {
  excelSerialFromTimestamp,
  fitColumnWidths,
  groupFindings,
  localTimestamp,
  buildSummaryPlan,
} from "../../../src/core/summary";
import { makeFinding, type WorkbookAnalysis } from "../../../src/core/validation";

describe("the Generated at stamp", () => {
  test("local wall-clock text, then an Excel serial date (hand count: 2 Dec 2026 is day 46358)", () => {
    expect(localTimestamp(new Date(2026, 11, 2, 13, 35, 7))).toBe("2026-12-02T13:35:07");
    expect(excelSerialFromTimestamp("2026-12-02T12:00:00")).toBe(46358.5);
    expect(excelSerialFromTimestamp("2026-12-02T12:00:00.000Z")).toBe(46358.5); // the zone is ignored: the digits are the wall clock
    expect(excelSerialFromTimestamp("yesterday")).toBeNull();
    expect(localTimestamp(new Date(NaN))).toBe("");
  });
});

describe("fitColumnWidths", () => {
  test("the longest shown text plus 3, at least 8; titles alone on their row do not count", () => {
    expect(
      fitColumnWidths([
        [{ value: "A very long section title that would widen column A" }],
        [{ value: "Gap to national" }, { value: 1 }],
      ]),
    ).toEqual([18, 8]);
    expect(
      fitColumnWidths([
        [
          { value: "CS-RESTRUCTURE" },
          { value: -2, numberFormat: '0.0" pts"' },
          { value: 0.723, numberFormat: "0.0%" },
        ],
      ]),
    ).toEqual([17, 11, 8]);
    expect(fitColumnWidths([[{ value: "x".repeat(200), wrap: true }, { value: "y".repeat(200) }]])).toEqual([
      50, 60,
    ]);
    expect(fitColumnWidths([[{ value: "Count" }, { value: 1234567, numberFormat: "#,##0" }]])).toEqual([
      8, 12,
    ]); // "1,234,567"
  });
});

describe("groupFindings", () => {
  const at = (code: Parameters<typeof makeFinding>[0], cell: number, message: string, id = "") =>
    makeFinding(code, { sheet: "S", row: cell, column: 9 }, message, id ? { indicatorId: id } : {});
  test("errors stay one per row; identical warnings and same-code info are gathered with a count", () => {
    const findings = [
      at("rag/mismatch", 1, "one"),
      at("rag/mismatch", 2, "two"),
      ...Array.from({ length: 20 }, (_, i) => at("target/missing", 3 + i, "No target", String(i + 1))),
      at("target/missing", 40, "Other words"),
      makeFinding("indicator/missing", {}, "Indicator A is absent", { indicatorId: "A" }),
      makeFinding("indicator/missing", {}, "Indicator B is absent", { indicatorId: "B" }),
    ];
    const rows = groupFindings(findings);
    expect(rows.map((r) => [r.code, r.severity, r.count, r.cells])).toEqual([
      ["rag/mismatch", "error", 1, "J2"],
      ["rag/mismatch", "error", 1, "J3"],
      ["target/missing", "warning", 20, "J4, J5, J6, J7, J8, J9, J10, J11, J12, J13 and 10 more"],
      ["target/missing", "warning", 1, "J41"],
      ["indicator/missing", "info", 2, ""],
    ]);
    expect(rows[4]).toMatchObject({
      indicators: "A, B",
      message: "2 findings like this one: Indicator A is absent",
    });
  });
});

test("the summary's Source is the file name, never the path it was opened from", () => {
  const analysis: WorkbookAnalysis = {
    source: "C:\\Packs\\2026\\Q2 scorecard.xlsx",
    period: "Q2",
    periods: ["Q2"],
    catalogue: { name: "c", version: "1" },
    layouts: [],
    indicators: [],
    findings: [],
  };
  const plan = buildSummaryPlan(analysis, { generatedAt: "2026-12-02T13:35:00" });
  expect(plan.sheets[0]!.cells[1]!.map((c) => c?.value)).toEqual(["Source", "Q2 scorecard.xlsx"]);
  expect(
    buildSummaryPlan({ ...analysis, source: "examples/a.xlsx" }, { generatedAt: "" }).sheets[0]!.cells[1]![1]!
      .value,
  ).toBe("a.xlsx");
});
