import { parseNumberText, type ParsedNumber } from "./parse-number-text";

/** A number found inside a longer text, with where it sits. */
export interface NumberInText extends ParsedNumber {
  /** The number as written, e.g. "8.9%". */
  readonly written: string;
  readonly start: number;
  readonly end: number;
  /** Written in brackets, e.g. the "(1603)" count after a rate. */
  readonly bracketed: boolean;
}

/**
 * A number standing on its own in prose: not part of a word ("Q1"), a date ("31.08.12"),
 * a period ("2012/13") or a fraction ("1/5").
 */
const NUMBER_IN_TEXT =
  /(?<![\p{L}\p{N}_.,/£$€])[+\-\u2212]?[£$€]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:bn|mn|k|m)(?![\p{L}\p{N}]))?(?:\s?(?:%|per\s?cent(?!\p{L})|percent(?!\p{L})))?(?![\p{L}\p{N}_/]|[.,]\d)/giu;

/** The first character that is not a space, looking from `index` in `step` direction ("" at either end). */
function nearestNonSpace(text: string, index: number, step: 1 | -1): string {
  for (let i = index; i >= 0 && i < text.length; i += step) {
    const ch = text.charAt(i);
    if (!/\s/.test(ch)) return ch;
  }
  return "";
}

/**
 * Finds the numbers written in a text ("LAC: 3.5% BME: 33.2%" -> 3.5%, 33.2%), read as parseNumberText reads them.
 * Source: docs/rules.md "Messy cells" (two values in one cell, a rate with a count).
 * Numbers glued to letters, dates, periods and fractions are skipped.
 * Bad input (not text, no numbers): [].
 * @example findNumbersInText("7.0% (1603)").map((n) => n.value) // [0.07, 1603]
 */
export function findNumbersInText(text: string): readonly NumberInText[] {
  if (typeof text !== "string") return [];
  const found: NumberInText[] = [];
  for (const match of text.matchAll(NUMBER_IN_TEXT)) {
    const written = match[0];
    const start = match.index ?? 0;
    const end = start + written.length;
    const parsed = parseNumberText(written);
    if (!parsed) continue;
    const bracketed = nearestNonSpace(text, start - 1, -1) === "(" && nearestNonSpace(text, end, 1) === ")";
    found.push({ ...parsed, written, start, end, bracketed });
  }
  return found;
}
