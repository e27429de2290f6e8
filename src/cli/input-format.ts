import * as path from "path";
import { fileSignature } from "../adapters/xlsx/file-signature";
import { OTHER_FORMATS } from "./messages";

/**
 * The media type an OpenDocument spreadsheet stores, uncompressed, as its first zip entry
 * ("mimetype"), so it sits in the first bytes (OpenDocument 1.3 Part 2, section 3.3).
 */
const ODS_MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
/** Where the media type must appear: the local header (30 bytes), "mimetype" (8), the type (46). */
const ODS_PROBE_BYTES = 128;

/**
 * Names the format of an input that is a spreadsheet, but not an .xlsx workbook, that people
 * open by mistake: an .ods (by its content, whatever its name), an .xls or a .csv (by its
 * name, when the content is not a zip; an empty file is left to the reader's own reason).
 * Anything else, including a real .xlsx under any name, gets undefined and is read as usual.
 *
 * @example otherSpreadsheetFormat("q2.ods", bytes) // "an OpenDocument spreadsheet (.ods)"
 */
export function otherSpreadsheetFormat(file: string, bytes: Uint8Array): string | undefined {
  const kind = fileSignature(bytes);
  const extension = path.extname(file).toLowerCase();
  if (
    kind === "zip" &&
    new TextDecoder("latin1").decode(bytes.subarray(0, ODS_PROBE_BYTES)).includes(ODS_MEDIA_TYPE)
  )
    return OTHER_FORMATS.ods;
  if (extension === ".xls" && (kind === "ole-compound" || kind === "other")) return OTHER_FORMATS.xls;
  if (extension === ".csv" && kind === "other") return OTHER_FORMATS.csv;
  return undefined;
}
