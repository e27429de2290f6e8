import { compareWithin, isAtLeast, isAtMost, nearlyEqual, RELATIVE_EPSILON } from "../../../src/core/numbers";

describe("nearlyEqual", () => {
  // Hand check: |a - b| <= 1e-9 * max(|a|, |b|), no absolute floor.
  test.each<[string, number, number, boolean]>([
    ["13 × (1 − 0.1) vs typed 11.7 (11.700000000000001 in doubles)", 13 * (1 - 0.1), 11.7, true],
    ["0.1 + 0.2 vs 0.3", 0.1 + 0.2, 0.3, true],
    ["74 × 0.95 vs 70.3", 74 * 0.95, 70.3, true],
    ["70.3 vs 70.31", 70.3, 70.31, false],
    ["1e-10 vs 0: no absolute floor, 0 equals only 0", 1e-10, 0, false],
    ["0.1 + 0.2 − 0.3 (5.55e-17) vs 0", 0.1 + 0.2 - 0.3, 0, false],
    ["0 vs −0", 0, -0, true],
    ["small rates stay apart: 1e-12 vs 2e-12", 1e-12, 2e-12, false],
    ["small rates 3e-10 vs 3e-10 × (1 + 5e-10) (relative 5e-10)", 3e-10, 3e-10 * (1 + 5e-10), true],
    ["3e-10 vs 3.01e-10 (relative 3.3e-3)", 3e-10, 3.01e-10, false],
    ["1e12 vs 1e12 + 1 (relative 1e-12)", 1e12, 1e12 + 1, true],
    ["1e12 vs 1e12 + 10000 (relative 1e-8)", 1e12, 1e12 + 10000, false],
    ["equal infinities", Infinity, Infinity, true],
    ["opposite infinities", Infinity, -Infinity, false],
    ["infinity vs a large number", Infinity, 1e308, false],
    ["NaN vs NaN", NaN, NaN, false],
    ["NaN vs 0", NaN, 0, false],
    ["largest doubles of opposite sign (difference overflows)", Number.MAX_VALUE, -Number.MAX_VALUE, false],
  ])("%s", (_label, a, b, expected) => {
    expect(nearlyEqual(a, b)).toBe(expected);
    expect(nearlyEqual(b, a)).toBe(expected);
  });

  test("the epsilon is 1e-9", () => {
    expect(RELATIVE_EPSILON).toBe(1e-9);
  });
});

describe("compareWithin", () => {
  test.each<[number, number, -1 | 0 | 1 | null]>([
    [2, 1, 1],
    [1, 2, -1],
    [11.7, 13 * (1 - 0.1), 0],
    [0.30000000000000004, 0.3, 0],
    [-Infinity, 0, -1],
    [Infinity, 0, 1],
    [NaN, 1, null],
    [1, NaN, null],
  ])("compareWithin(%p, %p) = %p", (a, b, expected) => {
    expect(compareWithin(a, b)).toBe(expected);
  });
});

describe("isAtLeast / isAtMost", () => {
  test.each<[number, number, boolean, boolean]>([
    // a, b, a >= b, a <= b
    [11.7, 13 * (1 - 0.1), true, true], // 11.7 < 11.700000000000001 in doubles, but level
    [5, 4, true, false],
    [4, 5, false, true],
    [0.3, 0.1 + 0.2, true, true],
    [NaN, 1, false, false],
    [1, NaN, false, false],
  ])("a = %p, b = %p", (a, b, atLeast, atMost) => {
    expect(isAtLeast(a, b)).toBe(atLeast);
    expect(isAtMost(a, b)).toBe(atMost);
  });
});
