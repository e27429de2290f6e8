import { SUMMARY_SHEETS } from "../../src/core/summary/build-summary-plan";
import type { PlannedSheet } from "../../src/core/summary/plan";
import { freezesHeaderRow, ragChartPlan, ragRulesPlan } from "../../src/excel/summary-visuals";
import { samplePlan } from "./sample-plan";

const sheetNamed = (name: string): PlannedSheet => samplePlan().sheets.find((s) => s.name === name)!;

describe("ragChartPlan", () => {
  test("the real plan: header + two areas (A8:D10), the All indicators row left out, placed right of column G", () => {
    expect(ragChartPlan(sheetNamed(SUMMARY_SHEETS.summary))).toEqual({
      sourceAddress: "A8:D10",
      topLeft: "I8",
      bottomRight: "P23",
      seriesColours: ["#C6EFCE", "#FFEB9C", "#FFC7CE"],
      title: "RAG by outcome area",
    });
  });

  test("no table, headers not Green/Amber/Red, or no outcome areas: no chart", () => {
    expect(ragChartPlan({ name: "S", cells: [] })).toBeUndefined();
    const header = ["Outcome area", "Red", "Amber", "Green"].map((value) => ({ value }));
    const table = { key: "rag-by-outcome", row: 0, column: 0, rowCount: 2, columnCount: 4 };
    expect(
      ragChartPlan({ name: "S", cells: [header, [{ value: "Children" }]], tables: [table] }),
    ).toBeUndefined();
    const ok = ["Outcome area", "Green", "Amber", "Red"].map((value) => ({ value }));
    expect(
      ragChartPlan({ name: "S", cells: [ok, [{ value: "All indicators" }]], tables: [table] }),
    ).toBeUndefined();
  });
});

describe("ragRulesPlan / freezesHeaderRow", () => {
  test("the real plan: the RAG column of the two exception rows", () => {
    const plan = ragRulesPlan(sheetNamed(SUMMARY_SHEETS.exceptions));
    expect(plan?.address).toBe("F2:F3");
    expect(plan?.rules.map((r) => r.text)).toEqual(["Green", "Amber", "Red"]);
  });

  test("other sheets get no rules; tables on row 1 freeze the header", () => {
    expect(ragRulesPlan(sheetNamed(SUMMARY_SHEETS.validation))).toBeUndefined();
    expect(freezesHeaderRow(sheetNamed(SUMMARY_SHEETS.validation))).toBe(true);
    expect(freezesHeaderRow(sheetNamed(SUMMARY_SHEETS.summary))).toBe(false);
  });
});
