import {
  finiteValues,
  isFiniteNumber,
  leastSquaresLine,
  leastSquaresSlope,
  mean,
} from "../../../src/core/numbers";

describe("mean", () => {
  test.each<[string, readonly (number | null)[], number | null]>([
    ["gaps left out: (2 + 4 + 9) / 3", [2, null, 4, 9], 5],
    ["Excel AVERAGE(10,12,11,13) = 11.5", [10, 12, 11, 13], 11.5],
    ["one value", [7], 7],
    ["NaN and infinities are gaps", [NaN, 3, Infinity, -Infinity, 5], 4],
    ["empty", [], null],
    ["gaps only", [null, NaN], null],
    ["a sum that would overflow still averages", [Number.MAX_VALUE, Number.MAX_VALUE], Number.MAX_VALUE],
  ])("%s", (_label, values, expected) => {
    expect(mean(values)).toBe(expected);
  });
});

describe("finiteValues / isFiniteNumber", () => {
  test("keeps finite numbers in order", () => {
    expect(finiteValues([3, null, NaN, 4, undefined, -Infinity, 0])).toEqual([3, 4, 0]);
  });
  test.each<[unknown, boolean]>([
    [0, true],
    [-2.5, true],
    [NaN, false],
    [Infinity, false],
    [null, false],
    ["5", false],
  ])("isFiniteNumber(%p) = %p", (value, expected) => {
    expect(isFiniteNumber(value)).toBe(expected);
  });
});

describe("leastSquaresSlope / leastSquaresLine", () => {
  test("Excel SLOPE({3,5,4,8},{1,2,3,4}) = 1.4 and INTERCEPT = 1.5", () => {
    // x̄ = 2.5, ȳ = 5; Σ(x−x̄)(y−ȳ) = 3 + 0 − 0.5 + 4.5 = 7; Σ(x−x̄)² = 5; slope 7/5 = 1.4;
    // intercept = 5 − 1.4 × 2.5 = 1.5.
    const line = leastSquaresLine([
      [1, 3],
      [2, 5],
      [3, 4],
      [4, 8],
    ]);
    expect(line?.slope).toBeCloseTo(1.4, 12);
    expect(line?.intercept).toBeCloseTo(1.5, 12);
  });

  test("points on a line: slope 2, intercept 1", () => {
    expect(
      leastSquaresLine([
        [0, 1],
        [1, 3],
        [2, 5],
      ]),
    ).toEqual({ slope: 2, intercept: 1 });
  });

  test("uneven x spacing: (1,10), (2,12), (4,16) has slope 2 (x̄ = 7/3 rounds, so to 12 places)", () => {
    expect(
      leastSquaresSlope([
        [1, 10],
        [2, 12],
        [4, 16],
      ]),
    ).toBeCloseTo(2, 12);
  });

  test("the JSDoc example: (1,10), (3,14), (5,18) has slope exactly 2", () => {
    expect(
      leastSquaresSlope([
        [1, 10],
        [3, 14],
        [5, 18],
      ]),
    ).toBe(2);
  });

  test.each<[string, readonly (readonly [number, number])[]]>([
    ["no points", []],
    ["one point", [[1, 5]]],
    [
      "all x equal (Excel #DIV/0!)",
      [
        [2, 1],
        [2, 3],
      ],
    ],
    [
      "only one finite point",
      [
        [1, NaN],
        [2, 3],
      ],
    ],
  ])("%s gives null", (_label, points) => {
    expect(leastSquaresSlope(points)).toBeNull();
  });
});
