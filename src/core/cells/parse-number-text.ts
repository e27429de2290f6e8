import type { NumberUnit } from "./cell-reading";

/** A number read from text: the value (percent as a fraction, currency in whole units) and how it was written. */
export interface ParsedNumber {
  readonly value: number;
  readonly unit: NumberUnit;
}

/** k, m, bn and their spelled-out forms, as powers of ten. Source: UK public-finance writing ("£41k", "£132m", "£1.2bn"). */
const MAGNITUDES: Readonly<Record<string, number>> = {
  k: 3,
  thousand: 3,
  m: 6,
  mn: 6,
  million: 6,
  bn: 9,
  billion: 9,
};

/** No number a person types is longer than this; longer text is not tried (keeps the match linear). */
const LONGEST_NUMBER_TEXT = 100;

/** Each run of spaces follows a required token, so the pattern cannot backtrack badly on long runs of spaces. */
const NUMBER_TEXT =
  /^(\()?\s*(?:([+\-\u2212])\s*)?(?:([£$€])\s*)?(?:([+\-\u2212])\s*)?((?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,3}))?(?:\s*(k|m|mn|bn|thousand|million|billion))?(?:\s*(%|per\s?cent|percent))?\s*(\))?$/i;

/**
 * Moves the decimal point of a number by `places` without binary rounding noise
 * (0.072 * 100 is 7.199999999999999; this gives 7.2).
 * Source: decimal shifting through the shortest round-trip exponent form (ECMAScript Number::toString).
 * Bad input (NaN, Infinity): returned unchanged.
 * @example shiftDecimal(0.072, 2) // 7.2
 */
export function shiftDecimal(value: number, places: number): number {
  if (!Number.isFinite(value) || !Number.isInteger(places)) return value;
  const [mantissa, exponent] = value.toExponential().split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/**
 * Reads a whole text as one number the way a person wrote it: "97%" -> 0.97 percent,
 * "1,432" -> 1432, "(5)" -> -5 (accounting negative), "(£41k)" -> -41000 currency,
 * "1 234" -> 1234, "£1.2bn" -> 1200000000, "97 %", "+3", "100 per cent".
 * Source: docs/rules.md "Messy cells"; commas are thousands separators (UK usage), and so are
 * single spaces between groups of three digits ("1 234", also with a no-break space).
 * Bad input (words, two numbers, "%" with "£", "(-5)", non-finite results): undefined.
 * @example parseNumberText("(£41k)") // { value: -41000, unit: "currency" }
 */
export function parseNumberText(text: string): ParsedNumber | undefined {
  if (typeof text !== "string") return undefined;
  const trimmed = text.trim();
  if (trimmed.length > LONGEST_NUMBER_TEXT) return undefined;
  const match = NUMBER_TEXT.exec(trimmed);
  if (!match) return undefined;
  const [, open, sign1, currency, sign2, digits = "", exponent, magnitude, percent, close] = match;
  if (Boolean(open) !== Boolean(close)) return undefined;
  if (sign1 && sign2) return undefined;
  const sign = sign1 ?? sign2;
  if (open && sign) return undefined;
  if (percent && (currency || magnitude)) return undefined;
  if (exponent && magnitude) return undefined;
  const places =
    Number(exponent ?? 0) + (magnitude ? (MAGNITUDES[magnitude.toLowerCase()] ?? 0) : 0) - (percent ? 2 : 0);
  const size = Number(`${digits.replace(/[, \u00a0\u202f]/g, "")}e${places}`);
  if (!Number.isFinite(size)) return undefined;
  const negative = Boolean(open) || sign === "-" || sign === "\u2212";
  const value = negative && size !== 0 ? -size : size;
  const unit: NumberUnit = percent ? "percent" : currency ? "currency" : "plain";
  return { value, unit };
}
