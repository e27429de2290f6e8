import { percentOfTarget, toleranceWidth } from "../../../src/core/rag";

describe("percentOfTarget (CAMMS score)", () => {
  // Hand worked: higher = a/t, lower = 2 − a/t (docs/rules.md, "RAG against a target").
  test.each<[string, number | null, number | null, "higher" | "lower" | "target" | "neutral", number | null]>(
    [
      ["higher 90 of 100 = 0.9", 90, 100, "higher", 0.9],
      ["higher on target = 1", 74, 74, "higher", 1],
      ["higher 0 of 100 = 0", 0, 100, "higher", 0],
      ["lower 90 vs 100 = 2 − 0.9 = 1.1", 90, 100, "lower", 1.1],
      ["lower 150 vs 100 = 2 − 1.5 = 0.5", 150, 100, "lower", 0.5],
      ["lower on target = 1", 8, 8, "lower", 1],
      ["target 0: no division", 5, 0, "higher", null],
      ["target 0 for lower: no division", 5, 0, "lower", null],
      ["no actual", null, 100, "higher", null],
      ["no target", 90, null, "higher", null],
      ["NaN actual", NaN, 100, "lower", null],
      ["neutral has no score", 90, 100, "neutral", null],
      ["target polarity has no score", 90, 100, "target", null],
      ["overflow gives null", 1e308, 1e-308, "higher", null],
    ],
  )("%s", (_label, actual, target, polarity, expected) => {
    const score = percentOfTarget(actual, target, polarity);
    if (expected === null) expect(score).toBeNull();
    else expect(score).toBeCloseTo(expected, 12);
  });
});

describe("toleranceWidth", () => {
  test.each<[number, number, "relative" | "absolute", number]>([
    [74, 0.05, "relative", 74 * 0.05],
    [-10, 0.1, "relative", 1],
    [0, 0.05, "relative", 0],
    [74, 2, "absolute", 2],
    [74, -1, "absolute", 0],
    [74, NaN, "relative", 0],
    [NaN, 0.05, "relative", 0],
  ])("toleranceWidth(%p, %p, %p) = %p", (target, tolerance, mode, expected) => {
    expect(toleranceWidth(target, tolerance, mode)).toBe(expected);
  });
});
