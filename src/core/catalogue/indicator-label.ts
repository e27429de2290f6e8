import { CATALOGUE_MESSAGES } from "./messages";

/**
 * How a message names an indicator of the data being loaded: 'Indicator "CS-IA"', or
 * 'Indicator 4 (no id)' when the entry has no usable id yet.
 * Source: house style (name the thing the user knows, not a JSON index).
 * Bad input (no such entry, not a catalogue): the numbered form.
 * @example indicatorLabel({ indicators: [{ id: "CS-IA" }] }, 0) // 'Indicator "CS-IA"'
 */
export function indicatorLabel(data: unknown, index: number): string {
  const indicators =
    typeof data === "object" && data !== null ? (data as { indicators?: unknown }).indicators : undefined;
  const entry: unknown = Array.isArray(indicators) ? indicators[index] : undefined;
  const id: unknown =
    typeof entry === "object" && entry !== null ? (entry as { id?: unknown }).id : undefined;
  return CATALOGUE_MESSAGES.indicatorPrefix(
    typeof id === "string" && id.trim() !== "" ? id : undefined,
    index + 1,
  );
}
