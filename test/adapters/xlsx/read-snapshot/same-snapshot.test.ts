import * as fs from "fs";
import * as path from "path";
import { Workbook, type CellValue as ExcelJsCellValue } from "exceljs";
import { readWorkbookSnapshot } from "../../../../src/adapters/xlsx/read-snapshot";
import { inflateWithZlib } from "../../../../src/adapters/xlsx/read-snapshot/node-inflate";
import { readWithExcelJs } from "../../../support/exceljs-reader/read-with-exceljs";
import { writeWorkbookWithSheets, type SheetToWrite } from "../../../../src/adapters/xlsx/write-sheets";
import * as W from "../../../support/workbooks";
import { fixtureWorkbook } from "../freeze/fixture";
import { bytesOf } from "../support/exceljs-bytes";
import { handMadeWorkbook, ONE_CELL_SHEET_DATA } from "../support/handmade-workbook";
import { storedZip } from "../support/stored-zip";
import { compareReads } from "./compare";

/**
 * Equivalence (issue 14): every workbook we have is read by readWorkbookSnapshot and by exceljs
 * (readWithExcelJs, the reader it replaced), and the snapshots are compared cell by cell: values (Dates by instant),
 * number formats, formulas, merges, sheet names and order, cell counts; failures by reason.
 */

const REPO = path.resolve(__dirname, "../../../..");

function xlsxFilesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? xlsxFilesUnder(path.join(folder, entry.name))
        : entry.name.toLowerCase().endsWith(".xlsx")
          ? [path.join(folder, entry.name)]
          : [],
    )
    .sort();
}

/** The exceljs-built scorecard of read-snapshot.test.ts: hyperlink, rich text, shared formulas, errors, a date, a merge. */
async function scorecardWorkbook(): Promise<Uint8Array> {
  const untyped = (value: object): ExcelJsCellValue => value as ExcelJsCellValue;
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("Scorecard");
  sheet.getCell("A1").value = "Outcome summary";
  sheet.mergeCells("A1:C1");
  sheet.getRow(2).values = ["Measure", "Actual", "Shown as text", "Link"];
  sheet.getCell("A3").value = "Uptake";
  sheet.getCell("B3").value = 0.97;
  sheet.getCell("B3").numFmt = "0%";
  sheet.getCell("C3").value = "97%";
  sheet.getCell("D3").value = { text: "Guidance", hyperlink: "https://example.org/guidance" };
  sheet.getCell("A4").value = { richText: [{ text: "Waiting " }, { text: "time", font: { bold: true } }] };
  sheet.getCell("B4").value = 12;
  sheet.getCell("C4").value = { formula: "B4*2", result: 24, date1904: false };
  sheet.getCell("D4").value = { formula: "B4/0", result: { error: "#DIV/0!" }, date1904: false };
  sheet.getCell("E4").value = { text: "12", hyperlink: "https://example.org/twelve" };
  sheet.getCell("A6").value = "Shared";
  sheet.getCell("B6").value = 1;
  sheet.getCell("C6").value = untyped({
    formula: "B6+$B$6+SUM(B6:B7)",
    result: 2,
    shareType: "shared",
    ref: "C6:C8",
  });
  sheet.getCell("D6").value = new Date(Date.UTC(2024, 2, 31));
  sheet.getCell("D6").numFmt = "dd/mm/yyyy";
  sheet.getCell("B7").value = 2;
  sheet.getCell("C7").value = { sharedFormula: "C6", result: 3, date1904: false };
  sheet.getCell("D7").value = { error: "#N/A" };
  sheet.getCell("A8").value = true;
  sheet.getCell("B8").value = 3;
  sheet.getCell("C8").value = { sharedFormula: "C6", result: 4, date1904: false };
  sheet.getCell("E8").value = { formula: "D6+1", result: new Date(Date.UTC(2024, 3, 1)), date1904: false };
  sheet.getCell("E8").numFmt = "d-mmm-yy";
  sheet.getCell("F9").numFmt = "0.0"; // a styled blank: not in the used range
  sheet.mergeCells("E10:F11");
  sheet.getCell("F11").numFmt = "0%"; // a covered cell keeps its own format
  const notes = workbook.addWorksheet("Notes", { state: "hidden" });
  notes.getCell("B3").value = "See page 2";
  const dates = workbook.addWorksheet("1904");
  dates.getCell("A1").value = new Date(Date.UTC(2020, 0, 1, 12));
  workbook.properties.date1904 = true;
  return bytesOf(workbook);
}

/** Worksheet bodies written by hand, in the transitional namespace exceljs reads. */
const HAND_MADE_BODIES: Record<string, string> = {
  "one cell": ONE_CELL_SHEET_DATA,
  "value types":
    `<sheetData><row r="2"><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#REF!</v></c>` +
    `<c r="D2" t="str"><v>a &amp;amp; b</v></c><c r="E2" t="inlineStr"><is><t>inline</t></is></c>` +
    `<c r="F2" t="inlineStr"><is><r><t>ri</t></r><r><rPr><b/></rPr><t xml:space="preserve">ch </t></r></is></c>` +
    `<c r="G2"><v>1.5E3</v></c><c r="H2"><f>1+1</f></c><c r="I2" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>` +
    `<c r="J2" t="b"><f>TRUE()</f><v>1</v></c><c r="K2" t="e"><f>NA()</f><v>#N/A</v></c></row>` +
    `<row r="4"><c r="A4"><f t="shared" ref="A4:C5" si="0">$A$1+B4*2</f><v>3</v></c>` +
    `<c r="B4"><f t="shared" si="0"/><v>4</v></c><c r="C4"><f t="shared" si="0"/><v>5</v></c></row>` +
    `<row r="5"><c r="A5"><f t="shared" si="0"/><v>6</v></c><c r="C5"><f t="shared" si="0"/></c></row>` +
    `<row r="6"><c r="A6"><f t="array" ref="A6:A7">SUM(B4:C4*2)</f><v>18</v></c></row>` +
    `<row r="7"><c r="A7"><v>7</v></c><c r="B7"/><c r="C7"><v>8</v></c></row>` +
    `</sheetData><mergeCells count="2"><mergeCell ref="D9:E10"/><mergeCell ref="H2:I3"/></mergeCells>`,
  "no r on cells": `<sheetData><row r="1"><c r="B1"><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row></sheetData>`,
  "rows out of order and blank rows":
    `<sheetData><row r="5"><c r="A5"><v>5</v></c></row><row r="2"><c r="C2"><v>2</v></c></row>` +
    `<row r="9"/><row r="7" spans="1:3"></row></sheetData>`,
  "entities and whitespace":
    `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">  a &lt;b&gt; &#233;&#x20AC;\r\nz </t></is></c>` +
    `<c r="B1"><v> 12 </v></c></row></sheetData>`,
  "blank sheet": "<sheetData/>",
};

/** A slice of the benchmark workbook (scripts/bench-workbook.js): percentages, "tbc", numbers typed as text. */
async function benchSlice(): Promise<Uint8Array> {
  const saved = [process.env.BENCH_SHEETS, process.env.BENCH_ROWS];
  process.env.BENCH_SHEETS = "2";
  process.env.BENCH_ROWS = "400";
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generate } = require("../../../../scripts/bench-workbook.js") as {
      generate: () => { sheets: SheetToWrite[] };
    };
    return await writeWorkbookWithSheets(generate().sheets);
  } finally {
    process.env.BENCH_SHEETS = saved[0];
    process.env.BENCH_ROWS = saved[1];
  }
}

async function generatedWorkbooks(): Promise<[string, Uint8Array][]> {
  return [
    ["scripts/bench-workbook.js generate() (2 sheets x 400 rows)", await benchSlice()],
    ["scorecardSheet", await W.workbookBytes([W.scorecardSheet()])],
    ["monthlyScorecard", await W.workbookBytes([W.monthlyScorecard()])],
    ["catalogueSheet", await W.workbookBytes([W.catalogueSheet()])],
    ["gradeScorecard", await W.workbookBytes([W.gradeScorecard()])],
    ["nextQuarterScorecard", await W.workbookBytes([W.nextQuarterScorecard()])],
    ["gridSheet(PLAN_ROWS)", await W.workbookBytes([W.gridSheet("Plan", W.PLAN_ROWS)])],
    ["actionPlanRows", await W.workbookBytes([W.gridSheet("Improvement plan", W.actionPlanRows())])],
    [
      "all helpers in one workbook",
      await W.workbookBytes([
        W.scorecardSheet({ above: [["Title"]], merges: ["A1:C1"] }),
        W.notesSheet(),
        W.monthlyScorecard("Monthly"),
        W.catalogueSheet(),
      ]),
    ],
    ["fixtureWorkbook({ unprefixedNotes: true })", await fixtureWorkbook({ unprefixedNotes: true })],
    ["exceljs scorecard (hyperlinks, shared formulas, 1904)", await scorecardWorkbook()],
    ...Object.entries(HAND_MADE_BODIES).map(([name, body]): [string, Uint8Array] => [
      `hand-made: ${name}`,
      handMadeWorkbook({ chartSheet: name === "one cell", worksheetBody: body }),
    ]),
  ];
}

describe("readWorkbookSnapshot reads the same snapshot as exceljs", () => {
  const files = [
    ...xlsxFilesUnder(path.join(REPO, "examples")),
    ...xlsxFilesUnder(path.join(REPO, "test", "fixtures")),
  ];

  it("for every workbook in examples/, test/fixtures/ and from the test helpers", async () => {
    const workbooks: [string, Uint8Array][] = [
      ...files.map((file): [string, Uint8Array] => [
        path.relative(REPO, file),
        new Uint8Array(fs.readFileSync(file)),
      ]),
      ...(await generatedWorkbooks()),
    ];
    let cells = 0;
    const report: string[] = [];
    for (const [name, bytes] of workbooks) {
      const expected = await readWithExcelJs(bytes, name);
      const actual = await readWorkbookSnapshot(bytes, name);
      const { cells: compared, differences } = compareReads(expected, actual);
      cells += compared;
      if (differences.length > 0) report.push(`${name}:\n  ${differences.join("\n  ")}`);
      expect(actual.ok).toBe(true);
      // The CLI inflates small parts with Node's zlib: the same snapshot again.
      expect(await readWorkbookSnapshot(bytes, name, { inflateWhole: inflateWithZlib })).toEqual(actual);
    }
    console.log(
      `same-snapshot: ${workbooks.length} workbooks, ${cells.toLocaleString("en-GB")} cells compared`,
    );
    expect(report).toEqual([]);
    // Two readers (three reads) of 24 workbooks: seconds on a busy 2-core machine.
  }, 60_000);

  it.each([
    ["not a zip", new TextEncoder().encode("ID,Indicator\nA1,Uptake\n")],
    [
      "an .xls (OLE compound) signature",
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    ],
    ["empty", new Uint8Array(0)],
    ["a zip that is not a workbook", storedZip({ "readme.txt": "hello" })],
    ["only chart sheets", handMadeWorkbook({ chartSheet: true })],
  ])("gives the same reason for %s", async (_name, bytes) => {
    const expected = await readWithExcelJs(bytes, "x.xlsx");
    const actual = await readWorkbookSnapshot(bytes, "x.xlsx");
    expect(expected.ok).toBe(false);
    expect(actual).toEqual(expected);
  });

  it("gives the same reasons for invalid input", async () => {
    for (const maxCells of [0, -1, 1.5, Number.NaN]) {
      expect(await readWorkbookSnapshot(new Uint8Array(1), "x", { maxCells })).toEqual(
        await readWithExcelJs(new Uint8Array(1), "x", { maxCells }),
      );
    }
    const notBytes = "not bytes" as unknown as Uint8Array;
    expect(await readWorkbookSnapshot(notBytes, "x")).toEqual(await readWithExcelJs(notBytes, "x"));
  });
});
