import type { Catalogue, Indicator } from "../catalogue/types";
import { boundedLevenshtein } from "./name-similarity";
import { normalizeId } from "./normalize-id";
import { normalizeName } from "./normalize-name";
import { NEAR_MATCH_THRESHOLD } from "./types";
import type { IndicatorMatch, IndicatorMatcher, MatchOptions } from "./types";

/** Characters counted for the quick lower bounds: a–z, 0–9, space, anything else. */
const HISTOGRAM_SIZE = 38;
/** Two-character pieces, coded first * 38 + second; the last slot holds the total. */
const BIGRAM_BINS = HISTOGRAM_SIZE * HISTOGRAM_SIZE + 1;
const TOTAL_BIGRAMS = BIGRAM_BINS - 1;

/** The near-miss search structures: candidates sorted by length, and where each word occurs. */
interface NearIndex {
  readonly candidates: readonly Candidate[];
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** Where each piece token (see `pieceTokens`) occurs. */
  readonly byPiece: ReadonlyMap<number, readonly number[]>;
}

interface Candidate {
  /** Normalised name or alias, and the same words sorted (to forgive reordering). */
  readonly text: string;
  readonly sortedWords: string;
  readonly histogram: Uint16Array;
  /** Codes of the two-letter pieces inside words (see `wordBigrams`). */
  readonly bigramCodes: Uint16Array;
  readonly indicator: Indicator;
  /** The catalogue's own spelling. */
  readonly original: string;
  /** Catalogue order, to break ties the same way every time. */
  readonly order: number;
}

/**
 * Indexes a catalogue once so that many rows can be matched fast: ids, names and aliases go
 * into maps (exact matches cost one lookup); names and aliases are also kept sorted by
 * length for the near-miss search, which only runs when there is no exact match. It tries
 * the names sharing the most words first (so a typo's true match sets a tight bound at
 * once), only looks at names whose length could reach the bound, skips those whose letter
 * counts or two-letter pieces alone rule them out, stops each edit-distance count as soon
 * as it cannot win, and remembers its answer for each name it has seen.
 *
 * Matching rules (`match(id, name)`):
 * 1. an id (see `normalizeId`: case, spaces and 3 vs "3" do not matter) found in the
 *    catalogue -> "id";
 * 2. otherwise (no id, or an id the catalogue does not have) the name, normalised
 *    (`normalizeName`), equal to an indicator's name -> "name", or to an alias -> "alias"
 *    (names before aliases; the first indicator in catalogue order on a tie);
 * 3. otherwise the most similar name or alias (`nameSimilarity`, also trying the words in
 *    sorted order) at or above the threshold (default 0.8) -> "near" with the suggestion;
 * 4. otherwise "none".
 *
 * Bad input: a catalogue without an indicator list indexes as empty; indicators without a
 * text id or name are indexed by what they have; blank or non-text ids and names match
 * nothing; a threshold outside 0–1 is clamped (0 suggests the closest name whatever it is,
 * 1 suggests nothing).
 *
 * @example
 * const matcher = indexCatalogue(catalogue);
 * matcher.match("CYPP-05", undefined) // { kind: "id", indicator: … }
 * matcher.match(undefined, "Raise the level of attendence: primary schools") // { kind: "near", suggestion: …, score: 0.98 }
 */
export function indexCatalogue(catalogue: Catalogue, options?: MatchOptions): IndicatorMatcher {
  const threshold = clampThreshold(options?.nearThreshold);
  const indicators: readonly Indicator[] = Array.isArray(catalogue?.indicators) ? catalogue.indicators : [];
  const ids = new Map<string, Indicator>();
  const names = new Map<string, Indicator>();
  const aliases = new Map<string, Indicator>();
  const candidates: Candidate[] = [];

  indicators.forEach((indicator) => {
    if (typeof indicator !== "object" || indicator === null) return;
    const id = normalizeId(indicator.id);
    if (id !== "" && !ids.has(id)) ids.set(id, indicator);
    addName(indicator.name, names, indicator);
    const aliasList: readonly unknown[] = Array.isArray(indicator.aliases) ? indicator.aliases : [];
    for (const alias of aliasList) if (typeof alias === "string") addName(alias, aliases, indicator);
  });
  function addName(text: unknown, map: Map<string, Indicator>, indicator: Indicator): void {
    if (typeof text !== "string") return;
    const normal = normalizeName(text);
    if (normal === "") return;
    if (!map.has(normal)) map.set(normal, indicator);
    candidates.push({
      text: normal,
      sortedWords: sortWords(normal),
      histogram: histogramOf(normal),
      bigramCodes: wordBigrams(normal),
      indicator,
      original: text,
      order: candidates.length,
    });
  }
  candidates.sort((a, b) => a.text.length - b.text.length || a.order - b.order);
  const byWord = new Map<string, number[]>();
  candidates.forEach((candidate, position) => {
    for (const word of new Set(candidate.text.split(" "))) {
      const postings = byWord.get(word);
      if (postings === undefined) byWord.set(word, [position]);
      else postings.push(position);
    }
  });
  const byPiece = new Map<number, number[]>();
  candidates.forEach((candidate, position) => {
    for (const token of pieceTokens(candidate.text) ?? []) {
      const postings = byPiece.get(token);
      if (postings === undefined) byPiece.set(token, [position]);
      else postings.push(position);
    }
  });
  const nearIndex: NearIndex = { candidates, byWord, byPiece };

  const nearCache = new Map<string, IndicatorMatch>();

  function exactByName(normal: string): Extract<IndicatorMatch, { kind: "name" | "alias" }> | undefined {
    const byName = names.get(normal);
    if (byName !== undefined) return { kind: "name", indicator: byName };
    const byAlias = aliases.get(normal);
    return byAlias !== undefined ? { kind: "alias", indicator: byAlias } : undefined;
  }

  function nearest(normal: string): IndicatorMatch {
    const cached = nearCache.get(normal);
    if (cached !== undefined) return cached;
    const result = searchNear(normal, nearIndex, threshold);
    nearCache.set(normal, result);
    return result;
  }

  return {
    size: indicators.length,
    byId: (id) => {
      const key = typeof id === "string" || typeof id === "number" ? normalizeId(id) : "";
      return key === "" ? undefined : ids.get(key);
    },
    match: (id, name) => {
      const normal = typeof name === "string" || typeof name === "number" ? normalizeName(name) : "";
      const idKey = typeof id === "string" || typeof id === "number" ? normalizeId(id) : "";
      const byId = idKey === "" ? undefined : ids.get(idKey);
      if (byId !== undefined) {
        const named = normal === "" ? undefined : exactByName(normal);
        const other = named !== undefined && named.indicator !== byId ? named.indicator : undefined;
        return other === undefined ? { kind: "id", indicator: byId } : { kind: "id", indicator: byId, nameConflict: other };
      }
      if (normal === "") return { kind: "none" };
      return exactByName(normal) ?? nearest(normal);
    },
  };
}

/** How many of the candidates sharing the most words are tried first, to tighten the bound early. */
const SEED_CANDIDATES = 3;

function searchNear(query: string, index: NearIndex, threshold: number): IndicatorMatch {
  const candidates = index.candidates;
  if (threshold > 1 || candidates.length === 0) return { kind: "none" };
  const probe: Probe = { text: query, sortedWords: sortWords(query), histogram: histogramOf(query), bigrams: bigramCounts(query) };
  const scratch = new Uint16Array(BIGRAM_BINS);
  const best: Best = { candidate: undefined, score: threshold };
  // Names shorter than query * score or longer than query / score cannot reach the score.
  const shortest = () => Math.ceil(query.length * best.score - 1e-9);
  const longest = () => (best.score > 0 ? Math.floor(query.length / best.score + 1e-9) : Infinity);

  for (const position of seedPositions(query, index)) {
    const candidate = candidates[position];
    if (candidate !== undefined && candidate.text.length >= shortest() && candidate.text.length <= longest()) consider(probe, candidate, best, scratch);
  }
  const positions = likelyPositions(probe, index, best.score) ?? lengthWindow(candidates, shortest(), longest());
  for (const position of positions) {
    const candidate = candidates[position];
    if (candidate === undefined || candidate.text.length < shortest()) continue;
    if (candidate.text.length > longest()) break;
    consider(probe, candidate, best, scratch);
  }
  const found = best.candidate;
  return found === undefined ? { kind: "none" } : { kind: "near", suggestion: found.indicator, score: best.score, matchedText: found.original };
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
  if (sharedBigrams(probe.bigrams, candidate.bigramCodes, scratch) < Math.max(candidate.bigramCodes.length, probe.bigrams[TOTAL_BIGRAMS] ?? 0) - 2 * allowed) return;
  let distance = boundedLevenshtein(probe.text, candidate.text, allowed);
  if (distance > allowed) distance = boundedLevenshtein(probe.sortedWords, candidate.sortedWords, allowed);
  if (distance > allowed) return;
  const score = 1 - distance / longer;
  const current = best.candidate;
  if (current === undefined || score > best.score || (score === best.score && candidate.order < current.order)) {
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

/**
 * The pieces inside words as tokens that tell repeats apart (piece code * 256 + repeat
 * number), so that shared tokens count shared pieces with their repeats. Undefined when a
 * piece repeats more than 255 times (then the caller scans instead).
 */
function pieceTokens(text: string): number[] | undefined {
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

function sortWords(text: string): string {
  return text.split(" ").sort().join(" ");
}

function binOf(code: number): number {
  return code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 48 + 26 : code === 32 ? 36 : 37;
}

function histogramOf(text: string): Uint16Array {
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
 */
function wordBigrams(text: string): Uint16Array {
  const codes: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const first = text.charCodeAt(i - 1);
    const second = text.charCodeAt(i);
    if (first !== 32 && second !== 32) codes.push(binOf(first) * HISTOGRAM_SIZE + binOf(second));
  }
  return Uint16Array.from(codes);
}

/** The query's pieces as counts per code, with the total in the last slot. */
function bigramCounts(text: string): Uint16Array {
  const counts = new Uint16Array(BIGRAM_BINS);
  const codes = wordBigrams(text);
  for (const code of codes) counts[code] = Math.min(65535, (counts[code] ?? 0) + 1);
  counts[TOTAL_BIGRAMS] = Math.min(65535, codes.length);
  return counts;
}

/** How many pieces a candidate shares with the query (counting repeats); `scratch` is left all zero. */
function sharedBigrams(queryCounts: Uint16Array, candidateCodes: Uint16Array, scratch: Uint16Array): number {
  let shared = 0;
  for (const code of candidateCodes) {
    const used = (scratch[code] ?? 0) + 1;
    scratch[code] = used;
    if (used <= (queryCounts[code] ?? 0)) shared++;
  }
  for (const code of candidateCodes) scratch[code] = 0;
  return shared;
}

/** A lower bound on the edit distance: each edit changes at most one surplus and one shortfall. */
function histogramDistance(a: Uint16Array, b: Uint16Array): number {
  let surplus = 0;
  let shortfall = 0;
  for (let i = 0; i < HISTOGRAM_SIZE; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference > 0) surplus += difference;
    else shortfall -= difference;
  }
  return Math.max(surplus, shortfall);
}

function clampThreshold(value: number | undefined): number {
  if (typeof value !== "number" || Number.isNaN(value)) return NEAR_MATCH_THRESHOLD;
  return Math.min(1, Math.max(0, value));
}
