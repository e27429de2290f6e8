/**
 * What Excel accepts in a workbook, for both writers (the Office.js adapter in src/excel and
 * the exceljs adapter in src/adapters/xlsx): one home for the limits and the sheet-name and
 * colour rules, so the two can never disagree.
 * Source: Excel specifications and limits; support.microsoft.com, "Rename a worksheet".
 */
import { isCellError, type CellValue } from "../cells/cell-value";

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME_LENGTH = 31;
/** The most characters one cell holds. */
export const MAX_CELL_TEXT_LENGTH = 32_767;
/** Excel's widest column, in characters. */
export const MAX_COLUMN_WIDTH_CHARACTERS = 255;
/** Excel's "Text" number format: the cell keeps exactly what is written, never a formula. */
export const TEXT_FORMAT = "@";
/** Excel's default number format. */
export const GENERAL_FORMAT = "General";
/** Used when a sheet name is blank after cleaning. */
export const FALLBACK_SHEET_NAME = "Sheet";
/** A page header or footer part: "Page 2 of 5" (Excel's codes &P and &N). */
export const PAGE_NUMBER_OF_PAGES = "Page &P of &N";

/**
 * Text for a page header or footer, with "&" doubled so Excel prints it rather than reading a
 * code (&P, &D …). Both writers take the parts as they are.
 * @example headerFooterText("Health & care") // "Health && care"
 */
export function headerFooterText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** What a number Excel cannot store (NaN, ±Infinity) or an invalid date is written as. */
export const UNSTORABLE_NUMBER_TEXT = "#NUM!";

/** Replaces each character Excel forbids in a sheet name. */
const REPLACEMENT_CHARACTER = "-";
const FORBIDDEN_CHARACTERS = /[[\]:*?/\\]/g;
// Control characters cannot be stored in the workbook's XML.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
const EDGE_APOSTROPHES_AND_SPACES = /^[\s']+|[\s']+$/g;
const RESERVED_NAME = "history";
const RESERVED_NAME_REPLACEMENT = "History sheet";
const HEX_COLOUR = /^#([0-9a-f]{6})$/i;

/**
 * Text cut to the characters one Excel cell can hold.
 * @example cellTextWithinLimit("x".repeat(40000)).length // 32767
 */
export function cellTextWithinLimit(text: string): string {
  return text.length > MAX_CELL_TEXT_LENGTH ? text.slice(0, MAX_CELL_TEXT_LENGTH) : text;
}

/**
 * A value as the literal text a text cell holds, the same in both writers: text within the
 * cell limit, numbers in JavaScript's shortest round-trip form, booleans as TRUE/FALSE, dates
 * as ISO 8601 (the date alone at UTC midnight, as exceljs reads date cells), errors as their
 * text; null for a blank. An invalid date is UNSTORABLE_NUMBER_TEXT.
 * @example literalText(0.25) // "0.25"
 * @example literalText(new Date(Date.UTC(2024, 2, 31))) // "2024-03-31"
 */
export function literalText(value: CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return cellTextWithinLimit(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return UNSTORABLE_NUMBER_TEXT;
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, "yyyy-mm-dd".length) : iso;
  }
  if (isCellError(value)) return value.error;
  return null;
}

/**
 * The longest start of `text` of at most `length` UTF-16 units that ends on a whole character
 * (never inside a surrogate pair).
 * @example cutToLength("ab😀", 3) // "ab"
 */
export function cutToLength(text: string, length: number): string {
  if (text.length <= length) return text;
  let cut = "";
  for (const character of text) {
    if (cut.length + character.length > length) break;
    cut += character;
  }
  return cut;
}

/**
 * A sheet name Excel accepts, as close to the given one as possible: forbidden characters
 * become "-", control characters become spaces, edge apostrophes and spaces go, the name is
 * cut to 31 characters, a blank name becomes "Sheet" and the reserved "History" becomes
 * "History sheet".
 * @example sanitizeSheetName("Q1/Q2: [draft]") // "Q1-Q2- -draft-"
 */
export function sanitizeSheetName(name: string): string {
  const cleaned = String(name)
    .replace(FORBIDDEN_CHARACTERS, REPLACEMENT_CHARACTER)
    .replace(CONTROL_CHARACTERS, " ")
    .replace(EDGE_APOSTROPHES_AND_SPACES, "");
  const cut = cutToLength(cleaned, MAX_SHEET_NAME_LENGTH).replace(EDGE_APOSTROPHES_AND_SPACES, "");
  if (cut === "") return FALLBACK_SHEET_NAME;
  if (cut.toLowerCase() === RESERVED_NAME) return RESERVED_NAME_REPLACEMENT;
  return cut;
}

/**
 * A sheet name with a counter, the name shortened so the whole fits 31 characters.
 * @example nameWithCounter("A very long outcome area sheet name", 3) // "A very long outcome area sh (3)"
 */
export function nameWithCounter(base: string, counter: number): string {
  const suffix = ` (${counter})`;
  const stem = cutToLength(base, MAX_SHEET_NAME_LENGTH - suffix.length).replace(
    EDGE_APOSTROPHES_AND_SPACES,
    "",
  );
  return `${stem === "" ? FALLBACK_SHEET_NAME : stem}${suffix}`;
}

/**
 * The six hex digits of a #RRGGBB colour, upper case, or undefined for anything else (which a
 * writer treats as a broken plan).
 * @example hexColourDigits("#1f7a3d") // "1F7A3D"
 */
export function hexColourDigits(colour: unknown): string | undefined {
  const match = typeof colour === "string" ? HEX_COLOUR.exec(colour) : null;
  return match?.[1]?.toUpperCase();
}
