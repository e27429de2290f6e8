import type { SheetSnapshot, WorkbookSnapshot } from "../../../core/workbook/snapshot";
import { asBytes } from "../bytes";
import { fileSignature } from "../file-signature";
import { errorDetail, readReasons } from "../messages";
import { DEFAULT_MAX_CELLS } from "../limits";
import {
  NO_STYLES,
  parseContentTypes,
  parseRelationships,
  parseSharedStrings,
  parseStyles,
  parseWorkbook,
  relationshipsPartOf,
  WORKSHEET_CONTENT_TYPE,
  type Relationship,
} from "./parts";
import { CellLimitError, MalformedSheetError, SheetReader } from "./sheet";
import { XmlShapeError } from "./xml-scan";
import {
  DEFAULT_MAX_BYTES,
  stripBom,
  zipErrorDetail,
  ZipEntries,
  ZipLimitError,
  type WholeInflater,
} from "./zip-entries";

export {
  DEFAULT_MAX_BYTES,
  MAX_COMPRESSION_RATIO,
  MAX_ENTRY_BYTES_UNCHECKED,
  type WholeInflater,
} from "./zip-entries";

export { DEFAULT_MAX_CELLS } from "../limits";

export interface ReadOptions {
  /** Refuse workbooks whose grids would hold more cells than this. Default DEFAULT_MAX_CELLS (5,000,000). */
  readonly maxCells?: number;
  /** Refuse workbooks whose parts unpack to more bytes than this in total. Default DEFAULT_MAX_BYTES (1 GiB). */
  readonly maxBytes?: number;
  /**
   * Inflates small parts whole, natively: Node's zlib (inflateWithZlib, from ./node-inflate), which
   * is 10 to 15 times faster than fflate's JavaScript. Leave it out in the browser.
   */
  readonly inflateWhole?: WholeInflater;
}

const WORKBOOK_PART = "xl/workbook.xml";

/** Where in the workbook a read stopped: the worksheet, and the row (0-based) when one is to blame. */
export interface ReadPlace {
  readonly sheet: string;
  readonly row?: number;
}

export type ReadResult =
  | { readonly ok: true; readonly snapshot: WorkbookSnapshot; readonly cellCount: number }
  | {
      readonly ok: false;
      readonly reason: string;
      /** Over a limit (cells or bytes), not damaged: the CLI says file/too-large. */
      readonly tooLarge?: true;
      /** The worksheet where reading stopped, when the problem is in one. */
      readonly place?: ReadPlace;
    };

/**
 * Reads an .xlsx file into a WorkbookSnapshot, in Node or in a browser (no Node APIs). The parts
 * are unzipped with fflate as a stream and scanned as text, reading only what the engine uses:
 * sheet names, cell values, number formats, formulas with their cached values, and merges. Each
 * sheet's grids run from A1 to its last cell holding a value; blank cells are null / "General" / "".
 * Chart, dialog and macro sheets are skipped; hidden worksheets are kept.
 *
 * The snapshot is the one exceljs 4.4 gives (test/adapters/xlsx/read-snapshot/same-snapshot.test.ts
 * compares the two readers cell by cell on every workbook in the tests), except where exceljs
 * loses data or accepts a broken file:
 *   - a worksheet part under any name is read (exceljs only reads xl/worksheets/sheetN.xml);
 *   - prefixed SpreadsheetML (`<x:c>`) is read (exceljs reads such sheets as empty);
 *   - t="d" cells become Dates (exceljs parses "2024-03-31" as the number 2024);
 *   - date1904="true" counts as the 1904 system (exceljs only accepts "1");
 *   - CDATA text is kept (exceljs drops it); phonetic runs in inline strings are left out;
 *   - a cell without r after a bare `<c r=".."/>` follows it (exceljs fails);
 *   - a sheet whose relationship is missing, whose part is missing or undeclared in
 *     [Content_Types].xml, a row numbered 0 or less, an impossible cell or merge reference, and
 *     a shared-string index out of range are reported as damaged, naming the part (exceljs
 *     skips the sheet, reads it as empty, or fails with a less precise reason).
 *
 * Limits hold while the parts inflate, before memory grows: the cell limit is counted row by
 * row (so the count in the reason is "at least", and names the sheet), the total unpacked bytes
 * are capped, and a part that inflates past its declared size or a sane compression ratio is
 * refused as a zip bomb.
 *
 * Bad input never rejects: every failure resolves to `{ ok: false, reason }`.
 *
 * @example
 * const result = await readWorkbookSnapshot(bytes, "q1.xlsx");
 * if (result.ok) result.snapshot.sheets[0]?.values[0]?.[0]; // A1 of the first sheet
 */
export async function readWorkbookSnapshot(
  data: ArrayBuffer | Uint8Array,
  source: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  try {
    return readChecked(data, source, options);
  } catch (error) {
    // Belt and braces: nothing a file contains should reach here, but the promise never rejects.
    return fail(readReasons.damagedZip(errorDetail(error)));
  }
}

function fail(reason: string): ReadResult {
  return { ok: false, reason };
}

function isPositiveWhole(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

/** A part read failed: the reason to give. */
class PartFailure extends Error {
  constructor(readonly result: ReadResult) {
    super("part failure");
  }
}

function limitReason(error: ZipLimitError): ReadResult {
  switch (error.kind) {
    case "total":
      return { ok: false, reason: readReasons.tooManyBytes(error.part, error.limit), tooLarge: true };
    case "lying-size":
      return fail(readReasons.lyingZipEntry(error.part, error.limit));
    default:
      return fail(readReasons.zipBomb(error.part, error.limit));
  }
}

/** Runs one part's read, turning every failure into the reason it gives (placed at the sheet, if one). */
function guarded<T>(part: string, read: () => T, sheetName?: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PartFailure || error instanceof CellLimitError) throw error;
    const result = failureOf(part, error, sheetName);
    throw new PartFailure(
      sheetName === undefined || result.ok ? result : { ...result, place: { sheet: sheetName } },
    );
  }
}

function failureOf(part: string, error: unknown, sheetName: string | undefined): ReadResult {
  if (error instanceof ZipLimitError) return limitReason(error);
  if (error instanceof XmlShapeError || error instanceof MalformedSheetError) {
    return fail(readReasons.malformedPart(part, errorDetail(error)));
  }
  // fflate's errors carry a numeric code; anything else in a sheet is a cell exceljs also fails on.
  const fromZip = typeof (error as { code?: unknown } | null)?.code === "number";
  if (sheetName !== undefined && !fromZip)
    return fail(readReasons.unreadableSheet(sheetName, errorDetail(error)));
  return fail(readReasons.damagedZip(zipErrorDetail(error) ?? errorDetail(error)));
}

function readChecked(data: unknown, source: string, options: ReadOptions | undefined): ReadResult {
  const givenCells = options?.maxCells;
  const maxCells = givenCells ?? DEFAULT_MAX_CELLS;
  if (!isPositiveWhole(maxCells)) return fail(readReasons.invalidMaxCells(givenCells));
  const givenBytes = options?.maxBytes;
  const maxBytes = givenBytes ?? DEFAULT_MAX_BYTES;
  if (!isPositiveWhole(maxBytes)) return fail(readReasons.invalidMaxBytes(givenBytes));

  const bytes = asBytes(data);
  if (bytes === undefined) return fail(readReasons.notBytes());
  const kind = fileSignature(bytes);
  if (kind === "empty") return fail(readReasons.empty());
  if (kind === "ole-compound") return fail(readReasons.oleCompound());
  if (kind === "other") return fail(readReasons.notZip());

  let zip: ZipEntries;
  try {
    zip = new ZipEntries(bytes, maxBytes, options?.inflateWhole);
  } catch (error) {
    return fail(readReasons.damagedZip(zipErrorDetail(error) ?? errorDetail(error)));
  }
  if (!zip.has(WORKBOOK_PART)) return fail(readReasons.notAWorkbook());
  try {
    return readParts(zip, source, maxCells);
  } catch (error) {
    if (error instanceof PartFailure) return error.result;
    throw error;
  }
}

function readParts(zip: ZipEntries, source: string, maxCells: number): ReadResult {
  const textOf = (part: string): string => guarded(part, () => zip.text(part));
  const optionalText = (part: string | undefined): string | undefined =>
    part !== undefined && zip.has(part) ? textOf(part) : undefined;

  const contentTypesXml = optionalText("[Content_Types].xml") ?? "";
  const contentTypes = guarded("[Content_Types].xml", () => parseContentTypes(contentTypesXml));
  const workbookXml = textOf(WORKBOOK_PART);
  const workbook = guarded(WORKBOOK_PART, () => parseWorkbook(workbookXml));
  const workbookRelsPart = relationshipsPartOf(WORKBOOK_PART);
  const workbookRelsXml = optionalText(workbookRelsPart) ?? "";
  const relationships = guarded(workbookRelsPart, () => parseRelationships(workbookRelsXml, WORKBOOK_PART));

  const byType = (suffix: string, fallback: string): string => {
    for (const relationship of relationships.values()) {
      if (!relationship.external && relationship.type.endsWith(suffix)) return relationship.target;
    }
    return fallback;
  };
  const stylesPart = byType("/styles", "xl/styles.xml");
  const stylesXml = optionalText(stylesPart);
  const styles = stylesXml === undefined ? NO_STYLES : guarded(stylesPart, () => parseStyles(stylesXml));
  const sharedStringsPart = byType("/sharedStrings", "xl/sharedStrings.xml");
  const sharedStringsXml = optionalText(sharedStringsPart);
  const sharedStrings =
    sharedStringsXml === undefined
      ? []
      : guarded(sharedStringsPart, () => parseSharedStrings(sharedStringsXml));

  // The worksheets, in workbook order; chart sheets (and dialog and macro sheets) are skipped.
  const worksheets: { name: string; part: string }[] = [];
  for (const sheet of workbook.sheets) {
    const relationship: Relationship | undefined =
      sheet.relationshipId === undefined ? undefined : relationships.get(sheet.relationshipId);
    if (relationship === undefined) {
      return fail(
        readReasons.malformedPart(
          WORKBOOK_PART,
          `the sheet "${sheet.name}" has no relationship ${sheet.relationshipId ?? "(none given)"} in ${workbookRelsPart}`,
        ),
      );
    }
    if (!/\/worksheet$/.test(relationship.type)) continue;
    const part = relationship.target;
    if (relationship.external || !zip.has(part)) return fail(readReasons.missingPart(sheet.name, part));
    if (contentTypes.typeOf(part) !== WORKSHEET_CONTENT_TYPE) {
      return fail(readReasons.undeclaredWorksheet(sheet.name, part));
    }
    worksheets.push({ name: sheet.name, part });
  }
  if (worksheets.length === 0) return fail(readReasons.noWorksheets());

  const sheets: SheetSnapshot[] = [];
  let cellCount = 0;
  for (const { name, part } of worksheets) {
    const relsPart = relationshipsPartOf(part);
    const relsXml = optionalText(relsPart);
    const sheetRelationships =
      relsXml === undefined
        ? new Map<string, Relationship>()
        : guarded(relsPart, () => parseRelationships(relsXml, part));
    const reader = new SheetReader(name, {
      styles,
      sharedStrings,
      date1904: workbook.date1904,
      cellBudget: maxCells - cellCount,
    });
    try {
      const read = guarded(
        part,
        () => {
          const decoder = new TextDecoder("utf-8");
          let first = true;
          zip.inflate(part, (chunk) => {
            const text = decoder.decode(chunk, { stream: true });
            reader.push(first ? stripBom(text) : text);
            first = false;
          });
          reader.push(decoder.decode());
          return reader.finish(new Set(sheetRelationships.keys()));
        },
        name,
      );
      sheets.push(read.sheet);
      cellCount += read.cellCount;
    } catch (error) {
      if (error instanceof CellLimitError) {
        const count = cellCount + error.cellCount;
        const place: ReadPlace =
          error.rowNumber === undefined ? { sheet: name } : { sheet: name, row: error.rowNumber - 1 };
        return {
          ok: false,
          reason: readReasons.tooLargeInSheet(name, count, maxCells, error.rowNumber),
          tooLarge: true,
          place,
        };
      }
      throw error;
    }
  }
  return { ok: true, snapshot: { source, sheets }, cellCount };
}
