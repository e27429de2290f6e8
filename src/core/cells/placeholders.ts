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
 * Source: the samples (`na`, `N/A`, `-`, `tbc`, `To come`, `??`, `Not known`) and docs/rules.md
 * "Messy cells"; `x`/`c` are the DfE suppression marks, `..` the DfE/ONS "not available" mark,
 * `[c]`, `[x]`, `[z]`, `[low]` the GSS shorthand symbols, `~` the DfE "rounds to zero" mark.
 * Small numbers written as `<5` are read by SMALL_NUMBER_SUPPRESSED, not listed here.
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
  { text: "to be agreed", reason: "awaiting-data", source: "plans with trajectories (issue 13)" },
  { text: "tbd", reason: "awaiting-data", source: "plans with trajectories (issue 13)" },
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
  { text: "~", reason: "suppressed", source: "DfE statistics: a small number, rounds to zero" },
  { text: "[low]", reason: "suppressed", source: "GSS shorthand: below half the smallest unit shown" },
  { text: "[w]", reason: "suppressed", source: "GSS shorthand: no or few cases" },
  { text: "[x]", reason: "not-available", source: "GSS shorthand: not available" },
  { text: "[z]", reason: "not-available", source: "GSS shorthand: not applicable" },
];

/**
 * A small number withheld and shown only as a bound: `<5`, `< 10`, `<0.5%`, `≤3`.
 * Source: NHS and DfE tables suppress counts below a threshold and print "<5" instead.
 */
const SMALL_NUMBER_SUPPRESSED = /^[<\u2264]\s*\d+(?:\.\d+)?\s*%?$/;
/** Longest `<5`-style text tried (keeps the match short on long cells). */
const MAX_BOUND_TEXT = 24;

const BY_TEXT: ReadonlyMap<string, GapReason> = new Map(CELL_PLACEHOLDERS.map((p) => [p.text, p.reason]));

/**
 * The gap a placeholder word stands for, or undefined when the text is not a placeholder.
 * Source: CELL_PLACEHOLDERS, and SMALL_NUMBER_SUPPRESSED for `<5`. Ignores case, surrounding
 * spaces and repeated inner spaces.
 * Bad input (not text): undefined.
 * @example readPlaceholder(" N/A ") // "not-available"
 * @example readPlaceholder("<5") // "suppressed"
 */
export function readPlaceholder(text: string): GapReason | undefined {
  if (typeof text !== "string") return undefined;
  const tidy = text.trim().replace(/\s+/g, " ").toLowerCase();
  return (
    BY_TEXT.get(tidy) ??
    (tidy.length <= MAX_BOUND_TEXT && SMALL_NUMBER_SUPPRESSED.test(tidy) ? "suppressed" : undefined)
  );
}

/** What each kind of gap means, in the words a finding or a function message uses. */
const GAP_MEANINGS: Readonly<Record<GapReason, string>> = {
  blank: "blank",
  "not-available": "not available",
  "awaiting-data": "awaiting data",
  "not-known": "not known",
  suppressed: "suppressed (withheld to protect confidentiality)",
};

/**
 * Plain words for a gap, naming a small-number bound when the text gives one.
 * Source: GAP_MEANINGS. Bad input: "blank".
 * @example describeGap("suppressed", "<5") // "suppressed (a small number, below 5)"
 */
export function describeGap(reason: GapReason, text: string): string {
  if (reason === "suppressed") {
    const tidy = typeof text === "string" ? text.trim().replace(/\s+/g, "") : "";
    if (SMALL_NUMBER_SUPPRESSED.test(tidy))
      return `suppressed (a small number, ${tidy.startsWith("<") ? "below" : "at most"} ${tidy.slice(1)})`;
  }
  return GAP_MEANINGS[reason] ?? GAP_MEANINGS.blank;
}
