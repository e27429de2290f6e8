import { isFiniteNumber } from "./is-finite-number";

/**
 * The finite numbers of a series, in order, with gaps (null, undefined, NaN, ±Infinity) left out.
 *
 * Source: docs/rules.md, "Direction of travel": gaps are skipped, never read as zeros.
 * Bad input: an empty array (or one of gaps only) gives []; the input is not changed.
 *
 * @example finiteValues([3, null, NaN, 4]) // [3, 4]
 */
export function finiteValues(values: readonly (number | null | undefined)[]): number[] {
  const result: number[] = [];
  for (const value of values ?? []) {
    if (isFiniteNumber(value)) result.push(value);
  }
  return result;
}
