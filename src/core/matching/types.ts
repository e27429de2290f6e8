import type { Indicator } from "../catalogue/types";

/**
 * How a scorecard row was matched to the catalogue:
 * - "id": by id; `nameAgrees` says whether the row's name (when it has one) is this
 *   indicator's name or an alias; `nameConflict` is set when the row's name is exactly another
 *   indicator's name or alias (the id and the name disagree: worth a finding);
 * - "name" / "alias": by the indicator's name or one of its aliases, after `normalizeName`;
 * - "near": no exact match, but a name or alias is close enough to suggest (`score` 0–1,
 *   at least `NEAR_MATCH_THRESHOLD`; `matchedText` is the catalogue text that was close);
 * - "none": nothing close.
 */
export type IndicatorMatch =
  | {
      readonly kind: "id";
      readonly indicator: Indicator;
      readonly nameAgrees: boolean;
      readonly nameConflict?: Indicator;
    }
  | { readonly kind: "name" | "alias"; readonly indicator: Indicator }
  | {
      readonly kind: "near";
      readonly suggestion: Indicator;
      readonly score: number;
      readonly matchedText: string;
    }
  | { readonly kind: "none" };

/**
 * The least similarity (see `nameSimilarity`) for a near-miss suggestion. 0.8 allows about
 * one edit in five characters: typos, a changed or missing word in a long name. A near miss
 * is a suggestion for a person to confirm, never a match: names that differ in one
 * meaningful word also pass ("…attendance: primary schools" vs "…attendance: secondary
 * schools" scores 0.87; the CYPP "…affected by bullying…" vs "…affected by discrimination…"
 * indicators 0.91). Below 0.8, unrelated names of similar length start to be suggested.
 */
export const NEAR_MATCH_THRESHOLD = 0.8;

/** Options for `indexCatalogue`. */
export interface MatchOptions {
  /** Least similarity for a near miss, 0–1; default `NEAR_MATCH_THRESHOLD`. */
  readonly nearThreshold?: number;
}

/** A catalogue indexed once, to match many rows quickly. */
export interface IndicatorMatcher {
  /** Matches one row's id and name (see `matchIndicator`). */
  match(id: string | number | null | undefined, name: string | number | null | undefined): IndicatorMatch;
  /** The indicator with this id, or undefined. */
  byId(id: string | number | null | undefined): Indicator | undefined;
  /** How many indicators were indexed. */
  readonly size: number;
}
