/**
 * How alike two names are, and the edit distance behind it. Source: V. I. Levenshtein (1966)
 * edit distance, normalised by the longer length as in Python's difflib-style ratios; the
 * bounded, banded form follows Ukkonen (1985) so far-apart names cost little.
 */

/**
 * Levenshtein distance (insertions, deletions, substitutions, each costing 1) between two
 * strings, but only up to `limit`: any distance above `limit` is returned as `limit + 1`,
 * which lets callers stop early.
 *
 * Bad input: non-strings count as empty; a negative, NaN or -Infinity limit is treated as 0
 * (only equal strings are within it); Infinity means no limit.
 *
 * @example boundedLevenshtein("attendence", "attendance", 3) // 1
 * @example boundedLevenshtein("primary", "secondary", 2) // 3 (more than the limit)
 */
export function boundedLevenshtein(a: string, b: string, limit: number): number {
  let first = typeof a === "string" ? a : "";
  let second = typeof b === "string" ? b : "";
  const bound =
    limit === Infinity
      ? Math.max(first.length, second.length)
      : Number.isFinite(limit) && limit > 0
        ? Math.floor(limit)
        : 0;
  if (first === second) return 0;
  if (Math.abs(first.length - second.length) > bound) return bound + 1;
  if (first.length > second.length) [first, second] = [second, first];

  let start = 0;
  while (start < first.length && first.charCodeAt(start) === second.charCodeAt(start)) start++;
  let endFirst = first.length;
  let endSecond = second.length;
  while (endFirst > start && first.charCodeAt(endFirst - 1) === second.charCodeAt(endSecond - 1)) {
    endFirst--;
    endSecond--;
  }
  const shortText = first.slice(start, endFirst);
  const longText = second.slice(start, endSecond);
  const shortLength = shortText.length;
  const longLength = longText.length;
  if (shortLength === 0) return longLength <= bound ? longLength : bound + 1;

  const big = bound + 1;
  let previous = new Array<number>(longLength + 1);
  let current = new Array<number>(longLength + 1);
  for (let j = 0; j <= longLength; j++) previous[j] = j <= bound ? j : big;
  for (let i = 1; i <= shortLength; i++) {
    const from = Math.max(1, i - bound);
    const to = Math.min(longLength, i + bound);
    current[0] = i <= bound ? i : big;
    if (from > 1) current[from - 1] = big;
    let rowMin = current[0] ?? big;
    const code = shortText.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitution = (previous[j - 1] ?? big) + (code === longText.charCodeAt(j - 1) ? 0 : 1);
      const deletion = (previous[j] ?? big) + 1;
      const insertion = (current[j - 1] ?? big) + 1;
      const cell = Math.min(substitution, deletion, insertion, big);
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (to < longLength) current[to + 1] = big;
    if (rowMin > bound) return big;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[longLength] ?? big, big);
}

/**
 * Similarity of two (already normalised) names from 0 to 1: one minus the edit distance
 * divided by the longer length. 1 means identical; two empty names are identical.
 *
 * Bad input: non-strings count as empty.
 *
 * @example nameSimilarity("raise the level of attendence primary schools", "raise the level of attendance primary schools") // 0.978… (1 edit in 46)
 * @example nameSimilarity("", "") // 1
 */
export function nameSimilarity(a: string, b: string): number {
  const first = typeof a === "string" ? a : "";
  const second = typeof b === "string" ? b : "";
  const longest = Math.max(first.length, second.length);
  if (longest === 0) return 1;
  return 1 - boundedLevenshtein(first, second, Infinity) / longest;
}
