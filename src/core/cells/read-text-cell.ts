import type { CellReading, UnreadableReason } from "./cell-reading";
import { readExcelErrorText } from "./excel-errors";
import { findNumbersInText, type NumberInText } from "./find-numbers-in-text";
import { CELL_MESSAGES } from "./messages";
import { parseNumberText } from "./parse-number-text";
import { readPlaceholder } from "./placeholders";
import { looksLikeRagRating } from "./read-rag-word";

/** Earliest and latest bare whole numbers taken to be years ("by 2015"), not values. */
const YEAR_RANGE = { first: 1900, last: 2100 } as const;
/** Up to this many words per value, a text with several values is a list of labelled values
 * ("LAC: 3.5% BME: 33.2%"); with more words it is a sentence. */
const LABEL_WORDS_PER_VALUE = 3;
/** A value followed only by remarks in brackets: "7.0% (1603)", "97% (provisional)". */
const BRACKETED_REMARKS = /^\s*(?:\([^()]*\)\s*)+$/;

function isYear(found: NumberInText): boolean {
  return (
    found.unit === "plain" &&
    /^\d{4}$/.test(found.written) &&
    found.value >= YEAR_RANGE.first &&
    found.value <= YEAR_RANGE.last
  );
}

/** Counts the countable values: drops a bracketed count right after a value, and years among other numbers. */
function valuesAmong(text: string, found: readonly NumberInText[]): NumberInText[] {
  return found.filter((number, index) => {
    const previous = found[index - 1];
    const isCount =
      number.bracketed && previous !== undefined && /^\s*\(\s*$/.test(text.slice(previous.end, number.start));
    return !isCount && !(found.length > 1 && isYear(number));
  });
}

/** Words outside the numbers ("LAC", "BME" in "LAC: 3.5% BME: 33.2%"); magnitudes such as the k of £82k are not words. */
function countWords(text: string, found: readonly NumberInText[]): number {
  const between = found.map((number, index) => text.slice(found[index - 1]?.end ?? 0, number.start));
  const rest = [...between, text.slice(found[found.length - 1]?.end ?? 0)].join(" ");
  return rest.match(/\p{L}+/gu)?.length ?? 0;
}

function unreadable(
  reason: UnreadableReason,
  text: string,
  message: string,
  firstNumber?: number,
): CellReading {
  return firstNumber === undefined
    ? { kind: "unreadable", reason, text, message }
    : { kind: "unreadable", reason, text, message, firstNumber };
}

/**
 * Reads a text cell: a gap for blanks and placeholders, a number for a number written as
 * text, or a named "cannot read" outcome with a message. The text half of readCell.
 * Source: docs/rules.md "Messy cells"; the rules are listed on readCell.
 * Bad input (not text): read as the empty text, a blank gap.
 * @example readTextCell("7.0% (1603)") // { kind: "number", value: 0.07, unit: "percent", note: "(1603)" }
 */
export function readTextCell(text: string): CellReading {
  if (typeof text !== "string") return { kind: "gap", reason: "blank", text: "" };
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "gap", reason: "blank", text };
  const placeholder = readPlaceholder(trimmed);
  if (placeholder) return { kind: "gap", reason: placeholder, text };
  const error = readExcelErrorText(trimmed);
  if (error) return unreadable("formula-error", text, CELL_MESSAGES.formulaError(error));
  if (looksLikeRagRating(trimmed)) return unreadable("rag-word", text, CELL_MESSAGES.ragWord(trimmed));
  const whole = parseNumberText(trimmed);
  if (whole) return { kind: "number", value: whole.value, unit: whole.unit };

  const found = findNumbersInText(trimmed);
  const first = found[0];
  if (first === undefined) return unreadable("not-numeric", text, CELL_MESSAGES.words(trimmed));
  const rest = trimmed.slice(first.end);
  if (first.start === 0 && !first.bracketed && BRACKETED_REMARKS.test(rest)) {
    return { kind: "number", value: first.value, unit: first.unit, note: rest.trim() };
  }
  const values = valuesAmong(trimmed, found);
  const lead = values[0] ?? first;
  if (values.length >= 2 && countWords(trimmed, found) <= LABEL_WORDS_PER_VALUE * values.length) {
    return unreadable(
      "multiple-values",
      text,
      CELL_MESSAGES.multipleValues(trimmed, lead.written),
      lead.value,
    );
  }
  return unreadable("text", text, CELL_MESSAGES.textWithNumber(trimmed, lead.written), lead.value);
}
