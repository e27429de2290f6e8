/** The three colours a RAG cell may name. */
export type RagWord = "Green" | "Amber" | "Red";

const SINGLE: ReadonlyMap<string, RagWord> = new Map([
  ["green", "Green"],
  ["g", "Green"],
  ["amber", "Amber"],
  ["a", "Amber"],
  ["red", "Red"],
  ["r", "Red"],
]);

/**
 * Reads a typed RAG colour: Green/Amber/Red or G/A/R, in any case, spaces ignored.
 * Source: council scorecards (the sample's "Overall Progress" column); used by readCell to
 * spot a colour typed where a number belongs, and by validation for the entered-RAG column.
 * Bad input (not text, a blended rating such as "A/G", other words): undefined.
 * @example readRagWord(" amber ") // "Amber"
 */
export function readRagWord(text: string): RagWord | undefined {
  if (typeof text !== "string") return undefined;
  return SINGLE.get(text.trim().toLowerCase());
}

/**
 * True when the text is a RAG rating, including blended five-point ratings ("Amber/Green",
 * "A/G", "Red-Amber") and BRAG "Blue" (complete).
 * Source: council five-point RAG scales (Red, Red/Amber, Amber, Amber/Green, Green) and BRAG.
 * Bad input (not text): false.
 * @example looksLikeRagRating("A/G") // true
 */
export function looksLikeRagRating(text: string): boolean {
  if (typeof text !== "string") return false;
  const parts = text
    .trim()
    .toLowerCase()
    .split(/\s*[/\\\-\u2013&]\s*|\s+/);
  if (parts.length === 0 || parts.length > 3) return false;
  return parts.every((part) => SINGLE.has(part) || part === "blue");
}
