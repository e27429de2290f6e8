import { benchmarkGap, neighbourMean } from "../../../src/core/benchmark";
import type { GapMode, Polarity } from "../../../src/core/words";

describe("benchmarkGap — positive means better than the benchmark (DfE LAIT)", () => {
  test.each<[string, number | null, number | null, Polarity, GapMode, number | null]>([
    ["higher, above: 70 − 65 = 5", 70, 65, "higher", "points", 5],
    ["higher, below: 60 − 65 = −5", 60, 65, "higher", "points", -5],
    ["lower, below is better: 10 − 8 = 2", 8, 10, "lower", "points", 2],
    ["lower, above is worse: 10 − 12 = −2", 12, 10, "lower", "points", -2],
    ["neutral: raw actual − benchmark = 2", 12, 10, "neutral", "points", 2],
    ["target: raw actual − benchmark = 2", 12, 10, "target", "points", 2],
    ["points with benchmark 0 is fine: 5", 5, 0, "higher", "points", 5],
    ["percent, higher: (70 − 50) / 50 = 0.4", 70, 50, "higher", "percent", 0.4],
    ["percent, lower: (10 − 8) / 10 = 0.2", 8, 10, "lower", "percent", 0.2],
    ["percent, lower worse: (10 − 12) / 10 = −0.2", 12, 10, "lower", "percent", -0.2],
    ["percent, negative benchmark: (−4 − −5) / |−5| = 0.2 (still better)", -4, -5, "higher", "percent", 0.2],
    ["percent, benchmark 0: no division", 5, 0, "higher", "percent", null],
    ["no actual", null, 10, "higher", "points", null],
    ["no benchmark", 10, null, "lower", "percent", null],
    ["NaN actual", NaN, 10, "higher", "points", null],
    ["infinite benchmark", 10, Infinity, "higher", "points", null],
  ])("%s", (_label, actual, benchmark, polarity, mode, expected) => {
    const gap = benchmarkGap(actual, benchmark, polarity, mode);
    if (expected === null) expect(gap).toBeNull();
    else expect(gap).toBeCloseTo(expected, 12);
  });

  test("mode defaults to points", () => {
    expect(benchmarkGap(70, 65, "higher")).toBe(5);
  });
});

describe("neighbourMean — simple mean, missing neighbours left out", () => {
  test.each<[string, readonly (number | null)[], number | null]>([
    ["(61 + 64 + 67) / 3 = 64", [61, null, 64, 67], 64],
    // 10 neighbours, 2 missing: (23.5+19.8+21.2+25.0+18.7+22.4+20.1+24.3) / 8 = 175 / 8 = 21.875
    [
      "10 neighbours, 2 missing: 21.875",
      [23.5, 19.8, null, 21.2, 25.0, 18.7, 22.4, null, 20.1, 24.3],
      21.875,
    ],
    ["NaN is missing", [NaN, 5], 5],
    ["none", [], null],
    ["all missing", [null, null], null],
  ])("%s", (_label, values, expected) => {
    const result = neighbourMean(values);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 12);
  });
});
