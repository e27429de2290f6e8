/**
 * The cells generated sheets are made of, one way each: labels, user text (always text, never
 * a formula), header rows, numbers with their format.
 */
import type { PlannedCell } from "./plan";
import { HEADER_COLOURS } from "./rag-colours";

export type Row = (PlannedCell | null)[];

/** Our own words (titles, labels, icons). */
export const label = (value: string, more: Partial<PlannedCell> = {}): PlannedCell => ({ value, ...more });
/** Text that came from the user's workbook: always written as text, never as a formula. */
export const userText = (value: string): PlannedCell => ({ value, asText: true });
/** Long user text (names, commentary, messages): as text, wrapped. */
export const longText = (value: string): PlannedCell => ({ value, asText: true, wrap: true });
/** A table's header row. */
export const header = (titles: readonly string[]): Row =>
  titles.map((t) => ({ value: t, bold: true, fill: HEADER_COLOURS.fill, fontColor: HEADER_COLOURS.font }));
/** A number in a format; a blank for null. */
export const num = (value: number | null, numberFormat = "General"): PlannedCell | null =>
  value === null ? null : { value, numberFormat };
