import { LAST_EXCEL_COLUMN } from "./column-letter";

/**
 * Turns Excel column letters into a zero-based column index ("A" -> 0, "AA" -> 26).
 * Case and surrounding spaces are ignored, and so is an absolute marker ("$C").
 *
 * Bad input: anything that is not 1–3 letters naming a column up to XFD (digits, spaces
 * inside, "XFE", non-strings) gets undefined.
 *
 * @example columnIndex("AA") // 26
 * @example columnIndex("$c") // 2
 * @example columnIndex("A1") // undefined
 */
export function columnIndex(letters: string): number | undefined {
  if (typeof letters !== "string") return undefined;
  const text = letters.trim().replace(/^\$/, "").toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(text)) return undefined;
  let index = 0;
  for (const ch of text) index = index * 26 + (ch.charCodeAt(0) - 64);
  index -= 1;
  return index <= LAST_EXCEL_COLUMN ? index : undefined;
}
