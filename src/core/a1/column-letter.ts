/** The last column Excel allows (XFD), zero-based. Source: Excel specifications and limits. */
export const LAST_EXCEL_COLUMN = 16383;

/**
 * Turns a zero-based column index into Excel column letters (0 -> "A", 25 -> "Z", 26 -> "AA").
 *
 * Bad input: a negative, fractional, non-finite or non-number index, or one past Excel's
 * last column (XFD = 16383), gets the empty string.
 *
 * @example columnLetter(0) // "A"
 * @example columnLetter(26) // "AA"
 * @example columnLetter(16383) // "XFD"
 */
export function columnLetter(index0: number): string {
  if (typeof index0 !== "number" || !Number.isInteger(index0) || index0 < 0 || index0 > LAST_EXCEL_COLUMN)
    return "";
  let letters = "";
  let rest = index0 + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}
