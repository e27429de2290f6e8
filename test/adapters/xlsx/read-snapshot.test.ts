import { Workbook, type CellValue as ExcelJsCellValue } from "exceljs";
import {
  DEFAULT_MAX_CELLS,
  readWorkbookSnapshot,
  type ReadResult,
} from "../../../src/adapters/xlsx/read-snapshot";
import { formatCount } from "../../../src/adapters/xlsx/messages";
import { bytesOf } from "./support/exceljs-bytes";
import { handMadeWorkbook, ONE_CELL_SHEET_DATA } from "./support/handmade-workbook";
import { storedZip } from "./support/stored-zip";

/**
 * A scorecard built with exceljs, covering every kind of cell the adapter maps.
 *
 * Sheet "Scorecard" (8 rows x 4 columns):
 *   1  "Outcome summary" merged over A1:C1
 *   2  Measure | Actual | Shown as text | Link
 *   3  Uptake  | 0.97 as "0%" | "97%" (text) | hyperlink "Guidance"
 *   4  rich text "Waiting time" | 12 | =B4*2 -> 24 | =B4/0 -> #DIV/0!
 *   5  (blank row)
 *   6  Shared | 1 | =B6+1 -> 2 (shared master for C6:C8) | 31 Mar 2024 as dd/mm/yyyy
 *   7  (blank) | 2 | shared child -> 3 | #N/A
 *   8  TRUE | 3 | shared child -> 4 | (blank)
 * Sheet "Notes" (hidden): "See page 2" in B3 only.
 */
async function scorecardWorkbook(): Promise<Uint8Array> {
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
  sheet.getCell("A6").value = "Shared";
  sheet.getCell("B6").value = 1;
  sheet.getCell("C6").value = untyped({ formula: "B6+1", result: 2, shareType: "shared", ref: "C6:C8" });
  sheet.getCell("D6").value = new Date(Date.UTC(2024, 2, 31));
  sheet.getCell("D6").numFmt = "dd/mm/yyyy";
  sheet.getCell("B7").value = 2;
  sheet.getCell("C7").value = { sharedFormula: "C6", result: 3, date1904: false };
  sheet.getCell("D7").value = { error: "#N/A" };
  sheet.getCell("A8").value = true;
  sheet.getCell("B8").value = 3;
  sheet.getCell("C8").value = { sharedFormula: "C6", result: 4, date1904: false };
  const notes = workbook.addWorksheet("Notes", { state: "hidden" });
  notes.getCell("B3").value = "See page 2";
  return bytesOf(workbook);
}

/** exceljs accepts values its type definitions omit (shared-formula masters, rich-text hyperlinks). */
function untyped(value: object): ExcelJsCellValue {
  return value as ExcelJsCellValue;
}

function expectFailure(result: ReadResult, reason: string): void {
  expect(result).toEqual({ ok: false, reason });
}

/** Over the cell limit: the reason, the flag that lets the CLI say file/too-large, and where reading stopped. */
function expectTooLarge(result: ReadResult, reason: string, place: { sheet: string; row: number }): void {
  expect(result).toEqual({ ok: false, reason, tooLarge: true, place });
}

describe("readWorkbookSnapshot: a scorecard built with exceljs", () => {
  let result: ReadResult;
  beforeAll(async () => {
    result = await readWorkbookSnapshot(await scorecardWorkbook(), "scorecard.xlsx");
  });

  test("reads both sheets, hidden ones included, and counts 8x4 + 3x2 = 38 cells", () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot.source).toBe("scorecard.xlsx");
    expect(result.snapshot.sheets.map((sheet) => sheet.name)).toEqual(["Scorecard", "Notes"]);
    expect(result.cellCount).toBe(38);
  });

  test("values: cached formula results, errors as {error}, rich text and hyperlinks as text, merged cells blank", () => {
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.sheets[0]?.values).toEqual([
      ["Outcome summary", null, null, null],
      ["Measure", "Actual", "Shown as text", "Link"],
      ["Uptake", 0.97, "97%", "Guidance"],
      ["Waiting time", 12, 24, { error: "#DIV/0!" }],
      [null, null, null, null],
      ["Shared", 1, 2, new Date(Date.UTC(2024, 2, 31))],
      [null, 2, 3, { error: "#N/A" }],
      [true, 3, 4, null],
    ]);
  });

  test("number formats: as set, General elsewhere", () => {
    if (!result.ok) throw new Error(result.reason);
    const G = "General";
    expect(result.snapshot.sheets[0]?.numberFormats).toEqual([
      [G, G, G, G],
      [G, G, G, G],
      [G, "0%", G, G],
      [G, G, G, G],
      [G, G, G, G],
      [G, G, G, "dd/mm/yyyy"],
      [G, G, G, G],
      [G, G, G, G],
    ]);
  });

  test("formulas: with '=', shared-formula children translated to their own row", () => {
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.sheets[0]?.formulas).toEqual([
      ["", "", "", ""],
      ["", "", "", ""],
      ["", "", "", ""],
      ["", "", "=B4*2", "=B4/0"],
      ["", "", "", ""],
      ["", "", "=B6+1", ""],
      ["", "", "=B7+1", ""],
      ["", "", "=B8+1", ""],
    ]);
  });

  test("merges as A1 ranges", () => {
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.sheets[0]?.merges).toEqual(["A1:C1"]);
    expect(result.snapshot.sheets[1]?.merges).toEqual([]);
  });

  test("a sheet whose only value is in B3 has a 3x2 grid from A1", () => {
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.sheets[1]).toEqual({
      name: "Notes",
      values: [
        [null, null],
        [null, null],
        [null, "See page 2"],
      ],
      numberFormats: [
        ["General", "General"],
        ["General", "General"],
        ["General", "General"],
      ],
      formulas: [
        ["", ""],
        ["", ""],
        ["", ""],
      ],
      merges: [],
    });
  });
});

describe("readWorkbookSnapshot: shapes of input and sheets", () => {
  test("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const bytes = await scorecardWorkbook();
    const copy = bytes.slice().buffer;
    const result = await readWorkbookSnapshot(copy, "copy.xlsx");
    expect(result.ok && result.cellCount).toBe(38);
  });

  test("a blank worksheet gives empty grids", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("Blank");
    const result = await readWorkbookSnapshot(await bytesOf(workbook), "blank.xlsx");
    expect(result).toEqual({
      ok: true,
      cellCount: 0,
      snapshot: {
        source: "blank.xlsx",
        sheets: [{ name: "Blank", values: [], numberFormats: [], formulas: [], merges: [] }],
      },
    });
  });

  test("a styled cell with no value does not extend the grid", async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet("Styled");
    sheet.getCell("A1").value = 5;
    sheet.getCell("E9").numFmt = "0%";
    const result = await readWorkbookSnapshot(await bytesOf(workbook), "styled.xlsx");
    expect(result.ok && result.snapshot.sheets[0]?.values).toEqual([[5]]);
  });

  test("a formula without a cached result reads as null with its formula kept", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("F").getCell("A1").value = { formula: "NOW()", date1904: false };
    const result = await readWorkbookSnapshot(await bytesOf(workbook), "f.xlsx");
    expect(result.ok && result.snapshot.sheets[0]?.values).toEqual([[null]]);
    expect(result.ok && result.snapshot.sheets[0]?.formulas).toEqual([["=NOW()"]]);
  });

  test("a hyperlink whose text is rich text reads as the joined text", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("H").getCell("A1").value = untyped({
      text: { richText: [{ text: "Data " }, { text: "dictionary", font: { italic: true } }] },
      hyperlink: "https://example.org/dd",
    });
    const result = await readWorkbookSnapshot(await bytesOf(workbook), "h.xlsx");
    expect(result.ok && result.snapshot.sheets[0]?.values).toEqual([["Data dictionary"]]);
  });

  test("chart sheets are skipped; worksheets beside them are read", async () => {
    const result = await readWorkbookSnapshot(
      handMadeWorkbook({ chartSheet: true, worksheetBody: ONE_CELL_SHEET_DATA }),
      "chart.xlsx",
    );
    expect(result).toEqual({
      ok: true,
      cellCount: 1,
      snapshot: {
        source: "chart.xlsx",
        sheets: [
          { name: "Data", values: [[42]], numberFormats: [["General"]], formulas: [[""]], merges: [] },
        ],
      },
    });
  });

  test("a drop-down over whole columns (B1:D1048576) does not slow the read", async () => {
    // exceljs expands a data validation into one entry per covered cell: 3.1 million here,
    // which took 6 s and 390 MB before the adapter told exceljs to skip dataValidations.
    const worksheetBody =
      ONE_CELL_SHEET_DATA +
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B1:D1048576">` +
      `<formula1>"Red,Amber,Green"</formula1></dataValidation></dataValidations>`;
    const started = Date.now();
    const result = await readWorkbookSnapshot(
      handMadeWorkbook({ chartSheet: false, worksheetBody }),
      "dv.xlsx",
    );
    const elapsed = Date.now() - started;
    expect(result.ok && result.snapshot.sheets[0]?.values).toEqual([[42]]);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe("readWorkbookSnapshot: files that are not workbooks resolve to a reason, never a rejection", () => {
  const NOT_ZIP =
    "The file is not an .xlsx workbook (it is not a zip archive). " +
    "If it is a CSV or text file, open it in Excel and save it as an Excel Workbook (.xlsx).";

  test("an empty file", async () => {
    expectFailure(
      await readWorkbookSnapshot(new Uint8Array(0), "empty.xlsx"),
      "The file is empty (0 bytes), so it is not an .xlsx workbook.",
    );
  });

  test("random bytes", async () => {
    const bytes = new Uint8Array(4096).map((_, index) => (index * 7919 + 13) % 256);
    expectFailure(await readWorkbookSnapshot(bytes, "random.xlsx"), NOT_ZIP);
  });

  test("a CSV file renamed .xlsx", async () => {
    const csv = new TextEncoder().encode("Measure,Actual,Target\nUptake,97%,95%\n");
    expectFailure(await readWorkbookSnapshot(csv, "scorecard.xlsx"), NOT_ZIP);
  });

  test("an older .xls or password-protected workbook (OLE compound file)", async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expectFailure(
      await readWorkbookSnapshot(ole, "old.xlsx"),
      "The file is not an .xlsx workbook: it is an older .xls workbook or a password-protected workbook. " +
        "Open it in Excel, remove any password and save it as an Excel Workbook (.xlsx).",
    );
  });

  test("zip signature followed by junk", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expectFailure(
      await readWorkbookSnapshot(bytes, "junk.xlsx"),
      "The file looks like a zip archive but could not be opened as an .xlsx workbook; it may be truncated or damaged " +
        "(its zip directory, the list of parts at the end of the file, is missing or damaged; the file was probably cut short while copying or downloading).",
    );
  });

  test("a real workbook cut off half way", async () => {
    const bytes = await scorecardWorkbook();
    expectFailure(
      await readWorkbookSnapshot(bytes.slice(0, Math.floor(bytes.length / 2)), "cut.xlsx"),
      "The file looks like a zip archive but could not be opened as an .xlsx workbook; it may be truncated or damaged " +
        "(its zip directory, the list of parts at the end of the file, is missing or damaged; the file was probably cut short while copying or downloading).",
    );
  });

  test("a zip archive that is not a workbook", async () => {
    expectFailure(
      await readWorkbookSnapshot(storedZip({ "readme.txt": "hello" }), "archive.xlsx"),
      "The file is a zip archive but not an .xlsx workbook (it has no xl/workbook.xml part).",
    );
  });

  test("a zip archive whose workbook part is not XML", async () => {
    const bytes = storedZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "not xml <" });
    expectFailure(
      await readWorkbookSnapshot(bytes, "broken.xlsx"),
      "The part xl/workbook.xml of the workbook is malformed (an unterminated tag <>); the file may be damaged.",
    );
  });

  test("a workbook with only a chart sheet", async () => {
    expectFailure(
      await readWorkbookSnapshot(handMadeWorkbook({ chartSheet: true }), "chart-only.xlsx"),
      "The workbook has no worksheets that can be read (chart sheets are skipped).",
    );
  });

  test("something that is not bytes at all (a JavaScript caller's mistake)", async () => {
    expectFailure(
      await readWorkbookSnapshot("scorecard.xlsx" as unknown as Uint8Array, "x"),
      "The file contents were not given as bytes (an ArrayBuffer or Uint8Array was expected).",
    );
  });
});

describe("readWorkbookSnapshot: the cell limit", () => {
  test("the default limit is 5,000,000 cells", () => {
    expect(DEFAULT_MAX_CELLS).toBe(5_000_000);
    expect(formatCount(DEFAULT_MAX_CELLS)).toBe("5,000,000");
  });

  test("38 cells against a limit of 37 is refused with both numbers, at the row that passed it", async () => {
    // Scorecard is A1:D8 (32 cells); Notes reaches 6 more at its B3.
    expectTooLarge(
      await readWorkbookSnapshot(await scorecardWorkbook(), "scorecard.xlsx", { maxCells: 37 }),
      'The workbook has at least 38 cells in its used ranges (reading stopped at row 3 of the worksheet "Notes"); ' +
        "the limit is 37. Split it or raise --max-cells.",
      { sheet: "Notes", row: 2 },
    );
  });

  test("exactly at the limit is read", async () => {
    const result = await readWorkbookSnapshot(await scorecardWorkbook(), "scorecard.xlsx", { maxCells: 38 });
    expect(result.ok && result.cellCount).toBe(38);
  });

  test("the grid counts from A1: one value in J1000 is 10,000 cells", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("Far").getCell("J1000").value = 1;
    expectTooLarge(
      await readWorkbookSnapshot(await bytesOf(workbook), "far.xlsx", { maxCells: 9_999 }),
      'The workbook has at least 10,000 cells in its used ranges (reading stopped at row 1,000 of the worksheet "Far"); ' +
        "the limit is 9,999. Split it or raise --max-cells.",
      { sheet: "Far", row: 999 },
    );
  });

  test.each([0, -1, 2.5, Number.NaN])("a limit of %p is refused", async (maxCells) => {
    expectFailure(
      await readWorkbookSnapshot(await scorecardWorkbook(), "scorecard.xlsx", { maxCells }),
      `The cell limit must be a positive whole number; got ${String(maxCells)}.`,
    );
  });
});
