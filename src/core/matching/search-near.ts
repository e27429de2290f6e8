import { boundedLevenshtein } from "./name-similarity";
import {
  BIGRAM_BINS,
  TOTAL_BIGRAMS,
  bigramCounts,
  histogramDistance,
  histogramOf,
  pieceTokens,
  sharedBigrams,
  sortWords,
} from "./name-pieces";
import type { Candidate, NearIndex } from "./near-index";
import type { IndicatorMatch } from "./types";

/** How many of the candidates sharing the most words are tried first, to tighten the bound early. */
const SEED_CANDIDATES = 3;

/**
 * Finds the catalogue name or alias most similar to a normalised name, at or above
 * `threshold` (similarity as `nameSimilarity`, also comparing the words in sorted order),
 * without comparing against every name: the names sharing the most words go first, so a
 * typo's true match sets a tight bound at once; then only names that can still reach the
 * bound (by the piece index, length, letter counts and shared pieces) get an edit-distance
 * count, itself stopped as soon as it cannot win. Ties go to the earlier catalogue entry.
 *
 * Bad input: a threshold above 1 or an empty index gives "none".
 *
 * @example searchNear("raise the level of attendence primary schools", index, 0.8) // { kind: "near", score: 0.977…, … }
 */
export function searchNear(query: string, index: NearIndex, threshold: number): IndicatorMatch {
  const candidates = index.candidates;
  if (threshold > 1 || candidates.length === 0) return { kind: "none" };
  const probe: Probe = {
    text: query,
    sortedWords: sortWords(query),
    histogram: histogramOf(query),
    bigrams: bigramCounts(query),
  };
  const scratch = new Uint16Array(BIGRAM_BINS);
  const best: Best = { candidate: undefined, score: threshold };
  // Names shorter than query * score or longer than query / score cannot reach the score.
  const shortest = () => Math.ceil(query.length * best.score - 1e-9);
  const longest = () => (best.score > 0 ? Math.floor(query.length / best.score + 1e-9) : Infinity);

  for (const position of seedPositions(query, index)) {
    const candidate = candidates[position];
    if (candidate !== undefined && candidate.text.length >= shortest() && candidate.text.length <= longest())
      consider(probe, candidate, best, scratch);
  }
  const positions =
    likelyPositions(probe, index, best.score) ?? lengthWindow(candidates, shortest(), longest());
  for (const position of positions) {
    const candidate = candidates[position];
    if (candidate === undefined || candidate.text.length < shortest()) continue;
    if (candidate.text.length > longest()) break;
    consider(probe, candidate, best, scratch);
  }
  const found = best.candidate;
  return found === undefined
    ? { kind: "none" }
    : { kind: "near", suggestion: found.indicator, score: best.score, matchedText: found.original };
}

interface Probe {
  readonly text: string;
  readonly sortedWords: string;
  readonly histogram: Uint16Array;
  readonly bigrams: Uint16Array;
}

interface Best {
  candidate: Candidate | undefined;
  score: number;
}

/** Scores one candidate against the query, cheapest tests first, and keeps it if it is the best so far. */
function consider(probe: Probe, candidate: Candidate, best: Best, scratch: Uint16Array): void {
  const length = candidate.text.length;
  const longer = Math.max(length, probe.text.length);
  // The most edits that can still reach the best score so far (ties allowed, to prefer catalogue order).
  const allowed = Math.floor((1 - best.score) * longer + 1e-9);
  if (Math.abs(length - probe.text.length) > allowed) return;
  if (histogramDistance(probe.histogram, candidate.histogram) > allowed) return;
  if (
    sharedBigrams(probe.bigrams, candidate.bigramCodes, scratch) <
    Math.max(candidate.bigramCodes.length, probe.bigrams[TOTAL_BIGRAMS] ?? 0) - 2 * allowed
  )
    return;
  let distance = boundedLevenshtein(probe.text, candidate.text, allowed);
  if (distance > 0 && (probe.sortedWords !== probe.text || candidate.sortedWords !== candidate.text)) {
    distance = Math.min(
      distance,
      boundedLevenshtein(probe.sortedWords, candidate.sortedWords, Math.min(allowed, distance - 1)),
    );
  }
  if (distance > allowed) return;
  const score = 1 - distance / longer;
  const current = best.candidate;
  if (
    current === undefined ||
    score > best.score ||
    (score === best.score && candidate.order < current.order)
  ) {
    best.candidate = candidate;
    best.score = score;
  }
}

/** Positions of the candidates sharing the most words with the query (at least one), best first. */
function seedPositions(query: string, index: NearIndex): number[] {
  const shared = new Uint16Array(index.candidates.length);
  const touched: number[] = [];
  for (const word of new Set(query.split(" "))) {
    for (const position of index.byWord.get(word) ?? []) {
      const count = (shared[position] ?? 0) + 1;
      shared[position] = count;
      if (count === 1) touched.push(position);
    }
  }
  const seeds: number[] = [];
  for (const position of touched) {
    const count = shared[position] ?? 0;
    let at = seeds.length;
    while (at > 0 && (shared[seeds[at - 1] ?? 0] ?? 0) < count) at--;
    if (at < SEED_CANDIDATES) {
      seeds.splice(at, 0, position);
      if (seeds.length > SEED_CANDIDATES) seeds.pop();
    }
  }
  return seeds;
}

/**
 * The only candidates that can be within reach of `score`, found through the piece index
 * instead of a scan. Two names within k edits share at least (pieces of the query) - 2k
 * pieces, so a reachable name holds at least one of the query's 2k + 1 rarest pieces (each
 * repeat of a piece counted as its own token): the "prefix filter" of set-similarity joins
 * (Chaudhuri, Ganti and Kaushik 2006). Returns positions in length order, or undefined when
 * the query is too short for the filter to rule anything out.
 */
function likelyPositions(probe: Probe, index: NearIndex, score: number): number[] | undefined {
  const tokens = pieceTokens(probe.text);
  if (tokens === undefined || score <= 0) return undefined;
  const longestReachable = Math.floor(probe.text.length / score + 1e-9);
  const maxEdits = Math.floor((1 - score) * longestReachable + 1e-9);
  const prefixLength = 2 * maxEdits + 1;
  if (prefixLength > tokens.length) return undefined;
  const rarest = tokens
    .map((token) => ({ token, postings: index.byPiece.get(token) ?? [] }))
    .sort((a, b) => a.postings.length - b.postings.length || a.token - b.token)
    .slice(0, prefixLength);
  const seen = new Uint8Array(index.candidates.length);
  const positions: number[] = [];
  for (const { postings } of rarest) {
    for (const position of postings) {
      if (seen[position] === 1) continue;
      seen[position] = 1;
      positions.push(position);
    }
  }
  return positions.sort((a, b) => a - b);
}

/** Positions of the candidates whose length lies in [shortest, longest]. */
function lengthWindow(candidates: readonly Candidate[], shortest: number, longest: number): number[] {
  const positions: number[] = [];
  for (let position = firstWithLength(candidates, shortest); position < candidates.length; position++) {
    if ((candidates[position]?.text.length ?? Infinity) > longest) break;
    positions.push(position);
  }
  return positions;
}

/** Index of the first candidate at least `length` long (candidates are sorted by length). */
function firstWithLength(candidates: readonly Candidate[], length: number): number {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((candidates[middle]?.text.length ?? 0) < length) low = middle + 1;
    else high = middle;
  }
  return low;
}
