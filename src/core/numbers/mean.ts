import { finiteValues } from "./finite-values";

/**
 * Arithmetic mean of the finite values (Excel AVERAGE: sum ÷ count), gaps left out.
 *
 * Source: Excel AVERAGE, which ignores blanks and text in a range.
 * Bad input: null, undefined, NaN and ±Infinity are gaps; no finite value gives null.
 * A sum that would overflow is averaged step by step instead, so the answer stays finite.
 *
 * @example mean([2, null, 4, 9]) // 5
 * @example mean([]) // null
 */
export function mean(values: readonly (number | null | undefined)[]): number | null {
  const numbers = finiteValues(values);
  if (numbers.length === 0) return null;
  let sum = 0;
  for (const value of numbers) sum += value;
  const average = sum / numbers.length;
  if (Number.isFinite(average)) return average;
  // Overflow (e.g. two values near 1.7e308): running mean never exceeds the largest value.
  let running = 0;
  numbers.forEach((value, index) => {
    running += (value - running) / (index + 1);
  });
  return running;
}
