/**
 * freezeWorkbook on whole .xlsx files: the hand-made fixture (fixture.ts) and a workbook
 * written by exceljs. Checks the cells rewritten, the problems and notes, that every other
 * zip entry keeps its bytes and place, the calculation chain and the "frozen" note, and that
 * the snapshot reader sees the same values in the copy without the formulas.
 */
import * as fs from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { readWorkbookSnapshot } from "../../../../src/adapters/xlsx";
import { freezeWorkbook, type FreezeResult } from "../../../../src/adapters/xlsx/freeze";
import type { WorkbookSnapshot } from "../../../../src/core/workbook/snapshot";
import { bytesOf } from "../support/exceljs-bytes";
import { storedZip } from "../support/stored-zip";
import {
  cellXml,
  entriesOf,
  fixtureParts,
  fixtureWorkbook,
  NOTES_ROWS,
  SCORECARD_ROWS,
  textOf,
  zipOf,
} from "./fixture";

const FROZEN_AT = new Date("2026-12-02T10:00:00Z");
const OPTIONS = { sourceName: "q2.xlsx", frozenAt: FROZEN_AT };
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const REDO =
  "Open the workbook in Excel with Scorecard Kit loaded, recalculate (Ctrl+Alt+F9), save, and freeze again.";

/** The parts the freeze of the fixture changes, adds or removes; all others must keep their bytes. */
const CHANGED = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/_rels/workbook.xml.rels",
  "xl/worksheets/sheet1.xml",
  "xl/worksheets/sheet2.xml",
  "xl/calcChain.xml",
  "docProps/custom.xml",
];

async function frozen(bytes: Uint8Array, options: Partial<Parameters<typeof freezeWorkbook>[1]> = {}) {
  const result = await freezeWorkbook(bytes, { ...OPTIONS, ...options });
  if (!result.ok) throw new Error(`not frozen: ${result.reason}`);
  return result;
}

const original = (name: string): string => {
  const part = fixtureParts().find(([n]) => n === name)?.[1];
  if (typeof part !== "string") throw new Error(`no text part ${name}`);
  return part;
};

const note = (pid: number, name: string, value: string): string =>
  `<property fmtid="${FMTID}" pid="${pid}" name="${name}">${value}</property>`;

describe("the fixture, frozen", () => {
  let input: Uint8Array;
  let inputCopy: Uint8Array;
  let result: Extract<FreezeResult, { ok: true }>;

  beforeAll(async () => {
    input = await fixtureWorkbook();
    inputCopy = input.slice();
    result = await frozen(input);
  });

  it("freezes the add-in's formulas, keeps the #NAME? ones, and notes the defined name", () => {
    expect({ ...result, bytes: undefined }).toEqual({
      ok: true,
      bytes: undefined,
      frozen: 11,
      sheets: [
        { name: "Q2 Scorecard", frozen: 9 },
        { name: "Notes & Data", frozen: 2 },
      ],
      kept: [
        {
          kind: "name-error",
          sheet: "Q2 Scorecard",
          cell: "D5",
          formula: "=KPI.RAG(C5,B5)",
          value: "#NAME?",
          problem:
            "It showed #NAME? when last calculated: KPI.RAG was unknown, so it was calculated without Scorecard Kit.",
          action: REDO,
        },
        {
          kind: "name-error",
          sheet: "Q2 Scorecard",
          cell: "E5",
          formula: "=KPI.GAP(C5,B5)",
          value: "#NAME?",
          problem:
            "It showed #NAME? when last calculated: KPI.GAP was unknown, so it was calculated without Scorecard Kit.",
          action: REDO,
        },
      ],
      notes: [
        {
          kind: "defined-name",
          sheet: "",
          cell: "",
          name: "RagOf",
          formula: "=KPI.RAG('Q2 Scorecard'!$C$2,'Q2 Scorecard'!$B$2)",
          problem: "The name RagOf calls KPI.RAG; it is kept and will show #NAME? without the add-in.",
          action:
            "Cells whose formulas use the name were frozen like the others. If nothing else needs the name, delete it in the copy with Formulas > Name Manager.",
        },
      ],
      droppedCalcChain: true,
    });
  });

  it("rewrites exactly the frozen cells of each worksheet", async () => {
    const sheet1 = original("xl/worksheets/sheet1.xml");
    const expected1 = sheet1
      .replace(
        SCORECARD_ROWS[1]!,
        `<row r="2" spans="1:6"><c r="A2" t="s"><v>6</v></c><c r="B2"><v>90</v></c><c r="C2"><v>95</v></c><c r="D2" t="inlineStr"><is><t xml:space="preserve">Green</t></is></c><c r="E2" s="1"><v>5</v></c><c r="F2" t="b"><v>1</v></c></row>`,
      )
      .replace(
        SCORECARD_ROWS[2]!,
        `<row r="3" spans="1:6"><c r="A3" t="s"><v>7</v></c><c r="B3"><v>90</v></c><c r="C3"><v>80</v></c><c r="D3" t="inlineStr"><is><t xml:space="preserve">Red</t></is></c><c r="E3" s="1"><v>-10</v></c><c r="F3" t="b"><v>0</v></c></row>`,
      )
      .replace(
        SCORECARD_ROWS[3]!,
        `<row r="4" spans="1:6"><c r="A4" t="s"><v>8</v></c><c r="B4"><v>50</v></c><c r="C4"><v>48</v></c><c r="D4" t="inlineStr"><is><t xml:space="preserve">Amber &amp; falling</t></is></c><c r="E4" s="1"><v>-2</v></c><c r="F4" t="b"><v>0</v></c></row>`,
      );
    expect(expected1).not.toBe(sheet1);
    expect(await textOf(result.bytes, "xl/worksheets/sheet1.xml")).toBe(expected1);

    const sheet2 = original("xl/worksheets/sheet2.xml");
    const expected2 = sheet2
      .replace(
        NOTES_ROWS[0]!,
        `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve">Top</x:t></x:is></x:c><x:c r="B1"><x:v>10</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t xml:space="preserve">Green</x:t></x:is></x:c></x:row>`,
      )
      .replace(
        NOTES_ROWS[1]!,
        `<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t xml:space="preserve">Middle</x:t></x:is></x:c><x:c r="B2"><x:v>20</x:v></x:c></x:row>`,
      );
    expect(await textOf(result.bytes, "xl/worksheets/sheet2.xml")).toBe(expected2);
  });

  it("keeps the #NAME? cells and the plain SUM exactly as they were", async () => {
    const sheet1 = (await textOf(result.bytes, "xl/worksheets/sheet1.xml"))!;
    for (const address of ["D5", "E5", "C6"])
      expect(cellXml(sheet1, address)).toBe(cellXml(original("xl/worksheets/sheet1.xml"), address));
  });

  it("every other entry keeps its bytes and its place; calcChain goes, custom.xml comes last", async () => {
    const before = await entriesOf(input);
    const after = await entriesOf(result.bytes);
    expect([...after.keys()]).toEqual([
      ...[...before.keys()].filter((name) => name !== "xl/calcChain.xml"),
      "docProps/custom.xml",
    ]);
    const untouched = [...before.keys()].filter((name) => !CHANGED.includes(name));
    expect(untouched).toEqual([
      "docProps/app.xml",
      "docProps/core.xml",
      "xl/workbook.xml",
      "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/theme/theme1.xml",
      "xl/styles.xml",
      "xl/sharedStrings.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/charts/chart1.xml",
      "xl/media/image1.png",
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
    ]);
    for (const name of untouched)
      expect({ name, bytes: after.get(name) }).toEqual({ name, bytes: before.get(name) });
  });

  it("drops the calculation chain with one-element edits of the relationships and the content types", async () => {
    expect(await textOf(result.bytes, "xl/calcChain.xml")).toBeUndefined();
    expect(await textOf(result.bytes, "xl/_rels/workbook.xml.rels")).toBe(
      original("xl/_rels/workbook.xml.rels").replace(
        `<Relationship Id="rId6" Type="${REL}/calcChain" Target="calcChain.xml"/>`,
        "",
      ),
    );
    expect(await textOf(result.bytes, "[Content_Types].xml")).toBe(
      original("[Content_Types].xml")
        .replace(
          `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>`,
          "",
        )
        .replace(
          "</Types>",
          `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`,
        ),
    );
  });

  it("adds the frozen note as custom properties, with their relationship", async () => {
    expect(await textOf(result.bytes, "docProps/custom.xml")).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
        note(2, "Scorecard Kit frozen from", "<vt:lpwstr>q2.xlsx</vt:lpwstr>") +
        note(3, "Scorecard Kit frozen on", "<vt:filetime>2026-12-02T10:00:00Z</vt:filetime>") +
        note(4, "Scorecard Kit formulas frozen", "<vt:i4>11</vt:i4>") +
        `</Properties>`,
    );
    expect(await textOf(result.bytes, "_rels/.rels")).toBe(
      original("_rels/.rels").replace(
        "</Relationships>",
        `<Relationship Id="rId4" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
      ),
    );
  });

  it("leaves the input bytes as they were", () => {
    expect(input).toEqual(inputCopy);
  });

  it("freezing the copy again freezes nothing, keeps the same cells and writes the note once", async () => {
    const again = await frozen(result.bytes, { sourceName: "q2-values.xlsx" });
    expect({
      frozen: again.frozen,
      kept: again.kept,
      notes: again.notes,
      dropped: again.droppedCalcChain,
    }).toEqual({
      frozen: 0,
      kept: result.kept,
      notes: result.notes,
      dropped: false,
    });
    const first = await entriesOf(result.bytes);
    const second = await entriesOf(again.bytes);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, bytes] of first)
      if (name !== "docProps/custom.xml") expect({ name, bytes: second.get(name) }).toEqual({ name, bytes });
    const custom = (await textOf(again.bytes, "docProps/custom.xml"))!;
    expect(custom.match(/<property /g)).toHaveLength(3);
    expect(custom).toContain(note(2, "Scorecard Kit frozen from", "<vt:lpwstr>q2-values.xlsx</vt:lpwstr>"));
    expect(custom).toContain(note(4, "Scorecard Kit formulas frozen", "<vt:i4>0</vt:i4>"));
  });
});

describe("the snapshot reader sees the same values in the copy", () => {
  /** Values and formulas of every sheet, by sheet name. */
  const gridsOf = async (bytes: Uint8Array): Promise<WorkbookSnapshot["sheets"]> => {
    const read = await readWorkbookSnapshot(bytes, "book.xlsx");
    if (!read.ok) throw new Error(read.reason);
    return read.snapshot.sheets;
  };

  it("in the hand-made workbook: same values, formulas gone where frozen", async () => {
    const input = await fixtureWorkbook({ unprefixedNotes: true });
    const before = await gridsOf(input);
    const after = await gridsOf((await frozen(input)).bytes);
    expect(after.map((s) => s.values)).toEqual(before.map((s) => s.values));
    expect(after.map((s) => s.numberFormats)).toEqual(before.map((s) => s.numberFormats));
    expect(before[0]!.values[3]).toEqual(["NEET & EET", 50, 48, "Amber & falling", -2, false]);
    expect(after.map((s) => s.formulas)).toEqual([
      [
        ["", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["", "", "", "=_xldudf_KPI_RAG(C5,B5)", "=_xldudf_KPI_GAP(C5,B5)", ""],
        ["", "", "=SUM(C2:C5)", "", "", ""],
      ],
      [
        ["", "", ""],
        ["", "", ""],
      ],
    ]);
  });

  it("in a workbook written by exceljs, shared formulas included", async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet("Scorecard");
    sheet.addRow(["Indicator", "Target", "", "Actual", "RAG", "Gap", "Total"]);
    sheet.getCell("A5").value = "Attendance";
    sheet.getCell("C5").value = 90;
    sheet.getCell("D5").value = 95;
    sheet.getCell("E5").value = { formula: "KPI.RAG(D5,C5)", result: "Green" };
    sheet.getCell("F5").value = { formula: "KPI.GAP(D5,C5)", result: 5 };
    sheet.getCell("G5").value = { formula: "SUM(C5:D5)", result: 185 };
    sheet.getCell("C6").value = 90;
    sheet.getCell("D6").value = 80;
    sheet.getCell("C7").value = 50;
    sheet.getCell("D7").value = 49;
    sheet.fillFormula("E6:E7", "KPI.RAG(D6,C6)", (row) => (row === 6 ? "Red" : "Amber"));
    const input = await bytesOf(workbook);

    const result = await frozen(input);
    expect({ frozen: result.frozen, kept: result.kept }).toEqual({ frozen: 4, kept: [] });
    const sheetXml = (await textOf(result.bytes, "xl/worksheets/sheet1.xml"))!;
    expect(cellXml(sheetXml, "E5")).toBe(
      `<c r="E5" t="inlineStr"><is><t xml:space="preserve">Green</t></is></c>`,
    );
    expect(cellXml(sheetXml, "F5")).toBe(`<c r="F5"><v>5</v></c>`);
    expect(cellXml(sheetXml, "E7")).toBe(
      `<c r="E7" t="inlineStr"><is><t xml:space="preserve">Amber</t></is></c>`,
    );
    expect(cellXml(sheetXml, "G5")).toBe(`<c r="G5"><f>SUM(C5:D5)</f><v>185</v></c>`);

    const before = await gridsOf(input);
    const after = await gridsOf(result.bytes);
    expect(after[0]!.values).toEqual(before[0]!.values);
    expect(before[0]!.values.slice(4).map((row) => row.slice(4, 6))).toEqual([
      ["Green", 5],
      ["Red", null],
      ["Amber", null],
    ]);
    expect(before[0]!.formulas[5]![4]).toBe("=KPI.RAG(D6,C6)");
    expect(after[0]!.formulas.slice(4).map((row) => row.slice(4))).toEqual([
      ["", "", "=SUM(C5:D5)"],
      ["", "", ""],
      ["", "", ""],
    ]);
  });
});

describe("options and special cases", () => {
  it("allFormulas freezes the plain SUM too", async () => {
    const result = await frozen(await fixtureWorkbook(), { allFormulas: true });
    expect(result.frozen).toBe(12);
    expect(result.kept.map((k) => k.cell)).toEqual(["D5", "E5"]);
    const sheet1 = (await textOf(result.bytes, "xl/worksheets/sheet1.xml"))!;
    expect(cellXml(sheet1, "C6")).toBe(`<c r="C6"><v>294</v></c>`);
  });

  it("existing custom properties are kept; the note takes the pids after theirs", async () => {
    const input = await fixtureWorkbook({ customProperties: true });
    const result = await frozen(input);
    expect(await textOf(result.bytes, "docProps/custom.xml")).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
        `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
        note(2, "Department", "<vt:lpwstr>Children&apos;s Services</vt:lpwstr>") +
        note(3, "Scorecard Kit frozen from", "<vt:lpwstr>q2.xlsx</vt:lpwstr>") +
        note(4, "Scorecard Kit frozen on", "<vt:filetime>2026-12-02T10:00:00Z</vt:filetime>") +
        note(5, "Scorecard Kit formulas frozen", "<vt:i4>11</vt:i4>") +
        `</Properties>`,
    );
    // The relationship and the content type were there already: .rels is untouched.
    const before = await entriesOf(input);
    const after = await entriesOf(result.bytes);
    expect(after.get("_rels/.rels")).toEqual(before.get("_rels/.rels"));
    expect([...after.keys()]).toEqual([...before.keys()].filter((name) => name !== "xl/calcChain.xml"));
    expect((await textOf(result.bytes, "[Content_Types].xml"))!.match(/custom-properties/g)).toHaveLength(1);
  });

  it("a workbook with nothing to freeze keeps its sheets and calcChain; only the note is added", async () => {
    const parts = fixtureParts().map(([name, content]): [string, string | Uint8Array] => [
      name,
      name.startsWith("xl/worksheets/sheet") && typeof content === "string"
        ? content.replace(/_xldudf_KPI_(RAG|GAP)|KPI\.BAND|RagOf/g, "ABS")
        : content,
    ]);
    const input = await zipOf(parts);
    const result = await frozen(input);
    expect({
      frozen: result.frozen,
      kept: result.kept,
      sheets: result.sheets,
      dropped: result.droppedCalcChain,
    }).toEqual({ frozen: 0, kept: [], sheets: [], dropped: false });
    const before = await entriesOf(input);
    const after = await entriesOf(result.bytes);
    for (const name of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/calcChain.xml"])
      expect(after.get(name)).toEqual(before.get(name));
    expect(await textOf(result.bytes, "docProps/custom.xml")).toContain("<vt:i4>0</vt:i4>");
  });

  it("escapes the source name in the note", async () => {
    const result = await frozen(await fixtureWorkbook(), { sourceName: `Q2 "final" & <draft>.xlsx` });
    expect(await textOf(result.bytes, "docProps/custom.xml")).toContain(
      "<vt:lpwstr>Q2 &quot;final&quot; &amp; &lt;draft&gt;.xlsx</vt:lpwstr>",
    );
  });

  it("a file saved by a program that never calculated is kept whole and reported", async () => {
    const parts = fixtureParts().map(([name, content]): [string, string | Uint8Array] => [
      name,
      name === "xl/worksheets/sheet1.xml" && typeof content === "string"
        ? content.replace(/<v>(Green|5)<\/v>/g, "")
        : content,
    ]);
    const result = await frozen(await zipOf(parts));
    // D2 heads the shared formula D2:D4, so D3 and D4 stay formulas with it.
    expect(result.kept.map((k) => [k.cell, k.kind, k.formula, k.sharedFormula])).toEqual([
      ["D2", "no-value", "=KPI.RAG(C2,B2)", "D2:D4"],
      ["E2", "no-value", "=KPI.GAP(C2,B2)", undefined],
      ["D5", "name-error", "=KPI.RAG(C5,B5)", undefined],
      ["E5", "name-error", "=KPI.GAP(C5,B5)", undefined],
    ]);
    expect(result.frozen).toBe(7);
    const sheet1 = (await textOf(result.bytes, "xl/worksheets/sheet1.xml"))!;
    expect(cellXml(sheet1, "D3")).toBe(`<c r="D3" t="str"><f t="shared" si="0"/><v>Red</v></c>`);
  });
});

describe("bad input is a reason, never a throw", () => {
  const reasonFor = async (bytes: Uint8Array, frozenAt = FROZEN_AT): Promise<string> => {
    const result = await freezeWorkbook(bytes, { sourceName: "x.xlsx", frozenAt });
    if (result.ok) throw new Error("frozen");
    return result.reason;
  };

  it("says what the file is instead", async () => {
    expect(await reasonFor(new TextEncoder().encode("Indicator,Target\nATT,90\n"))).toMatch(
      /^The file is not an \.xlsx workbook \(it is not a zip archive\)/,
    );
    expect(await reasonFor(new Uint8Array())).toBe(
      "The file is empty (0 bytes), so it is not an .xlsx workbook.",
    );
    expect(await reasonFor(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(
      /older \.xls workbook or a password-protected workbook/,
    );
    expect(await reasonFor(Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2, 3]))).toMatch(
      /^The file looks like a zip archive but could not be opened as an \.xlsx workbook; it may be truncated or damaged \(.+\)\.$/,
    );
    expect(await reasonFor(storedZip({ "content.xml": "<x/>" }))).toBe(
      "The file is a zip archive but not an .xlsx workbook (it has no xl/workbook.xml part).",
    );
    const whole = await fixtureWorkbook();
    expect(await reasonFor(whole.slice(0, whole.length - 30))).toMatch(/truncated or damaged/);
    expect(await reasonFor(whole, new Date(Number.NaN))).toBe("The freeze time is not a valid date.");
    expect(await reasonFor("not bytes" as unknown as Uint8Array)).toMatch(/not given as bytes/);
  });

  it("a workbook whose worksheet part is missing is still copied", async () => {
    const zip = await JSZip.loadAsync(await fixtureWorkbook());
    zip.remove("xl/worksheets/sheet2.xml");
    const result = await frozen(await zip.generateAsync({ type: "uint8array" }));
    expect(result.sheets).toEqual([{ name: "Q2 Scorecard", frozen: 9 }]);
  });
});

describe("runs anywhere", () => {
  it("imports only jszip, src/core and the adapter's byte helpers (no exceljs, no Node APIs)", () => {
    const folder = path.resolve(__dirname, "../../../../src/adapters/xlsx/freeze");
    const imported = new Set<string>();
    for (const file of fs.readdirSync(folder))
      for (const match of fs.readFileSync(path.join(folder, file), "utf8").matchAll(/from "([^"]+)"/g))
        imported.add(match[1]!);
    const outside = [...imported].filter(
      (name) => !name.startsWith("./") && !name.startsWith("../../../core/"),
    );
    expect(outside.sort()).toEqual(["../bytes", "../file-signature", "../messages", "jszip"]);
    expect(fs.readFileSync(path.join(folder, "freeze-workbook.ts"), "utf8")).not.toMatch(/\bBuffer\b/);
  });
});
