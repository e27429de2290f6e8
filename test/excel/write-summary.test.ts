import { SUMMARY_SHEETS } from "../../src/core/summary/build-summary-plan";
import { RAG_COLOURS } from "../../src/core/summary/rag-colours";
import { ExcelAdapterError } from "../../src/excel/errors";
import { writeSummary } from "../../src/excel/write-summary";
import { FakeExcel, RecorderConditionalFormat, RecorderChart, type Op } from "./fake-excel";
import { samplePlan } from "./sample-plan";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx";
import { loadCatalogue } from "../../src/core/catalogue";
import { summarizeWorkbook } from "../../src/core/engine";
import type { SummaryPlan } from "../../src/core/summary/plan";
import * as W from "../support/workbooks";

const DATA = {
  name: "Q1",
  values: [
    ["ID", "Value"],
    ["C1", 0.5],
  ],
};

/** The 2-D array written by the op of this kind on this sheet (the one whole-sheet assignment). */
function written(excel: FakeExcel, kind: string, sheet: string): Op {
  const ops = excel.ops.filter((op) => op.kind === kind && op.sheet === sheet);
  expect(ops).toHaveLength(1);
  return ops[0]!;
}

describe("writeSummary", () => {
  test("writes the three sheets in 2 syncs, calculation suspended, Summary activated", async () => {
    const excel = new FakeExcel([DATA]);
    const result = await writeSummary(excel.run, samplePlan());
    expect(result.sheetNames).toEqual(["Scorecard Summary", "Exceptions", "Validation"]);
    expect(excel.syncCount).toBe(2);
    const kinds = excel.ops.map((op) => op.kind);
    const suspend = kinds.indexOf("suspendCalculation");
    expect(suspend).toBeGreaterThan(kinds.indexOf("sync")); // after the first sync ...
    expect(suspend).toBeLessThan(kinds.lastIndexOf("sync")); // ... in the write batch
    expect(kinds.indexOf("addSheet")).toBeGreaterThan(suspend);
    expect(excel.liveSheets().map((s) => s.name)).toEqual([
      "Q1",
      "Scorecard Summary",
      "Exceptions",
      "Validation",
    ]);
    expect(excel.opsOf("activate")).toEqual([{ kind: "activate", sheet: "Scorecard Summary" }]);
    // Each new sheet is marked by a hidden name referring to its A1.
    expect(excel.names.filter((n) => !n.deleted).map((n) => [n.name, n.target?.name, n.visible])).toEqual([
      ["ScorecardKit_generated_1", "Scorecard Summary", false],
      ["ScorecardKit_generated_2", "Exceptions", false],
      ["ScorecardKit_generated_3", "Validation", false],
    ]);
  });

  test("values and number formats go in one assignment each per sheet, formats first", async () => {
    const excel = new FakeExcel([DATA]);
    await writeSummary(excel.run, samplePlan());
    for (const sheet of ["Scorecard Summary", "Exceptions", "Validation"]) {
      const formats = written(excel, "set:numberFormat", sheet);
      const values = written(excel, "set:values", sheet);
      expect(formats.address).toBe(values.address);
      expect(excel.ops.indexOf(formats)).toBeLessThan(excel.ops.indexOf(values));
    }
    expect(written(excel, "set:values", "Scorecard Summary").address).toBe("A1:G22");
  });

  test('asText "=1+1" and a HYPERLINK commentary are written as text under "@"', async () => {
    const excel = new FakeExcel([DATA]);
    await writeSummary(excel.run, samplePlan());
    const values = written(excel, "set:values", "Exceptions").value as unknown[][];
    const formats = written(excel, "set:numberFormat", "Exceptions").value as string[][];
    expect(values[1]![1]).toBe("=1+1");
    expect(formats[1]![1]).toBe("@");
    expect(values[1]![8]).toBe('=HYPERLINK("http://example.com")');
    expect(formats[1]![8]).toBe("@");
    // Numbers keep their planned format; blanks are "" under General.
    expect(typeof values[1]![3]).toBe("number");
    expect(formats[1]![3]).not.toBe("@");
    expect(values[1]![7]).toBe("");
  });

  test("never deletes or writes into a user's sheet named Scorecard Summary: writes (2) beside it", async () => {
    const excel = new FakeExcel([DATA, { name: "Scorecard Summary", values: [["My own notes"]] }]);
    const result = await writeSummary(excel.run, samplePlan());
    expect(result.sheetNames).toEqual(["Scorecard Summary (2)", "Exceptions", "Validation"]);
    expect(excel.syncCount).toBe(2);
    expect(excel.ops.filter((op) => op.sheet === "Scorecard Summary")).toEqual([]);
    expect(excel.sheet("Scorecard Summary").added).toBe(false);
    expect(excel.sheet("Scorecard Summary").values).toEqual([["My own notes"]]);
    expect(excel.opsOf("activate")).toEqual([{ kind: "activate", sheet: "Scorecard Summary (2)" }]);
  });

  test("replaces a sheet it generated earlier (marked by a name)", async () => {
    const excel = new FakeExcel([DATA, { name: "Scorecard Summary", values: [["old summary"]] }]);
    excel.markGenerated("Scorecard Summary", "ScorecardKit_generated_7");
    const old = excel.sheet("Scorecard Summary");
    const result = await writeSummary(excel.run, samplePlan());
    expect(result.sheetNames).toEqual(["Scorecard Summary", "Exceptions", "Validation"]);
    expect(excel.syncCount).toBe(2);
    expect(old.deleted).toBe(true);
    const now = excel.sheet("Scorecard Summary");
    expect(now).not.toBe(old);
    expect(now.added).toBe(true);
    // Added under a temporary name, the old sheet deleted, then renamed.
    const kinds = excel.ops.map((op) => `${op.kind}:${op.sheet ?? ""}`);
    expect(kinds.indexOf("addSheet:Scorecard Kit new 1")).toBeLessThan(
      kinds.indexOf("deleteSheet:Scorecard Summary"),
    );
    expect(kinds.indexOf("deleteSheet:Scorecard Summary")).toBeLessThan(
      kinds.indexOf("renameSheet:Scorecard Kit new 1"),
    );
    expect(excel.opsOf("deleteName").map((op) => op.value)).toEqual(["ScorecardKit_generated_7"]);
  });

  test("a second summary replaces the first one's three sheets; a third still leaves one set", async () => {
    const excel = new FakeExcel([DATA]);
    await writeSummary(excel.run, samplePlan());
    await writeSummary(excel.run, samplePlan());
    const result = await writeSummary(excel.run, samplePlan());
    expect(result.sheetNames).toEqual(["Scorecard Summary", "Exceptions", "Validation"]);
    expect(excel.liveSheets().map((s) => s.name)).toEqual([
      "Q1",
      "Scorecard Summary",
      "Exceptions",
      "Validation",
    ]);
    expect(excel.names.filter((n) => !n.deleted)).toHaveLength(3);
    expect(excel.syncCount).toBe(6);
  });

  test("a user sheet made after ours was deleted is the user's (the old marker is #REF!)", async () => {
    const excel = new FakeExcel([DATA, { name: "Exceptions", values: [["x"]] }]);
    excel.markGenerated("Exceptions");
    excel.sheet("Exceptions").deleted = true; // the user deleted our sheet ...
    excel.addSheetModel({ name: "Exceptions", values: [["user's own"]] }, false); // ... and made their own
    const result = await writeSummary(excel.run, samplePlan());
    expect(result.sheetNames).toEqual(["Scorecard Summary", "Exceptions (2)", "Validation"]);
    expect(excel.sheet("Exceptions").values).toEqual([["user's own"]]);
    expect(excel.opsOf("deleteName").map((op) => op.value)).toEqual(["ScorecardKit_generated_1"]);
  });

  test("a clustered column chart of Green/Amber/Red by outcome area, without the total row, to the right", async () => {
    const excel = new FakeExcel([DATA]);
    await writeSummary(excel.run, samplePlan());
    const charts = excel.opsOf("addChart");
    expect(charts).toHaveLength(1);
    const op = charts[0]!;
    expect(op.sheet).toBe("Scorecard Summary");
    // Header row 8 (Outcome area, Green, Amber, Red) and the two areas; row 11 is "All indicators".
    expect(op.address).toBe("A8:D10");
    expect(op.value.type).toBe("ColumnClustered");
    expect(op.value.seriesBy).toBe("Columns");
    const chart = op.value.chart as RecorderChart;
    expect(chart.seriesColours).toEqual([
      RAG_COLOURS.Green.fill,
      RAG_COLOURS.Amber.fill,
      RAG_COLOURS.Red.fill,
    ]);
    expect(chart.position).toEqual(["I8", "P23"]);
    expect(chart.title.text).toBe("RAG by outcome area");
  });

  test("Exceptions RAG cells get 'text contains' conditional formats with the RAG fills", async () => {
    const excel = new FakeExcel([DATA]);
    await writeSummary(excel.run, samplePlan());
    const formats = excel.opsOf("addConditionalFormat");
    expect(formats.every((op) => op.sheet === "Exceptions" && op.address === "F2:F3")).toBe(true);
    expect(
      formats.map((op) => {
        const format = op.value as RecorderConditionalFormat;
        return [
          format.type,
          format.textComparison.rule,
          format.textComparison.format.fill.color,
          format.textComparison.format.font.color,
        ];
      }),
    ).toEqual([
      ["ContainsText", { operator: "Contains", text: "Green" }, "#C6EFCE", "#006100"],
      ["ContainsText", { operator: "Contains", text: "Amber" }, "#FFEB9C", "#9C5700"],
      ["ContainsText", { operator: "Contains", text: "Red" }, "#FFC7CE", "#9C0006"],
    ]);
  });

  test("fills, fonts and bold by block; column widths in points; header row frozen", async () => {
    const excel = new FakeExcel([DATA]);
    await writeSummary(excel.run, samplePlan());
    const onExceptions = (kind: string) =>
      excel.ops.filter((op) => op.kind === kind && op.sheet === "Exceptions");
    // The header row A1:I1 is one block: navy fill, white bold text.
    expect(onExceptions("set:fill")).toContainEqual(
      expect.objectContaining({ address: "A1:I1", value: "#1F3A5F" }),
    );
    expect(onExceptions("set:fontColor")).toContainEqual(
      expect.objectContaining({ address: "A1:I1", value: "#FFFFFF" }),
    );
    expect(onExceptions("set:bold")).toContainEqual(
      expect.objectContaining({ address: "A1:I1", value: true }),
    );
    expect(onExceptions("set:fill")).toContainEqual(
      expect.objectContaining({ address: "F2", value: RAG_COLOURS.Red.fill }),
    );
    // The plan's widths fit the sample's text: 8 and 16 characters, so (8 × 7 + 5) × 0.75 = 45.75 pt
    // and (16 × 7 + 5) × 0.75 = 87.75 pt.
    expect(samplePlan().sheets[1]!.columnWidths!.slice(0, 2)).toEqual([8, 16]);
    expect(onExceptions("set:columnWidth").slice(0, 2)).toEqual([
      expect.objectContaining({ address: "A:A", value: 45.75 }),
      expect.objectContaining({ address: "B:B", value: 87.75 }),
    ]);
    expect(onExceptions("freezeRows")).toEqual([expect.objectContaining({ value: 1 })]);
  });

  test("a plan colour that is not #RRGGBB is refused before Excel is touched", async () => {
    const excel = new FakeExcel([DATA]);
    const plan = { sheets: [{ name: SUMMARY_SHEETS.summary, cells: [[{ value: "x", fill: "red" }]] }] };
    await expect(writeSummary(excel.run, plan)).rejects.toThrow(ExcelAdapterError);
    expect(excel.syncCount).toBe(0);
  });

  test("an empty plan sheet is added without a values write", async () => {
    const excel = new FakeExcel([DATA]);
    const result = await writeSummary(excel.run, { sheets: [{ name: "Validation", cells: [] }] });
    expect(result.sheetNames).toEqual(["Validation"]);
    expect(excel.opsOf("set:values")).toEqual([]);
    expect(excel.opsOf("activate")).toEqual([{ kind: "activate", sheet: "Validation" }]);
  });
});

describe("writeSummary: the SPC sheet's XmR charts (a monthly scorecard of 24 periods)", () => {
  let plan: SummaryPlan;
  beforeAll(async () => {
    const read = await readWorkbookSnapshot(await W.workbookBytes([W.monthlyScorecard()]), "monthly.xlsx");
    if (!read.ok) throw new Error(read.reason);
    const catalogue = loadCatalogue(W.TEST_CATALOGUE);
    const result = summarizeWorkbook(read.snapshot, { catalogue, generatedAt: "2026-12-02T10:00:00" });
    if (!result.plan) throw new Error("no plan");
    plan = result.plan;
  });

  test("still 2 syncs for four sheets and four line charts", async () => {
    const excel = new FakeExcel([DATA]);
    const result = await writeSummary(excel.run, plan);
    expect(result.sheetNames).toEqual(["Scorecard Summary", "Exceptions", "SPC", "Validation"]);
    expect(excel.syncCount).toBe(2);
    const lines = excel.opsOf("addChart").filter((op) => (op.value as { type: string }).type === "Line");
    expect(lines.map((op) => op.sheet)).toEqual(["SPC", "SPC", "SPC", "SPC"]);
    // Each indicator's chart starts a printed page, above its title.
    const breaks = plan.sheets.find((s) => s.name === "SPC")!.pageBreaks!;
    expect(excel.opsOf("pageBreak").map((op) => op.address)).toEqual(breaks.map((row) => `A${row + 1}`));
    expect(breaks).toHaveLength(4);
  });

  test("page layout: A4 landscape, one page wide, the plan's header and footer parts, repeated rows", async () => {
    const excel = new FakeExcel([DATA]);
    await writeSummary(excel.run, plan);
    const exceptions = excel.addedSheets().find((s) => s.name === "Exceptions")!;
    expect(exceptions.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "$1:$1",
      headersFooters: {
        defaultForAllPages: {
          leftHeader: "",
          centerHeader: "Scorecard Summary: Exceptions",
          rightHeader: "Period Mar 2025",
          leftFooter: "Generated 2026-12-02 10:00",
          centerFooter: "",
          rightFooter: "Page &P of &N",
        },
      },
    });
  });

  test("each chart: its series on the planned cells, the periods as x values, colours, dashes and markers", async () => {
    const excel = new FakeExcel([DATA]);
    await writeSummary(excel.run, plan);
    const planned = plan.sheets.find((s) => s.name === "SPC")!.charts![2]!; // WAIT
    const op = excel.opsOf("addChart").filter((o) => (o.value as { type: string }).type === "Line")[2]!;
    const chart = (op.value as { chart: RecorderChart }).chart;
    expect(chart.title.text).toBe("WAIT: Assessments on time");
    expect(chart.displayBlanksAs).toBe("NotPlotted");
    expect(chart.axes.valueAxis).toEqual({
      minimum: planned.valueAxis!.min,
      maximum: planned.valueAxis!.max,
    });
    const first = planned.categories.firstRow + 1;
    const last = planned.categories.lastRow + 1;
    expect([op.address, (op.value as { seriesBy: string }).seriesBy]).toEqual([
      `B${first}:B${last}`,
      "Columns",
    ]);
    expect(
      chart.allSeries.map((s) => [
        s.name,
        s.values ?? "(first)",
        s.xValues,
        s.format.line.lineStyle,
        s.markerStyle,
      ]),
    ).toEqual([
      ["Value", "(first)", `A${first}:A${last}`, "Continuous", "Circle"],
      ["Mean", `C${first}:C${last}`, `A${first}:A${last}`, "Continuous", "None"],
      ["Lower limit", `D${first}:D${last}`, `A${first}:A${last}`, "Dash", "None"],
      ["Upper limit", `E${first}:E${last}`, `A${first}:A${last}`, "Dash", "None"],
      ["Target", `F${first}:F${last}`, `A${first}:A${last}`, "Dash", "None"],
      ["Improvement", `G${first}:G${last}`, `A${first}:A${last}`, "None", "Circle"],
      ["Concern", `H${first}:H${last}`, `A${first}:A${last}`, "None", "Circle"],
    ]);
    expect(chart.allSeries[6]!.markerBackgroundColor).toBe("#E46C0A");
    expect(chart.position).toEqual([
      `A${planned.anchor.row + 1}`,
      `H${planned.anchor.row + planned.anchor.rows}`,
    ]);
  });
});
