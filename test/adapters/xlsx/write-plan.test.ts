import { ValueType, type Worksheet } from "exceljs";
import { readWorkbookSnapshot } from "../../../src/adapters/xlsx/read-snapshot";
import { InvalidPlanError, writeSummaryWorkbook } from "../../../src/adapters/xlsx/write-plan";
import { streamSummaryWorkbook } from "../../../src/adapters/xlsx/write-plan-streaming";
import type { PlannedCell, SummaryPlan } from "../../../src/core/summary/plan";
import { cellFacts, loadWithExcelJs } from "./support/exceljs-bytes";

const CREATED = new Date(Date.UTC(2024, 3, 1, 9, 30, 0));
/** What exceljs reports for a cell with a style (here a number format) but no font or fill of its own. */
const EXCELJS_DEFAULT_FONT = { color: { theme: 1 }, family: 2, scheme: "minor", size: 11, name: "Calibri" };
const NO_FILL = { type: "pattern", pattern: "none" };

const header = (value: string): PlannedCell => ({ value, bold: true, fill: "#1f4e79", fontColor: "#FFFFFF" });

/** Row 1: styled headers. Row 2: a red-rated percentage, a date, a boolean, an error.
 *  Row 3: user text that looks like formulas or numbers, written asText. Row 4: asText number and a blank. */
const PLAN: SummaryPlan = {
  sheets: [
    {
      name: "Summary",
      cells: [
        [header("Measure"), header("Actual"), header("Period"), header("Met?"), header("Note")],
        [
          { value: "Uptake" },
          { value: 0.87, numberFormat: "0.0%", fill: "#C00000", fontColor: "#FFFFFF" },
          { value: new Date(Date.UTC(2024, 2, 31)), numberFormat: "yyyy-mm-dd" },
          { value: false },
          { value: { error: "#DIV/0!" } },
        ],
        [
          { value: '=HYPERLINK("https://evil.example","Click")', asText: true },
          { value: "+44 20 7946 0000", asText: true },
          { value: "-x", asText: true },
          { value: "@foo", asText: true },
          { value: "=1+1" },
        ],
        [{ value: 12, asText: true }, null, { value: null, fill: "#FFEB9C" }],
      ],
      columnWidths: [28, 12, 14],
      tables: [{ key: "kpis", row: 0, column: 0, rowCount: 2, columnCount: 5 }],
    },
  ],
};

/** The two writers (in memory for the workbench, streaming for the CLI) pass the same tests. */
const WRITERS = [
  ["writeSummaryWorkbook (in memory)", writeSummaryWorkbook],
  ["streamSummaryWorkbook (streaming)", streamSummaryWorkbook],
] as const;

describe.each(WRITERS)("%s, read back with exceljs", (_name, write) => {
  let sheet: Worksheet;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await write(PLAN, { created: CREATED });
    const workbook = await loadWithExcelJs(bytes);
    expect(workbook.creator).toBe("Scorecard Kit");
    expect(workbook.created).toEqual(CREATED);
    const first = workbook.worksheets[0];
    if (first === undefined) throw new Error("no sheet written");
    sheet = first;
  });

  test("returns a plain Uint8Array holding a zip", () => {
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  test("asText cells that start with = + - @ come back as strings, never formulas, formatted as Text", () => {
    for (const [address, text] of [
      ["A3", '=HYPERLINK("https://evil.example","Click")'],
      ["B3", "+44 20 7946 0000"],
      ["C3", "-x"],
      ["D3", "@foo"],
      ["A4", "12"],
    ] as const) {
      expect([address, cellFacts(sheet, address)]).toEqual([
        address,
        { type: ValueType.String, value: text, formula: undefined, numFmt: "@" },
      ]);
    }
  });

  test("a plain string starting with = is still a string (exceljs writes formulas only from {formula})", () => {
    expect(cellFacts(sheet, "E3")).toEqual({
      type: ValueType.String,
      value: "=1+1",
      formula: undefined,
      numFmt: undefined,
    });
  });

  test("values keep their types; an error is written as its text", () => {
    expect(sheet.getCell("B2").value).toBe(0.87);
    expect(sheet.getCell("C2").value).toEqual(new Date(Date.UTC(2024, 2, 31)));
    expect(sheet.getCell("D2").value).toBe(false);
    expect([sheet.getCell("E2").type, sheet.getCell("E2").value]).toEqual([ValueType.String, "#DIV/0!"]);
  });

  test("number formats", () => {
    expect(sheet.getCell("B2").numFmt).toBe("0.0%");
    expect(sheet.getCell("C2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("A2").numFmt).toBeUndefined();
  });

  test("fills and fonts: #RRGGBB becomes opaque ARGB, bold and font colour on the Calibri 11 default", () => {
    expect(sheet.getCell("A1").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF1F4E79" },
    });
    expect(sheet.getCell("A1").font).toEqual({
      name: "Calibri",
      size: 11,
      family: 2,
      scheme: "minor",
      bold: true,
      color: { argb: "FFFFFFFF" },
    });
    expect(sheet.getCell("B2").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFC00000" },
    });
    expect(sheet.getCell("B2").font).toEqual({
      name: "Calibri",
      size: 11,
      family: 2,
      scheme: "minor",
      color: { argb: "FFFFFFFF" },
    });
    expect([sheet.getCell("A2").fill, sheet.getCell("A2").font]).toEqual([undefined, undefined]);
    expect([sheet.getCell("A3").fill, sheet.getCell("A3").font]).toEqual([NO_FILL, EXCELJS_DEFAULT_FONT]);
  });

  test("a planned cell with no value still gets its fill; a null cell is left alone", () => {
    expect([sheet.getCell("C4").type, sheet.getCell("C4").fill]).toEqual([
      ValueType.Null,
      { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } },
    ]);
    expect([sheet.getCell("B4").type, sheet.getCell("B4").fill]).toEqual([ValueType.Null, undefined]);
  });

  test("column widths, and the header row frozen because a table starts on row 1", () => {
    expect([1, 2, 3, 4].map((column) => sheet.getColumn(column).width)).toEqual([28, 12, 14, undefined]);
    expect(sheet.views.map((view) => [view.state, "ySplit" in view ? view.ySplit : undefined])).toEqual([
      ["frozen", 1],
    ]);
  });

  test("read back through the adapter: asText strings stay strings with no formulas", async () => {
    const result = await readWorkbookSnapshot(bytes, "summary.xlsx");
    if (!result.ok) throw new Error(result.reason);
    const snapshot = result.snapshot.sheets[0];
    expect(snapshot?.values).toEqual([
      ["Measure", "Actual", "Period", "Met?", "Note"],
      ["Uptake", 0.87, new Date(Date.UTC(2024, 2, 31)), false, "#DIV/0!"],
      ['=HYPERLINK("https://evil.example","Click")', "+44 20 7946 0000", "-x", "@foo", "=1+1"],
      ["12", null, null, null, null],
    ]);
    expect(snapshot?.formulas.flat().every((formula) => formula === "")).toBe(true);
  });
});

describe.each(WRITERS)("%s: sheets and properties", (_name, write) => {
  test("one worksheet per planned sheet, in order, with valid unique names", async () => {
    const names = ["Summary", "summary", "Q1/Q2", "", "History", "Outcomes for children and young people"];
    const bytes = await write({
      sheets: names.map((name) => ({ name, cells: [[{ value: name }]] })),
    });
    const workbook = await loadWithExcelJs(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Summary",
      "summary (2)",
      "Q1-Q2",
      "Sheet",
      "History sheet",
      "Outcomes for children and young",
    ]);
    expect(workbook.worksheets.map((sheet) => sheet.getCell("A1").value)).toEqual(names);
  });

  test("the creator can be named; no table on row 1 means no frozen pane", async () => {
    const bytes = await write(
      {
        sheets: [
          {
            name: "S",
            cells: [[{ value: 1 }]],
            tables: [{ key: "t", row: 2, column: 0, rowCount: 1, columnCount: 1 }],
          },
        ],
      },
      { creator: "Performance team", created: CREATED },
    );
    const workbook = await loadWithExcelJs(bytes);
    expect([workbook.creator, workbook.lastModifiedBy, workbook.created]).toEqual([
      "Performance team",
      "Performance team",
      CREATED,
    ]);
    expect(workbook.worksheets[0]?.views).toBeNull();
  });

  test("numbers Excel cannot store become #NUM! text; text is cut to Excel's 32,767 characters", async () => {
    const bytes = await write({
      sheets: [
        {
          name: "S",
          cells: [
            [{ value: Number.NaN }, { value: Number.POSITIVE_INFINITY }, { value: "x".repeat(40_000) }],
          ],
        },
      ],
    });
    const sheet = (await loadWithExcelJs(bytes)).worksheets[0];
    expect(sheet?.getCell("A1").value).toBe("#NUM!");
    expect(sheet?.getCell("B1").value).toBe("#NUM!");
    expect(String(sheet?.getCell("C1").value).length).toBe(32_767);
  });

  test("a colour that is not #RRGGBB is a broken plan: InvalidPlanError naming the cell", async () => {
    const plan: SummaryPlan = { sheets: [{ name: "Summary", cells: [[null, { value: 1, fill: "red" }]] }] };
    await expect(write(plan)).rejects.toThrow(InvalidPlanError);
    await expect(write(plan)).rejects.toThrow(
      'The colour "red" for the fill of Summary!B1 is not of the form #RRGGBB.',
    );
  });

  test("a plan with no sheets is broken (Excel cannot open a workbook without one)", async () => {
    await expect(write({ sheets: [] })).rejects.toBeInstanceOf(InvalidPlanError);
    await expect(write({ sheets: [] })).rejects.toThrow(
      new InvalidPlanError("A summary plan needs at least one sheet; this one has none."),
    );
  });
});
