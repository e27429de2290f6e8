import type { Indicator } from "../catalogue/types";
import { histogramOf, pieceTokens, sortWords, wordBigrams } from "./name-pieces";

/** One catalogue name or alias, prepared for the near-miss search. */
export interface Candidate {
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

/** The near-miss search structures: candidates sorted by length, where each word and each piece occurs. */
export interface NearIndex {
  readonly candidates: readonly Candidate[];
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** Where each piece token (see `pieceTokens`) occurs. */
  readonly byPiece: ReadonlyMap<number, readonly number[]>;
}

/**
 * Prepares normalised names for the near-miss search: sorted by length (then catalogue
 * order), with an index from each word and each piece token to the names holding it.
 *
 * Bad input: blank names are left out.
 *
 * @example buildNearIndex([{ text: "primary attendance", indicator, original: "Primary attendance" }]).candidates.length // 1
 */
export function buildNearIndex(
  entries: readonly { readonly text: string; readonly indicator: Indicator; readonly original: string }[],
): NearIndex {
  const candidates: Candidate[] = entries
    .filter((entry) => entry.text !== "")
    .map((entry, order) => ({
      text: entry.text,
      sortedWords: sortWords(entry.text),
      histogram: histogramOf(entry.text),
      bigramCodes: wordBigrams(entry.text),
      indicator: entry.indicator,
      original: entry.original,
      order,
    }));
  candidates.sort((a, b) => a.text.length - b.text.length || a.order - b.order);
  const byWord = new Map<string, number[]>();
  const byPiece = new Map<number, number[]>();
  candidates.forEach((candidate, position) => {
    for (const word of new Set(candidate.text.split(" "))) addPosting(byWord, word, position);
    for (const token of pieceTokens(candidate.text) ?? []) addPosting(byPiece, token, position);
  });
  return { candidates, byWord, byPiece };
}

function addPosting<K>(map: Map<K, number[]>, key: K, position: number): void {
  const postings = map.get(key);
  if (postings === undefined) map.set(key, [position]);
  else postings.push(position);
}
