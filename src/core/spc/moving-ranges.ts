import { isFiniteNumber } from "../numbers";

/**
 * Moving ranges of a series: MR_i = |x_i − x_(i−1)|, one fewer than the values.
 *
 * Source: docs/rules.md, "SPC" (XmR chart); MDC; NHSRplotthedots `abs(diff(y))`.
 * Position i − 1 of the answer is the range ending at value i.
 * Bad input: a range next to a non-finite value is NaN (mean() then skips it); fewer than 2
 * values give []. The input is not changed.
 *
 * @example movingRanges([10, 13, 11, 11]) // [3, 2, 0]
 */
export function movingRanges(values: readonly number[]): number[] {
  const ranges: number[] = [];
  const list = values ?? [];
  for (let i = 1; i < list.length; i += 1) {
    const current = list[i];
    const previous = list[i - 1];
    ranges.push(isFiniteNumber(current) && isFiniteNumber(previous) ? Math.abs(current - previous) : NaN);
  }
  return ranges;
}
