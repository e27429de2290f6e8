export { normalizeName } from "./normalize-name";
export { normalizeId } from "./normalize-id";
export { boundedLevenshtein, nameSimilarity } from "./name-similarity";
export { indexCatalogue } from "./index-catalogue";
export { matchIndicator } from "./match-indicator";
export { NEAR_MATCH_THRESHOLD } from "./types";
export type { IndicatorMatch, IndicatorMatcher, MatchOptions } from "./types";
