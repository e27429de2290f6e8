/**
 * The named outcome of reading one messy cell: a number, a gap, or "cannot read".
 * Never a silent zero. Produced by `readCell` (read-cell.ts).
 */

/** How a number was written, so the caller can rescale or flag it. */
export type NumberUnit = "plain" | "percent" | "currency";

export interface NumberReading {
  readonly kind: "number";
  /**
   * The value. Percentages are fractions (97% -> 0.97), as Excel stores them;
   * currency is in whole units ((£41k) -> -41000).
   */
  readonly value: number;
  readonly unit: NumberUnit;
  /** Extra text that was ignored, e.g. the "(1603)" count in "7.0% (1603)". */
  readonly note?: string;
}

export const GAP_REASONS = ["blank", "not-available", "awaiting-data", "not-known", "suppressed"] as const;
export type GapReason = (typeof GAP_REASONS)[number];

export interface GapReading {
  readonly kind: "gap";
  readonly reason: GapReason;
  /** The text as typed, e.g. "N/A"; empty for a blank cell. */
  readonly text: string;
}

export const UNREADABLE_REASONS = [
  "formula-error", // #DIV/0!, #N/A, #REF!, #NAME? ...
  "rag-word", // "Amber" where a number belongs
  "multiple-values", // "LAC: 3.5% BME: 33.2%"
  "text", // words with a number inside, e.g. "100% by 2015"
  "not-numeric", // anything else: words, booleans, dates
] as const;
export type UnreadableReason = (typeof UNREADABLE_REASONS)[number];

export interface UnreadableReading {
  readonly kind: "unreadable";
  readonly reason: UnreadableReason;
  readonly text: string;
  /** Plain English: what is wrong with the cell. */
  readonly message: string;
  /** For "text" and "multiple-values": the first number found, when there is one. */
  readonly firstNumber?: number;
}

export type CellReading = NumberReading | GapReading | UnreadableReading;
