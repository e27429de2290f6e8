import { mean } from "../numbers";

/**
 * Statistical-neighbour average: the simple mean of the neighbours' values, missing ones left out.
 *
 * Source: docs/rules.md, "Benchmarks" (DfE LAIT statistical-neighbour average); same as Excel
 * AVERAGE over the neighbours' cells, which skips blanks.
 * Bad input: null, NaN and ±Infinity are missing neighbours; no numeric neighbour gives null.
 *
 * @example neighbourMean([61, null, 64, 67]) // 64
 * @example neighbourMean([null, null]) // null
 */
export function neighbourMean(values: readonly (number | null)[]): number | null {
  return mean(values);
}
