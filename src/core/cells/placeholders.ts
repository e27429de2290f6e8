import type { GapReason } from "./cell-reading";

/** One placeholder word that means "no value here", and the gap it stands for. */
export interface CellPlaceholder {
  /** The placeholder as typed, lower case; matching ignores case, surrounding spaces and repeated spaces. */
  readonly text: string;
  readonly reason: GapReason;
  /** Where the convention comes from. */
  readonly source: string;
}

/**
 * The placeholders a scorecard cell may hold instead of a value, and the gap each one means.
 * Source: the samples (`na`, `N/A`, `-`, `tbc`, `To come`, `??`, `Not known`, `x`) and
 * domain-rules.md "Messy cells"; `x`/`c` are the DfE suppression marks, `..` the DfE/ONS
 * "not available" mark, `[c]` the GSS "confidential" shorthand.
 * Bad input: none, it is a constant. Listed in the docs and in validation messages.
 * @example CELL_PLACEHOLDERS.find((p) => p.text === "tbc")?.reason // "awaiting-data"
 */
export const CELL_PLACEHOLDERS: readonly CellPlaceholder[] = [
  { text: "na", reason: "not-available", source: "samples (CYPP report card)" },
  { text: "n/a", reason: "not-available", source: "samples (directorate scorecard)" },
  { text: "n.a.", reason: "not-available", source: "common spelling of n/a" },
  { text: "not available", reason: "not-available", source: "plain words" },
  { text: "..", reason: "not-available", source: "DfE / ONS statistics" },
  { text: "-", reason: "awaiting-data", source: "samples (CYPP report card: awaiting data)" },
  { text: "--", reason: "awaiting-data", source: "typed dash" },
  { text: "\u2013", reason: "awaiting-data", source: "en dash (Excel autocorrects -)" },
  { text: "\u2014", reason: "awaiting-data", source: "em dash" },
  { text: "tbc", reason: "awaiting-data", source: "council scorecards" },
  { text: "tba", reason: "awaiting-data", source: "council scorecards" },
  { text: "to come", reason: "awaiting-data", source: "council scorecards" },
  { text: "awaiting data", reason: "awaiting-data", source: "council scorecards" },
  { text: "awaited", reason: "awaiting-data", source: "council scorecards" },
  { text: "?", reason: "not-known", source: "typed question mark" },
  { text: "??", reason: "not-known", source: "council scorecards" },
  { text: "not known", reason: "not-known", source: "samples (NEET 'Not knowns')" },
  { text: "unknown", reason: "not-known", source: "plain words" },
  { text: "n/k", reason: "not-known", source: "common abbreviation of not known" },
  { text: "x", reason: "suppressed", source: "DfE statistics: suppressed to protect confidentiality" },
  { text: "*", reason: "suppressed", source: "NHS / DfE tables: small numbers suppressed" },
  { text: "c", reason: "suppressed", source: "DfE statistics: confidential" },
  { text: "[c]", reason: "suppressed", source: "GSS shorthand: confidential" },
];

const BY_TEXT: ReadonlyMap<string, GapReason> = new Map(CELL_PLACEHOLDERS.map((p) => [p.text, p.reason]));

/**
 * The gap a placeholder word stands for, or undefined when the text is not a placeholder.
 * Source: CELL_PLACEHOLDERS. Ignores case, surrounding spaces and repeated inner spaces.
 * Bad input (not text): undefined.
 * @example readPlaceholder(" N/A ") // "not-available"
 */
export function readPlaceholder(text: string): GapReason | undefined {
  if (typeof text !== "string") return undefined;
  return BY_TEXT.get(text.trim().replace(/\s+/g, " ").toLowerCase());
}
