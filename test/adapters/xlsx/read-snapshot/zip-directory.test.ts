import * as zlib from "zlib";
import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from "fflate";
import {
  readZipDirectory,
  ZipStructureError,
} from "../../../../src/adapters/xlsx/read-snapshot/zip-directory";
import { ZipEntries } from "../../../../src/adapters/xlsx/read-snapshot/zip-entries";
import { readWorkbookSnapshot } from "../../../../src/adapters/xlsx/read-snapshot";
import { writeWorkbookWithSheets } from "../../../../src/adapters/xlsx/write-sheets";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function detailOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof ZipStructureError) return error.detail;
    throw error;
  }
  throw new Error("no ZipStructureError");
}

/** Little-endian bytes of the given (value, width) fields, for zips written by hand. */
function fields(...parts: [number, 2 | 4 | 8][]): number[] {
  return parts.flatMap(([value, width]) =>
    Array.from({ length: width }, (_, i) => Math.floor(value / 2 ** (8 * i)) % 256),
  );
}

/** A stored one-entry zip whose central directory uses ZIP64 fields for the sizes and the count. */
function zip64Archive(name: string, content: string): Uint8Array {
  const nameBytes = Array.from(strToU8(name));
  const data = Array.from(strToU8(content));
  const local = [
    ...fields([0x04034b50, 4], [45, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4]),
    ...fields([data.length, 4], [data.length, 4], [nameBytes.length, 2], [0, 2]),
    ...nameBytes,
    ...data,
  ];
  const extra = fields([0x0001, 2], [16, 2], [data.length, 8], [data.length, 8]);
  const central = [
    ...fields([0x02014b50, 4], [45, 2], [45, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4]),
    ...fields([0xffffffff, 4], [0xffffffff, 4], [nameBytes.length, 2], [extra.length, 2], [0, 2]),
    ...fields([0, 2], [0, 2], [0, 4], [0, 4]),
    ...nameBytes,
    ...extra,
  ];
  const centralStart = local.length;
  const end64Start = centralStart + central.length;
  const end64 = fields(
    [0x06064b50, 4],
    [44, 8],
    [45, 2],
    [45, 2],
    [0, 4],
    [0, 4],
    [1, 8],
    [1, 8],
    [central.length, 8],
    [centralStart, 8],
  );
  const locator = fields([0x07064b50, 4], [0, 4], [end64Start, 8], [1, 4]);
  const end = fields(
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [0xffff, 2],
    [0xffff, 2],
    [0xffffffff, 4],
    [0xffffffff, 4],
    [0, 2],
  );
  return Uint8Array.from([...local, ...central, ...end64, ...locator, ...end]);
}

/** A workbook whose sheet part is written with a data descriptor (no sizes before the data). */
function workbookWithStreamedSheet(sheetXml: string, level: number): Uint8Array {
  const parts = unzipSync(
    zipSync({
      "[Content_Types].xml": strToU8(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
      "xl/workbook.xml": strToU8(
        `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    }),
  );
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const xml = strToU8(sheetXml);
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: level as 0 });
  zip.add(sheet);
  sheet.push(xml, true);
  for (const [name, data] of Object.entries(parts)) {
    const file = new ZipDeflate(name);
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  return Uint8Array.from(out.flatMap((chunk) => Array.from(chunk)));
}

describe("readZipDirectory: where each part is, from the central directory", () => {
  it("lists an exceljs workbook's parts with the sizes fflate unpacks them to", async () => {
    const bytes = await writeWorkbookWithSheets([
      {
        name: "Data",
        rows: [
          ["ID", "Value"],
          ["A1", 12.5],
        ],
      },
    ]);
    const unpacked = unzipSync(bytes, { filter: (file) => !file.name.endsWith("/") });
    const entries = readZipDirectory(bytes).filter((entry) => !entry.name.endsWith("/"));
    expect(entries.map((entry) => entry.name).sort()).toEqual(Object.keys(unpacked).sort());
    for (const entry of entries)
      expect([entry.name, entry.size]).toEqual([entry.name, unpacked[entry.name]!.length]);
    expect(entries.every((entry) => entry.method === 8)).toBe(true);
  });

  it("reads ZIP64 sizes and counts", () => {
    const bytes = zip64Archive("a.txt", "hello");
    expect(readZipDirectory(bytes)).toEqual([
      { name: "a.txt", method: 0, compressedSize: 5, size: 5, dataStart: 30 + 5 },
    ]);
    expect(new ZipEntries(bytes, 1000).text("a.txt")).toBe("hello");
  });

  it("finds the directory behind a zip comment", () => {
    const bytes = zipSync({ "a.txt": strToU8("hello") });
    // The end record's last field is the comment's length: 4, then the comment.
    const withComment = Uint8Array.from([...bytes.subarray(0, bytes.length - 2), 4, 0, ...strToU8("note")]);
    expect(readZipDirectory(withComment).map((entry) => entry.name)).toEqual(["a.txt"]);
  });

  it("names damage: no directory, a directory pointing astray, a part running past the end", () => {
    const bytes = zipSync({ "a.txt": strToU8("hello world") });
    const damaged = "its zip directory, the list of parts at the end of the file, is missing or damaged";
    expect(detailOf(() => readZipDirectory(bytes.subarray(0, bytes.length - 30)))).toMatch(damaged);
    expect(detailOf(() => readZipDirectory(new Uint8Array(10)))).toMatch(damaged);
    const astray = Uint8Array.from(bytes);
    const centralOffset = new DataView(astray.buffer).getUint32(astray.length - 6, true);
    new DataView(astray.buffer).setUint32(centralOffset + 42, 3, true);
    expect(detailOf(() => readZipDirectory(astray))).toBe(
      "the directory points to a part (a.txt) that is not where it says, so the file is damaged",
    );
    const tooLong = Uint8Array.from(bytes);
    new DataView(tooLong.buffer).setUint32(centralOffset + 20, 1_000_000, true);
    expect(detailOf(() => readZipDirectory(tooLong))).toMatch(
      /^the part a\.txt ends beyond the end of the file/,
    );
  });
});

describe("a part written with a data descriptor is read whole", () => {
  // Stored (level 0) deflate keeps the text's bytes as they are, so the compressed data holds the
  // signatures of a data descriptor and of a local header. A reader that finds the end of such a
  // part by looking for the next signature (fflate's streaming Unzip) stops there; this one does not.
  const trap = "PK\u0007\u0008 and PK\u0003\u0004";
  const xml =
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${trap}</t></is></c>` +
    `<c r="B1"><v>42</v></c></row></sheetData></worksheet>`;

  it.each([
    ["fflate", {}],
    [
      "zlib",
      {
        inflateWhole: (data: Uint8Array, max: number) =>
          new Uint8Array(zlib.inflateRawSync(data, { maxOutputLength: max })),
      },
    ],
  ])("with %s", async (_name, options) => {
    const bytes = workbookWithStreamedSheet(xml, 0);
    const result = await readWorkbookSnapshot(bytes, "t.xlsx", options);
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.sheets[0]?.values).toEqual([[trap, 42]]);
  });
});
