/**
 * Cheap facts about a normalised name that bound its edit distance to another from below,
 * so most names can be ruled out before the (dearer) edit distance is counted:
 * letter counts, and the two-character pieces inside words (q-grams with q = 2).
 * Source: E. Ukkonen (1992), "Approximate string-matching with q-grams and maximal matches".
 */

/** Characters counted: a–z, 0–9, space, anything else. */
export const HISTOGRAM_SIZE = 38;
/** Two-character pieces, coded first * 38 + second; the last slot holds the total. */
export const BIGRAM_BINS = HISTOGRAM_SIZE * HISTOGRAM_SIZE + 1;
export const TOTAL_BIGRAMS = BIGRAM_BINS - 1;

/**
 * The words of a name in sorted order, to compare names whose words are reordered.
 *
 * Bad input: none (a normalised name is text); "" stays "".
 *
 * @example sortWords("primary schools attendance") // "attendance primary schools"
 */
export function sortWords(text: string): string {
  return text.split(" ").sort().join(" ");
}

function binOf(code: number): number {
  return code >= 97 && code <= 122
    ? code - 97
    : code >= 48 && code <= 57
      ? code - 48 + 26
      : code === 32
        ? 36
        : 37;
}

/**
 * How many times each character occurs (a–z, 0–9, space, other).
 *
 * Bad input: none; "" gives all zeros.
 *
 * @example histogramOf("aa b")[0] // 2
 */
export function histogramOf(text: string): Uint16Array {
  const counts = new Uint16Array(HISTOGRAM_SIZE);
  for (let i = 0; i < text.length; i++) {
    const bin = binOf(text.charCodeAt(i));
    counts[bin] = Math.min(65535, (counts[bin] ?? 0) + 1);
  }
  return counts;
}

/**
 * The two-character pieces inside words ("care" -> ca, ar, re), as codes. They do not change
 * when words are reordered, and one edit removes at most two of them, so two names within
 * k edits share at least (the larger count) - 2k pieces (the q-gram lemma, Ukkonen 1992).
 *
 * Bad input: none; "" and one-letter words give no pieces.
 *
 * @example wordBigrams("care").length // 3
 */
export function wordBigrams(text: string): Uint16Array {
  const codes: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const first = text.charCodeAt(i - 1);
    const second = text.charCodeAt(i);
    if (first !== 32 && second !== 32) codes.push(binOf(first) * HISTOGRAM_SIZE + binOf(second));
  }
  return Uint16Array.from(codes);
}

/**
 * A name's pieces as counts per code, with the total in the last slot.
 *
 * Bad input: none; "" gives all zeros.
 *
 * @example bigramCounts("care")[TOTAL_BIGRAMS] // 3
 */
export function bigramCounts(text: string): Uint16Array {
  const counts = new Uint16Array(BIGRAM_BINS);
  const codes = wordBigrams(text);
  for (const code of codes) counts[code] = Math.min(65535, (counts[code] ?? 0) + 1);
  counts[TOTAL_BIGRAMS] = Math.min(65535, codes.length);
  return counts;
}

/**
 * How many pieces a candidate shares with the query, counting repeats. `scratch` is a
 * zeroed array of `BIGRAM_BINS` slots, left zeroed again.
 *
 * Bad input: none reachable.
 *
 * @example sharedBigrams(bigramCounts("care"), wordBigrams("cars"), new Uint16Array(BIGRAM_BINS)) // 2
 */
export function sharedBigrams(
  queryCounts: Uint16Array,
  candidateCodes: Uint16Array,
  scratch: Uint16Array,
): number {
  let shared = 0;
  for (const code of candidateCodes) {
    const used = (scratch[code] ?? 0) + 1;
    scratch[code] = used;
    if (used <= (queryCounts[code] ?? 0)) shared++;
  }
  for (const code of candidateCodes) scratch[code] = 0;
  return shared;
}

/**
 * A lower bound on the edit distance from letter counts: each edit removes at most one
 * surplus and one shortfall.
 *
 * Bad input: none reachable.
 *
 * @example histogramDistance(histogramOf("care"), histogramOf("cars")) // 1
 */
export function histogramDistance(a: Uint16Array, b: Uint16Array): number {
  let surplus = 0;
  let shortfall = 0;
  for (let i = 0; i < HISTOGRAM_SIZE; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference > 0) surplus += difference;
    else shortfall -= difference;
  }
  return Math.max(surplus, shortfall);
}

/**
 * The pieces inside words as tokens that tell repeats apart (piece code * 256 + repeat
 * number), so that shared tokens count shared pieces with their repeats. Undefined when a
 * piece repeats more than 255 times (then the caller scans instead).
 *
 * Bad input: none; "" gives [].
 *
 * @example pieceTokens("aaa") // [code("aa") * 256, code("aa") * 256 + 1]: "aa" twice, told apart
 */
export function pieceTokens(text: string): number[] | undefined {
  const repeats = new Map<number, number>();
  const tokens: number[] = [];
  for (const code of wordBigrams(text)) {
    const repeat = repeats.get(code) ?? 0;
    if (repeat > 255) return undefined;
    repeats.set(code, repeat + 1);
    tokens.push(code * 256 + repeat);
  }
  return tokens;
}
