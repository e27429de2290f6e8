import { directionOfTravel, directionOfTravelUpTo } from "../../../src/core/trend";
import type { Direction, Polarity, TrendMethod } from "../../../src/core/words";

type Row = [label: string, values: readonly (number | null)[], polarity: Polarity, expected: Direction];

describe("directionOfTravel — previous (latest vs the value before it)", () => {
  test.each<Row>([
    ["higher, up: 60 -> 64 is Improving", [60, 64], "higher", "Improving"],
    ["higher, down: 64 -> 60 is Worsening", [64, 60], "higher", "Worsening"],
    ["lower, up: 60 -> 64 is Worsening", [60, 64], "lower", "Worsening"],
    ["lower, down: 64 -> 60 is Improving", [64, 60], "lower", "Improving"],
    ["only the last two count: 10, 50, 40 higher is Worsening", [10, 50, 40], "higher", "Worsening"],
    ["a gap is skipped, not a zero: 60, null, 64", [60, null, 64], "higher", "Improving"],
    ["a trailing gap is skipped: 60, 64, null", [60, 64, null], "higher", "Improving"],
    ["NaN is a gap: 64, NaN, 60", [64, NaN, 60], "higher", "Worsening"],
    ["equal values: No change", [60, 60], "higher", "No change"],
    ["0.1 + 0.2 vs 0.3 is level", [0.1 + 0.2, 0.3], "lower", "No change"],
    ["neutral up", [1, 2], "neutral", "Up"],
    ["neutral down", [2, 1], "neutral", "Down"],
    ["neutral level", [2, 2], "neutral", "No change"],
    ["one point", [5], "higher", "Not enough data"],
    ["no points", [], "higher", "Not enough data"],
    ["one numeric point among gaps", [null, 5, null, NaN, Infinity], "lower", "Not enough data"],
  ])("%s", (_label, values, polarity, expected) => {
    expect(directionOfTravel(values, polarity)).toBe(expected);
    expect(directionOfTravel(values, polarity, "previous")).toBe(expected);
  });
});

describe("directionOfTravel — average (latest vs mean of up to N earlier values)", () => {
  test.each<[string, readonly (number | null)[], Polarity, number, Direction]>([
    // mean(10,12,11,13) = 11.5; 9 < 11.5
    ["lower, 9 vs mean of 4 = 11.5 is Improving", [10, 12, 11, 13, 9], "lower", 4, "Improving"],
    ["higher, 9 vs 11.5 is Worsening", [10, 12, 11, 13, 9], "higher", 4, "Worsening"],
    // previous says 25 < 30 (Worsening); mean(10,20,30) = 20 and 25 > 20
    [
      "average and previous can disagree: 25 vs mean(10,20,30) = 20",
      [10, 20, 30, 25],
      "higher",
      4,
      "Improving",
    ],
    // only 2 earlier: mean(11,13) = 12; 9 < 12
    ["periods 2: 9 vs mean(11,13) = 12", [10, 12, 11, 13, 9], "higher", 2, "Worsening"],
    ["periods larger than the history uses all: 25 vs 20", [10, 20, 30, 25], "higher", 10, "Improving"],
    // periods 0 -> 1: 25 vs 30
    ["periods 0 counts as 1 (same as previous)", [10, 20, 30, 25], "higher", 0, "Worsening"],
    ["periods −3 counts as 1", [10, 20, 30, 25], "higher", -3, "Worsening"],
    ["periods NaN counts as 1", [10, 20, 30, 25], "higher", NaN, "Worsening"],
    // 2.9 -> 2: mean(20,30) = 25 = latest
    [
      "periods 2.9 rounds down to 2: 25 vs mean(20,30) = 25 is No change",
      [10, 20, 30, 25],
      "higher",
      2.9,
      "No change",
    ],
    // gaps do not use up periods: the two earlier numeric values are 20 and 30
    [
      "gaps are skipped: [10, null, 20, null, 30, 25] periods 2 is No change",
      [10, null, 20, null, 30, 25],
      "higher",
      2,
      "No change",
    ],
    ["neutral: Up", [10, 20, 30, 25], "neutral", 4, "Up"],
    ["one point", [7], "higher", 4, "Not enough data"],
  ])("%s", (_label, values, polarity, periods, expected) => {
    expect(directionOfTravel(values, polarity, "average", periods)).toBe(expected);
  });
});

describe("directionOfTravel — slope (least squares over the whole series)", () => {
  test.each<Row>([
    // x = 0..4, ȳ = 4; Σ(x−2)(y−4) = 6 + 2 + 0 + 6 + 0 = 14 > 0, though the last step is down.
    ["rising overall though the last step falls: [1,2,3,10,4]", [1, 2, 3, 10, 4], "higher", "Improving"],
    ["same series, lower polarity", [1, 2, 3, 10, 4], "lower", "Worsening"],
    ["falling line", [9, 7, 5, 3], "higher", "Worsening"],
    // Gaps keep their spacing: x = 0, 1, 2, 10; x̄ = 3.25, ȳ = 4.5;
    // Σ(x−x̄)(y−ȳ) = (−3.25)(5.5) + (−2.25)(−4.5) + (−1.25)(−4.5) + (6.75)(3.5) = 21.5 > 0.
    // Squeezing the gaps out (x = 0..3) would give −3 < 0.
    [
      "gaps keep their spacing: [10, 0, 0, 7 gaps, 8] rises",
      [10, 0, 0, null, null, null, null, null, null, null, 8],
      "higher",
      "Improving",
    ],
    ["flat series: No change", [5, 5, 5, 5], "higher", "No change"],
    [
      "flat series of 0.1 (rounding in the mean): No change",
      [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1],
      "lower",
      "No change",
    ],
    ["two points: same as previous", [3, 4], "lower", "Worsening"],
    ["neutral: Down", [9, 7, 5, 3], "neutral", "Down"],
    ["one point", [null, 4], "higher", "Not enough data"],
  ])("%s", (_label, values, polarity, expected) => {
    expect(directionOfTravel(values, polarity, "slope")).toBe(expected);
  });
});

describe("directionOfTravel — target polarity", () => {
  test.each<[string, readonly (number | null)[], TrendMethod, number | undefined, Direction]>([
    ["closer to target 100: 90 -> 95 is Improving", [90, 95], "previous", 100, "Improving"],
    ["further from 100: 95 -> 90 is Worsening", [95, 90], "previous", 100, "Worsening"],
    ["moving down towards 100: 110 -> 102 is Improving", [110, 102], "previous", 100, "Improving"],
    ["overshooting further: 95 -> 110 is Worsening", [95, 110], "previous", 100, "Worsening"],
    ["equally far either side: 95 -> 105 is No change", [95, 105], "previous", 100, "No change"],
    ["level values: No change", [100, 100], "previous", 50, "No change"],
    ["no target: Up", [95, 105], "previous", undefined, "Up"],
    ["no target: Down", [105, 95], "previous", undefined, "Down"],
    ["NaN target: Up", [95, 105], "previous", NaN, "Up"],
    // fitted first = 80, fitted last = 100: |100 − 100| < |80 − 100|
    ["slope: fitted 80 -> 100 reaches target 100", [80, 90, 100], "slope", 100, "Improving"],
    ["slope: fitted 100 -> 120 moves away from 100", [100, 110, 120], "slope", 100, "Worsening"],
    // mean(90, 94) = 92; |97 − 100| = 3 < |92 − 100| = 8
    ["average: 97 vs mean 92, target 100", [90, 94, 97], "average", 100, "Improving"],
    ["one point", [100], "previous", 100, "Not enough data"],
  ])("%s", (_label, values, method, target, expected) => {
    expect(directionOfTravel(values, "target", method, 4, target)).toBe(expected);
  });
});

describe("directionOfTravelUpTo: the first `end` values, without copying", () => {
  test.each([
    [[60, 64, 50], 2, "Improving"], // 64 vs 60; 50 is after the end
    [[60, 64, 50], 3, "Worsening"], // 50 vs 64
    [[60, null, 64, 70], 3, "Improving"], // the gap is skipped
    [[60, 64], 1, "Not enough data"],
    [[60, 64], 0, "Not enough data"],
    [[60, 64], 9, "Improving"], // past the end counts as the whole series
  ] as const)("%j up to %i -> %s", (values, end, expected) => {
    expect(directionOfTravelUpTo(values, end, "higher")).toBe(expected);
  });
});
