/** Text with no character outside ASCII (so no accents to drop). */
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Writes an indicator name one way so that spelling-neutral differences do not matter:
 * lower case, accents dropped, "&" as "and", "%" and "per cent" as "percent", apostrophes
 * dropped ("children's" -> "childrens"), every other punctuation mark a space, spaces
 * collapsed and trimmed.
 *
 * Bad input: anything but text or a finite number gets "" (a number is written as typed).
 *
 * @example normalizeName("Raise the % of core assessments  (35 days)") // "raise the percent of core assessments 35 days"
 * @example normalizeName("Children's Centres & Nurseries") // "childrens centres and nurseries"
 * @example normalizeName(null) // ""
 */
export function normalizeName(text: string | number): string {
  let value: string;
  if (typeof text === "string") value = text;
  else if (typeof text === "number" && Number.isFinite(text)) value = String(text);
  else return "";
  // Plain ASCII names (nearly all) take a fast path: no Unicode decomposition or property
  // classes, which matters when 40,000 rows are matched. Both paths give the same result.
  if (ASCII.test(value)) {
    return spellSymbols(value.toLowerCase())
      .replace(/['`]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  }
  return spellSymbols(
    value
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase(),
  )
    .replace(/['’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** "&" as "and", "%" and "per cent" as "percent", in lower-case text. */
function spellSymbols(lower: string): string {
  return lower
    .replace(/&/g, " and ")
    .replace(/%/g, " percent ")
    .replace(/\bper\s+cent\b/g, "percent");
}
