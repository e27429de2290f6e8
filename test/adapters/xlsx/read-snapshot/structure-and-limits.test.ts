import * as zlib from "zlib";
import { strToU8, unzipSync, Zip, ZipDeflate, zipSync, type ZipInputFile } from "fflate";
import { formatCount, readReasons } from "../../../../src/adapters/xlsx/messages";
import { readWorkbookSnapshot, type ReadResult } from "../../../../src/adapters/xlsx/read-snapshot";
import { writeWorkbookWithSheets } from "../../../../src/adapters/xlsx/write-sheets";
import { inflateWithZlib } from "../../../../src/adapters/xlsx/read-snapshot/node-inflate";
import type { SheetSnapshot } from "../../../../src/core/workbook/snapshot";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_RELS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

interface SheetSpec {
  readonly name: string;
  /** The whole worksheet part; omitted for a sheet whose part is missing. */
  readonly xml?: string;
  /** The relationship target (default worksheets/sheetN.xml). */
  readonly target?: string;
  readonly kind?: "worksheet" | "chartsheet";
  /** Leave the part out of [Content_Types].xml. */
  readonly undeclared?: boolean;
}

interface BookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly date1904?: string;
  readonly strict?: boolean;
  readonly extra?: Readonly<Record<string, string>>;
}

/** A worksheet part around some sheetData XML (and what follows it). */
function sheetXml(body: string, prefix = ""): string {
  const p = prefix === "" ? "" : `${prefix}:`;
  const ns = prefix === "" ? "xmlns" : `xmlns:${prefix}`;
  return `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}="${MAIN}"><${p}dimension ref="A1"/>${body}</${p}worksheet>`;
}

function partName(sheet: SheetSpec, index: number): string {
  const target = sheet.target ?? `worksheets/sheet${index + 1}.xml`;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** A workbook zipped with fflate from parts written here. */
function book(spec: BookSpec): Uint8Array {
  const rels = spec.strict ? STRICT_RELS : RELS;
  const main = spec.strict ? STRICT_MAIN : MAIN;
  const overrides = spec.sheets
    .filter((sheet) => sheet.undeclared !== true)
    .map(
      (sheet, index) =>
        `<Override PartName="/${partName(sheet, index)}" ContentType="${CT}.${sheet.kind ?? "worksheet"}+xml"/>`,
    )
    .join("");
  const parts: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${overrides}</Types>`,
    ),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns="${main}" xmlns:r="${rels}">` +
        (spec.date1904 === undefined ? "" : `<workbookPr date1904="${spec.date1904}"/>`) +
        `<sheets>${spec.sheets
          .map(
            (sheet, index) => `<sheet name="${sheet.name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
          )
          .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${spec.sheets
        .map(
          (sheet, index) =>
            `<Relationship Id="rId${index + 1}" Type="${rels}/${sheet.kind ?? "worksheet"}" Target="${sheet.target ?? `worksheets/sheet${index + 1}.xml`}"/>`,
        )
        .join("")}` +
        (spec.styles === undefined
          ? ""
          : `<Relationship Id="rS" Type="${rels}/styles" Target="styles.xml"/>`) +
        (spec.sharedStrings === undefined
          ? ""
          : `<Relationship Id="rSS" Type="${rels}/sharedStrings" Target="/xl/sharedStrings.xml"/>`) +
        `</Relationships>`,
    ),
  };
  spec.sheets.forEach((sheet, index) => {
    if (sheet.xml !== undefined) parts[partName(sheet, index)] = strToU8(sheet.xml);
  });
  if (spec.styles !== undefined) parts["xl/styles.xml"] = strToU8(spec.styles);
  if (spec.sharedStrings !== undefined) parts["xl/sharedStrings.xml"] = strToU8(spec.sharedStrings);
  for (const [name, text] of Object.entries(spec.extra ?? {})) parts[name] = strToU8(text);
  return zipSync(parts);
}

function oneSheet(body: string, more: Partial<BookSpec> = {}): Uint8Array {
  return book({ sheets: [{ name: "Data", xml: sheetXml(body) }], ...more });
}

async function read(bytes: Uint8Array, options = {}): Promise<readonly SheetSnapshot[]> {
  const result = await readWorkbookSnapshot(bytes, "t.xlsx", options);
  if (!result.ok) throw new Error(result.reason);
  return result.snapshot.sheets;
}

async function firstSheet(bytes: Uint8Array): Promise<SheetSnapshot> {
  const [sheet] = await read(bytes);
  if (sheet === undefined) throw new Error("no sheet");
  return sheet;
}

async function reason(bytes: Uint8Array, options = {}): Promise<ReadResult & { ok: false }> {
  const result = await readWorkbookSnapshot(bytes, "t.xlsx", options);
  if (result.ok) throw new Error("read, but a failure was expected");
  return result;
}

const STYLES =
  `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0\\ &quot;pts&quot;"/>` +
  `<numFmt numFmtId="165" formatCode="[Red]dd/mm/yyyy"/></numFmts>` +
  `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
  `<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>` +
  `<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs></styleSheet>`;

describe("readWorkbookSnapshot: parts", () => {
  it("reads shared strings: plain, rich runs, preserved spaces, _xHHHH_ escapes, phonetic runs left out", async () => {
    const sst =
      `<sst xmlns="${MAIN}" count="5"><si><t>plain</t></si>` +
      `<si><r><t>Rich </t></r><r><rPr><b/></rPr><t xml:space="preserve">text </t></r></si>` +
      `<si><t xml:space="preserve">  spaced  </t></si><si><t>a_x000D_b</t><rPh sb="0" eb="1"><t>ignored</t></rPh></si>` +
      `<si><t/></si></sst>`;
    const sheet = await firstSheet(
      oneSheet(
        `<sheetData><row r="1">${[0, 1, 2, 3, 4].map((i) => `<c r="${"ABCDE"[i]}1" t="s"><v>${i}</v></c>`).join("")}</row></sheetData>`,
        { sharedStrings: sst },
      ),
    );
    expect(sheet.values).toEqual([["plain", "Rich text ", "  spaced  ", "a\rb", ""]]);
  });

  it("maps styles to number formats (built-in ids, custom codes, unescaped backslashes) and dates", async () => {
    const body =
      `<sheetData><row r="1"><c r="A1" s="1"><v>45382</v></c><c r="B1" s="2"><v>0.5</v></c>` +
      `<c r="C1" s="3"><v>7</v></c><c r="D1" s="4"><v>45382.5</v></c><c r="E1" s="9"><v>1</v></c>` +
      `<c r="F1" s="1"><f>A1+1</f><v>45383</v></c></row></sheetData>`;
    const sheet = await firstSheet(oneSheet(body, { styles: STYLES }));
    expect(sheet.values[0]).toEqual([
      new Date(Date.UTC(2024, 2, 31)),
      0.5,
      7,
      new Date(Date.UTC(2024, 2, 31, 12)),
      1,
      new Date(Date.UTC(2024, 3, 1)),
    ]);
    expect(sheet.numberFormats[0]).toEqual([
      "mm-dd-yy",
      "0%",
      '0.0 "pts"',
      "[Red]dd/mm/yyyy",
      "General",
      "mm-dd-yy",
    ]);
    expect(sheet.formulas[0]?.[5]).toBe("=A1+1");
  });

  it("uses the 1904 date system when workbookPr says so", async () => {
    const body = `<sheetData><row r="1"><c r="A1" s="1"><v>0</v></c></row></sheetData>`;
    for (const flag of ["1", "true"]) {
      const sheet = await firstSheet(oneSheet(body, { styles: STYLES, date1904: flag }));
      expect(sheet.values[0]?.[0]).toEqual(new Date(Date.UTC(1904, 0, 1)));
    }
  });

  it("reads every cell type", async () => {
    const body =
      `<sheetData><row r="1"><c r="A1" t="b"><v>0</v></c><c r="B1" t="e"><v>#DIV/0!</v></c>` +
      `<c r="C1" t="str"><v>text</v></c><c r="D1" t="inlineStr"><is><t>in</t></is></c>` +
      `<c r="E1" t="n"><v>-2.5e-3</v></c><c r="F1" t="d"><v>2024-03-31T06:00:00</v></c>` +
      `<c r="G1" t="d"><v>2024-03-31</v></c><c r="H1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row></sheetData>`;
    const sheet = await firstSheet(oneSheet(body));
    expect(sheet.values[0]).toEqual([
      false,
      { error: "#DIV/0!" },
      "text",
      "in",
      -0.0025,
      new Date(Date.UTC(2024, 2, 31, 6)),
      new Date(Date.UTC(2024, 2, 31)),
      { error: "#DIV/0!" },
    ]);
    expect(sheet.formulas[0]?.[7]).toBe("=1/0");
  });

  it("translates shared formulas to each child as exceljs does, and reads array formulas", async () => {
    const body =
      `<sheetData><row r="2"><c r="B2"><f t="shared" ref="B2:C3" si="0">A2*$A$1+SUM(A$1:A2)</f><v>1</v></c>` +
      `<c r="C2"><f t="shared" si="0"/><v>2</v></c></row><row r="3"><c r="B3"><f t="shared" si="0"/><v>3</v></c>` +
      `<c r="D3"><f t="array" ref="D3:D4">ROW(A1:A2)</f><v>1</v></c></row></sheetData>`;
    const sheet = await firstSheet(oneSheet(body));
    expect(sheet.formulas[1]).toEqual(["", "=A2*$A$1+SUM(A$1:A2)", "=B2*$A$1+SUM(B$1:B2)", ""]);
    expect(sheet.formulas[2]).toEqual(["", "=A3*$A$1+SUM(A$1:A3)", "", "=ROW(A1:A2)"]);
  });

  it("reads prefixed (x:) and strict-namespace workbooks", async () => {
    const prefixed = sheetXml(
      `<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>hi</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData>` +
        `<x:mergeCells><x:mergeCell ref="A2:B2"/></x:mergeCells>`,
      "x",
    );
    const sheet = await firstSheet(book({ sheets: [{ name: "P", xml: prefixed }], strict: true }));
    expect(sheet.values).toEqual([
      ["hi", 2],
      [null, null],
    ]);
    expect(sheet.merges).toEqual(["A2:B2"]);
  });

  it("places a cell without r after the previous one, and a row without r after the previous row", async () => {
    const body = `<sheetData><row r="1"><c><v>1</v></c><c r="C1"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row></sheetData>`;
    const sheet = await firstSheet(oneSheet(body));
    expect(sheet.values).toEqual([
      [1, null, 3, 4],
      [5, null, null, null],
    ]);
  });

  it("does not trust <dimension>, skips chart sheets, keeps workbook order and resolves absolute targets", async () => {
    const sheets = await read(
      book({
        sheets: [
          { name: "Second", xml: sheetXml(`<sheetData><row r="3"><c r="B3"><v>1</v></c></row></sheetData>`) },
          {
            name: "Chart",
            kind: "chartsheet",
            xml: `<chartsheet xmlns="${MAIN}"/>`,
            target: "chartsheets/sheet1.xml",
          },
          { name: "First", xml: sheetXml(`<sheetData/>`), target: "/xl/worksheets/data.xml" },
        ],
      }),
    );
    expect(sheets.map((sheet) => [sheet.name, sheet.values.length, sheet.values[0]?.length ?? 0])).toEqual([
      ["Second", 3, 2],
      ["First", 0, 0],
    ]);
  });

  it("extends the grid to merged areas, as exceljs does", async () => {
    const body = `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="C2:B4"/></mergeCells>`;
    const sheet = await firstSheet(oneSheet(body));
    expect(sheet.values.length).toBe(4);
    expect(sheet.values[0]?.length).toBe(3);
    expect(sheet.merges).toEqual(["B2:C4"]);
  });
});

describe("readWorkbookSnapshot: malformed structure is reported, never read as empty", () => {
  const sheetWith = (body: string): Uint8Array => oneSheet(body);

  it.each([
    [
      "a row numbered 0",
      `<sheetData><row r="0"><c r="A1"><v>1</v></c></row></sheetData>`,
      'a row is numbered "0"',
    ],
    ["a negative row", `<sheetData><row r="-3"/></sheetData>`, 'a row is numbered "-3"'],
    ["a row beyond Excel's", `<sheetData><row r="1048577"/></sheetData>`, "beyond row 1,048,576"],
    [
      "an impossible cell reference",
      `<sheetData><row r="1"><c r="1A"><v>1</v></c></row></sheetData>`,
      '"1A"',
    ],
    ["a column beyond XFD", `<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>`, '"XFE1"'],
    [
      "a missing shared string",
      `<sheetData><row r="1"><c r="A1" t="s"><v>3</v></c></row></sheetData>`,
      "shared string 3",
    ],
    [
      "overlapping merges",
      `<sheetData/><mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>`,
      "overlap",
    ],
    ["an unterminated tag", `<sheetData><row r="1"><c r="A1"`, "xl/worksheets/sheet1.xml"],
  ])("%s", async (_name, body, words) => {
    const result = await reason(sheetWith(body));
    expect(result.reason).toContain("xl/worksheets/sheet1.xml");
    expect(result.reason).toContain(words);
    expect(result.place?.sheet).toBe("Data");
  });

  it("a worksheet part that [Content_Types].xml does not declare", async () => {
    const bytes = book({ sheets: [{ name: "Data", xml: sheetXml("<sheetData/>"), undeclared: true }] });
    expect((await reason(bytes)).reason).toBe(
      readReasons.undeclaredWorksheet("Data", "xl/worksheets/sheet1.xml"),
    );
  });

  it("a relationship pointing at a missing part", async () => {
    const bytes = book({ sheets: [{ name: "Data" }] });
    expect((await reason(bytes)).reason).toBe(readReasons.missingPart("Data", "xl/worksheets/sheet1.xml"));
  });

  it("a zip cut short", async () => {
    const bytes = oneSheet("<sheetData/>");
    expect((await reason(bytes.subarray(0, 60))).reason).toMatch(/^The file looks like a zip archive/);
  });
});

/**
 * A workbook whose worksheet part is the given raw-deflate bytes as they are (a bomb, damaged
 * data), declaring `declared` bytes unpacked.
 */
function withRawSheet(deflated: Uint8Array<ArrayBuffer>, declared: number): Uint8Array {
  const good = oneSheet("<sheetData/>");
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  // Copy the workbook's small parts from a normal build, then add the raw part as sheet1.
  const parts = unzipSync(good);
  for (const [name, data] of Object.entries(parts)) {
    if (name === "xl/worksheets/sheet1.xml") continue;
    const file = new ZipDeflate(name);
    zip.add(file);
    file.push(data, true);
  }
  const entry: ZipInputFile = {
    filename: "xl/worksheets/sheet1.xml",
    compression: 8,
    size: declared,
    crc: 0,
    terminate: () => undefined,
  };
  zip.add(entry);
  const send = entry.ondata;
  if (send === undefined) throw new Error("fflate did not attach ondata");
  send(null, deflated, true);
  zip.end();
  const total = out.reduce((sum, chunk) => sum + chunk.length, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of out) bytes.set(chunk, (offset += chunk.length) - chunk.length);
  return bytes;
}

describe("readWorkbookSnapshot: limits", () => {
  const rows = (count: number): string =>
    `<sheetData>${Array.from({ length: count }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}"><v>1</v></c></row>`).join("")}</sheetData>`;

  it("stops at maxCells while reading, names the sheet and says tooLarge", async () => {
    const bytes = book({
      sheets: [
        { name: "Small", xml: sheetXml(rows(10)) },
        { name: "Big", xml: sheetXml(rows(1000)) },
      ],
    });
    const result = await reason(bytes, { maxCells: 100 });
    expect(result.tooLarge).toBe(true);
    // 20 cells in Small, then Big stops at its first row past 80 cells: 41 rows x 2 columns.
    expect(result.reason).toBe(readReasons.tooLargeInSheet("Big", 20 + 82, 100, 41));
    expect(result.reason).toContain('(reading stopped at row 41 of the worksheet "Big")');
    expect(result.place).toEqual({ sheet: "Big", row: 40 });
    expect((await readWorkbookSnapshot(bytes, "t", { maxCells: 20 + 2000 })).ok).toBe(true);
  });

  it("counts merged areas in the limit before building them", async () => {
    const bytes = oneSheet(`<sheetData/><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`);
    const result = await reason(bytes);
    expect(result.tooLarge).toBe(true);
    expect(result.reason).toContain(formatCount(16384 * 1048576));
  });

  it("caps the bytes unpacked in total (maxBytes)", async () => {
    const result = await reason(oneSheet(rows(1000)), { maxBytes: 10_000 });
    expect(result.tooLarge).toBe(true);
    expect(result.reason).toMatch(/unpacks to more than 10,000 bytes/);
    expect((await readWorkbookSnapshot(oneSheet(rows(1)), "t", { maxBytes: 0 })).ok).toBe(false);
  });

  describe("zip bombs", () => {
    const GIB = 1024 * 1024 * 1024;
    let deflated: Uint8Array<ArrayBuffer>;

    beforeAll(async () => {
      // 1 GiB of zeros, deflated in 16 MiB slices (zlib here in the test only): about 1 MB.
      const zeros = Buffer.alloc(16 * 1024 * 1024);
      const chunks: Buffer[] = [];
      const stream = zlib.createDeflateRaw({ level: 9 });
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      const done = new Promise((resolve) => stream.on("end", resolve));
      for (let i = 0; i < GIB / zeros.length; i += 1) {
        if (!stream.write(zeros)) await new Promise((resolve) => stream.once("drain", resolve));
      }
      stream.end();
      await done;
      deflated = Uint8Array.from(Buffer.concat(chunks));
    }, 60_000);

    /** A workbook whose worksheet part is the deflated zeros, declaring `declared` bytes. */
    const bomb = (declared: number): Uint8Array => withRawSheet(deflated, declared);

    function memoryNow(): number {
      return process.memoryUsage().rss;
    }

    it("refuses an entry that declares 1 GiB from ~1 MB before inflating it", async () => {
      const bytes = bomb(GIB);
      expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
      const before = memoryNow();
      const result = await reason(bytes);
      // The allowance is 200x the compressed size (about 1 MB), not the 1 GiB the header declares.
      expect(result.reason).toBe(readReasons.zipBomb("xl/worksheets/sheet1.xml", deflated.length * 200));
      const grown = memoryNow() - before;
      console.log(`zip bomb (declared 1 GiB): refused; RSS grew by ${(grown / 1024 / 1024).toFixed(0)} MB`);
      expect(grown).toBeLessThan(200 * 1024 * 1024);
    });

    it("stops an entry whose header lies about its size, with little memory", async () => {
      const bytes = bomb(2000);
      const before = memoryNow();
      const result = await reason(bytes);
      expect(result.reason).toBe(readReasons.lyingZipEntry("xl/worksheets/sheet1.xml", 2000));
      const grown = memoryNow() - before;
      console.log(
        `zip bomb (1 GiB declared as 2,000 bytes): refused; RSS grew by ${(grown / 1024 / 1024).toFixed(0)} MB`,
      );
      expect(grown).toBeLessThan(200 * 1024 * 1024);
    });

    it("with Node's zlib inflating small parts, a lying header is still stopped and named", async () => {
      const bytes = bomb(2000);
      const before = memoryNow();
      const result = await reason(bytes, { inflateWhole: inflateWithZlib });
      expect(result.reason).toBe(readReasons.lyingZipEntry("xl/worksheets/sheet1.xml", 2000));
      expect(memoryNow() - before).toBeLessThan(200 * 1024 * 1024);
    });

    it("refuses a near-4 GiB declaration the same way, before inflating", async () => {
      const result = await reason(bomb(4 * GIB - 1));
      expect(result.reason).toMatch(/would unpack to more than/);
    });
  });
});

describe("readWorkbookSnapshot with Node's zlib for small parts (inflateWhole)", () => {
  const counted = () => {
    const calls: number[] = [];
    const inflateWhole = (compressed: Uint8Array, maxBytes: number) => {
      calls.push(maxBytes);
      return inflateWithZlib(compressed, maxBytes);
    };
    return { calls, inflateWhole };
  };
  const body = `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1"><f>B1*2</f><v>1</v></c></row></sheetData>`;
  const sst = `<sst xmlns="${MAIN}"><si><t>Looked after children</t></si></sst>`;

  it("reads the same snapshot as fflate alone, and is used for every part", async () => {
    const bytes = oneSheet(body, { sharedStrings: sst, styles: STYLES });
    const { calls, inflateWhole } = counted();
    const native = await readWorkbookSnapshot(bytes, "t.xlsx", { inflateWhole });
    expect(native).toEqual(await readWorkbookSnapshot(bytes, "t.xlsx"));
    expect(native.ok && native.snapshot.sheets[0]?.values).toEqual([["Looked after children", 0.5, 1]]);
    // [Content_Types].xml, the workbook, its relationships, styles, shared strings and the sheet.
    expect(calls.length).toBe(6);
  });

  it("is used for parts written with a data descriptor (no sizes in the local header), as exceljs writes", async () => {
    const bytes = await writeWorkbookWithSheets([
      {
        name: "Data",
        rows: [
          ["ID", "Value"],
          ["A1", 12.5],
        ],
      },
    ]);
    const { calls, inflateWhole } = counted();
    const native = await readWorkbookSnapshot(bytes, "t.xlsx", { inflateWhole });
    expect(native).toEqual(await readWorkbookSnapshot(bytes, "t.xlsx"));
    expect(native.ok && native.snapshot.sheets[0]?.values).toEqual([
      ["ID", "Value"],
      ["A1", 12.5],
    ]);
    // Each part's limit is its size in the central directory, not "unknown".
    expect(calls.length).toBeGreaterThanOrEqual(4);
    expect(calls.every((limit) => limit > 1)).toBe(true);
  });

  it("data cut short: said so, with or without zlib", async () => {
    const xml = sheetXml(`<sheetData>${"<row><c><v>1</v></c></row>".repeat(500)}</sheetData>`);
    const whole = zlib.deflateRawSync(Buffer.from(xml));
    const bytes = withRawSheet(Uint8Array.from(whole.subarray(0, whole.length >> 1)), xml.length);
    const plain = await reason(bytes);
    expect(plain.reason).toMatch(/compressed data ends too soon, so the file was probably cut short/);
    expect((await reason(bytes, { inflateWhole: inflateWithZlib })).reason).toBe(plain.reason);
  });

  it("corrupt data: fflate says so, as without zlib", async () => {
    const bytes = withRawSheet(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 100);
    const plain = await reason(bytes);
    expect(plain.reason).toMatch(/compressed data is corrupt/);
    expect((await reason(bytes, { inflateWhole: inflateWithZlib })).reason).toBe(plain.reason);
  });

  it("stops at maxCells the same way", async () => {
    const xml = sheetXml(
      `<sheetData>${Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join("")}</sheetData>`,
    );
    const big = book({ sheets: [{ name: "Data", xml }] });
    const plain = await reason(big, { maxCells: 100 });
    const native = await reason(big, { maxCells: 100, inflateWhole: inflateWithZlib });
    expect(native).toEqual(plain);
    expect(native.place).toEqual({ sheet: "Data", row: 100 });
  });
});
