/**
 * Worksheet names Excel accepts.
 *
 * Source: Excel's rules for renaming a sheet (support.microsoft.com, "Rename a worksheet"):
 * 1 to 31 characters; none of [ ] : * ? / \ ; not starting or ending with an apostrophe;
 * "History" is reserved; names are unique ignoring case.
 */
export const MAX_SHEET_NAME_LENGTH = 31;
/** Used when a name is blank after cleaning. */
export const FALLBACK_SHEET_NAME = "Sheet";
/** Replaces each character Excel forbids in a sheet name. */
const REPLACEMENT_CHARACTER = "-";
const FORBIDDEN_CHARACTERS = /[[\]:*?/\\]/g;
// Control characters cannot be stored in the workbook's XML.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
const EDGE_APOSTROPHES_AND_SPACES = /^[\s']+|[\s']+$/g;
const RESERVED_NAME = "history";
const RESERVED_NAME_REPLACEMENT = "History sheet";

/**
 * A sheet name Excel accepts, as close to the given one as possible: forbidden characters
 * become "-", control characters become spaces, edge apostrophes and spaces go, the name is
 * cut to 31 characters (never inside a surrogate pair), a blank name becomes "Sheet" and the
 * reserved "History" becomes "History sheet".
 *
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
 * Sanitized names, made unique ignoring case (as Excel compares them) by adding " (2)",
 * " (3)", ... and shortening the name so the result still fits 31 characters.
 *
 * @example uniqueSheetNames(["Summary", "summary", "Summary"]) // ["Summary", "summary (2)", "Summary (3)"]
 */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = sanitizeSheetName(name);
    let candidate = base;
    for (let counter = 2; taken.has(candidate.toLowerCase()); counter += 1) {
      const suffix = ` (${counter})`;
      const stem = cutToLength(base, MAX_SHEET_NAME_LENGTH - suffix.length).replace(EDGE_APOSTROPHES_AND_SPACES, "");
      candidate = `${stem === "" ? FALLBACK_SHEET_NAME : stem}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** The longest prefix of `text` with at most `length` UTF-16 units that ends on a whole character. */
function cutToLength(text: string, length: number): string {
  if (text.length <= length) return text;
  let cut = "";
  for (const character of text) {
    if (cut.length + character.length > length) break;
    cut += character;
  }
  return cut;
}
