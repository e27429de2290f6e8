import { fitLine, forecastLinear, valueOnLine } from "../../../src/core/trajectory";

// docs/rules.md, "Baseline forecast": least squares with x = position, gaps keep their place.
describe("fitLine", () => {
  test("{10,12,gap,16}: x = 1, 2, 4; slope 2, intercept 8, an exact fit", () => {
    const fit = fitLine([10, 12, null, 16])!;
    expect(fit.slope).toBeCloseTo(2, 14);
    expect(fit.intercept).toBeCloseTo(8, 13);
    expect(fit).toMatchObject({ count: 3, firstPosition: 1, lastPosition: 4 });
    expect(fit.meanX).toBeCloseTo(7 / 3, 14);
    expect(fit.sxx).toBeCloseTo(42 / 9, 13);
    expect(fit.residualStandardError).toBeCloseTo(0, 12);
  });

  test("{10,12,11,13,12}: slope 0.5, intercept 10.1, residuals ±0.6/0.9, s = √(2.7 ÷ 3) = √0.9", () => {
    const fit = fitLine([10, 12, 11, 13, 12])!;
    expect(fit.slope).toBeCloseTo(0.5, 14);
    expect(fit.intercept).toBeCloseTo(10.1, 14);
    expect(fit.meanX).toBe(3);
    expect(fit.meanY).toBeCloseTo(11.6, 14);
    expect(fit.sxx).toBe(10);
    expect(fit.residualSumOfSquares).toBeCloseTo(2.7, 13);
    expect(fit.residualStandardError).toBeCloseTo(Math.sqrt(0.9), 14);
    expect(valueOnLine(fit, 6)).toBeCloseTo(13.1, 13);
  });

  test("two points: a line always fits them, so there is no scatter to measure (s is null)", () => {
    expect(fitLine([3, 5])).toMatchObject({ slope: 2, count: 2, residualStandardError: null });
  });

  test.each<[string, readonly (number | null)[]]>([
    ["no values", []],
    ["one value", [5]],
    ["one value among gaps", [null, 5, NaN, Infinity, -Infinity]],
    ["overflowing values", [1e308, -1e308, 1e308]],
  ])("%s: undefined", (_label, values) => {
    expect(fitLine(values)).toBeUndefined();
  });

  test("not an array: undefined", () => {
    expect(fitLine(undefined as unknown as number[])).toBeUndefined();
  });
});

describe("forecastLinear", () => {
  test.each<[string, readonly (number | null)[], number, number[]]>([
    ["one period ahead of {10,12,gap,16}: x = 5", [10, 12, null, 16], 1, [18]],
    ["three periods ahead: x = 5, 6, 7", [10, 12, null, 16], 3, [18, 20, 22]],
    ["{10,14,12,16}: 13 + 1.6 × 2.5", [10, 14, 12, 16], 1, [17]],
    ["gaps after the latest value are periods to come", [10, 12, 14, null, null], 2, [16, 18]],
    ["gaps before the first value change nothing", [null, null, 10, 12, 14], 2, [16, 18]],
    ["a falling line", [5, null, 1], 2, [-1, -3]],
    ["flat", [42, 42, 42], 2, [42, 42]],
    ["two points", [75, 71, 73], 3, [71, 70, 69]],
  ])("%s", (_label, values, ahead, expected) => {
    const forecasts = forecastLinear(values, ahead)!;
    expect(forecasts).toHaveLength(expected.length);
    forecasts.forEach((f, i) => expect(f).toBeCloseTo(expected[i]!, 12));
  });

  test("the documented examples are exact in binary, as the docs show them", () => {
    expect(forecastLinear([10, 12, null, 16], 3)).toEqual([18, 20, 22]);
    expect(forecastLinear([10, 14, 12, 16], 1)).toEqual([17]);
    expect(forecastLinear([75, 71, 73], 3)).toEqual([71, 70, 69]);
  });

  test.each<[string, readonly (number | null)[], number]>([
    ["one number", [5, null], 1],
    ["no numbers", [], 1],
    ["0 periods ahead", [1, 2, 3], 0],
    ["negative periods ahead", [1, 2, 3], -1],
    ["a fraction of a period", [1, 2, 3], 1.5],
    ["NaN periods", [1, 2, 3], NaN],
    ["more than 1000 periods", [1, 2, 3], 1001],
  ])("%s: undefined", (_label, values, ahead) => {
    expect(forecastLinear(values, ahead)).toBeUndefined();
  });

  test("1000 periods ahead is allowed", () => {
    expect(forecastLinear([1, 2], 1000)).toHaveLength(1000);
  });
});
