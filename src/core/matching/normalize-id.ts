/**
 * Writes an indicator id one way: trimmed, lower case, with no spaces ("NI 62" and "ni62"
 * are the same id), and whole numbers as numbers (3, "3", "03" and "3.0" are the same id).
 *
 * Bad input: anything but text or a finite number, and blank text, get "".
 *
 * @example normalizeId(" NI 62 ") // "ni62"
 * @example normalizeId(3) // "3"
 * @example normalizeId("03") // "3"
 */
export function normalizeId(id: string | number): string {
  if (typeof id === "number") return Number.isFinite(id) ? String(id) : "";
  if (typeof id !== "string") return "";
  const text = id.replace(/\s+/g, "").toLowerCase();
  if (/^\d+(\.0+)?$/.test(text)) return String(Number(text));
  return text;
}
