import { finiteValues } from "../numbers";

/** Which quartile: 0 minimum, 1 first quartile, 2 median, 3 third quartile, 4 maximum (Excel `quart`). */
export type Quart = 0 | 1 | 2 | 3 | 4;

/**
 * Quartile of a set of values, exactly as Excel QUARTILE.INC (R quantile type 7).
 *
 * Source: Excel QUARTILE.INC; docs/rules.md, "Benchmarks" (quartile bands as QUARTILE.INC).
 * Sorted ascending, position h = (n − 1) × quart / 4 (0-based); the answer interpolates linearly
 * between the values either side of h: x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋ + 1] − x[⌊h⌋]).
 * The input is copied before sorting, never changed.
 * Bad input: NaN and ±Infinity are left out (as Excel skips blanks and text in a range); no
 * values left gives null; a fractional `quart` is truncated like Excel, and one outside 0–4
 * (Excel's #NUM!) or NaN gives null.
 *
 * @example quartileInc([1, 2, 3, 4], 1) // 1.75 (Excel)
 * @example quartileInc([7, 9, 15, 16, 23, 28, 36, 40, 42], 3) // 36
 */
export function quartileInc(values: readonly number[], quart: Quart): number | null {
  const whole = Math.trunc(quart);
  if (!(whole >= 0 && whole <= 4)) return null;
  const sorted = finiteValues(values).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;

  const h = ((n - 1) * whole) / 4;
  const below = Math.floor(h);
  const fraction = h - below;
  const lower = sorted[below];
  if (lower === undefined) return null;
  const upper = sorted[below + 1];
  if (fraction === 0 || upper === undefined) return lower;
  return lower + fraction * (upper - lower);
}
