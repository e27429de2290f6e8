/**
 * What kind of file some bytes are, judged from their first bytes only.
 *
 * Source: an .xlsx file is an OPC package, i.e. a zip archive (ECMA-376 Part 2), so it starts
 * with the zip local-file-header signature "PK\x03\x04" (PKWARE APPNOTE 4.3.7). Older .xls
 * files and password-protected .xlsx files are OLE compound files, which start with
 * D0 CF 11 E0 A1 B1 1A E1 ([MS-CFB] 2.2).
 *
 * @example fileSignature(new Uint8Array([0x50, 0x4b, 3, 4])) // "zip"
 */
export type FileKind = "empty" | "zip" | "ole-compound" | "other";

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04] as const;
const OLE_COMPOUND_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

export function fileSignature(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return "zip";
  if (startsWith(bytes, OLE_COMPOUND_HEADER)) return "ole-compound";
  return "other";
}

/**
 * Whether a zip archive names an entry `xl/workbook.xml`. Zip entry names are stored
 * uncompressed in the local and central headers, so a byte search is enough to tell
 * "a zip that is not a workbook" from "a workbook whose sheets are all chart sheets".
 */
export function zipNamesWorkbookPart(bytes: Uint8Array): boolean {
  const needle = Array.from("xl/workbook.xml", (character) => character.charCodeAt(0));
  const first = needle[0];
  outer: for (
    let index = bytes.indexOf(first ?? 0);
    index !== -1;
    index = bytes.indexOf(first ?? 0, index + 1)
  ) {
    for (let offset = 1; offset < needle.length; offset += 1) {
      if (bytes[index + offset] !== needle[offset]) continue outer;
    }
    return true;
  }
  return false;
}
