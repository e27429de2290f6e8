import { cellAddress } from "./cell-address";
import type { CellRange } from "./parse-range";

/**
 * Writes zero-based range bounds as an A1 range ("D1:F2"), or a single address when the
 * range is one cell ("B3"). The inverse of `parseRange`.
 *
 * Bad input: bounds that are not whole numbers inside Excel's grid get the empty string;
 * corners the wrong way round are put in order.
 *
 * @example formatRange({ top: 0, left: 3, bottom: 1, right: 5 }) // "D1:F2"
 * @example formatRange({ top: 2, left: 1, bottom: 2, right: 1 }) // "B3"
 */
export function formatRange(range: CellRange): string {
  if (typeof range !== "object" || range === null) return "";
  const top = Math.min(range.top, range.bottom);
  const bottom = Math.max(range.top, range.bottom);
  const left = Math.min(range.left, range.right);
  const right = Math.max(range.left, range.right);
  const start = cellAddress(top, left);
  const end = cellAddress(bottom, right);
  if (start === "" || end === "") return "";
  return start === end ? start : `${start}:${end}`;
}
