import {
  beyondLimits,
  LIMIT_FACTOR,
  MIN_POINTS,
  movingRanges,
  MR_SCREEN_FACTOR,
  pointVariation,
  processLimits,
  RUN_LENGTH,
  shiftRun,
  SPC_COLOURS,
  trendRun,
  TWO_SIGMA_FRACTION,
  twoOfThreeBeyondTwoSigma,
  variationColour,
  type PointFlag,
  type ProcessLimits,
} from "../../../src/core/spc";
import type { Polarity, SpcVariation } from "../../../src/core/words";

describe("constants (docs/rules.md, SPC)", () => {
  test("named once, with the published values", () => {
    expect(LIMIT_FACTOR).toBe(2.66);
    expect(MR_SCREEN_FACTOR).toBe(3.267);
    expect(MIN_POINTS).toBe(13);
    expect(RUN_LENGTH).toBe(7);
    expect(TWO_SIGMA_FRACTION).toBe(2 / 3);
    expect(SPC_COLOURS).toEqual({
      commonCause: "#A6A6A6",
      improvement: "#00B0F0",
      concern: "#E46C0A",
      neutral: "#490092",
    });
  });
});

describe("movingRanges", () => {
  test.each<[readonly number[], number[]]>([
    [
      [10, 13, 11, 11],
      [3, 2, 0],
    ],
    [[5], []],
    [[], []],
    [
      [1, NaN, 3],
      [NaN, NaN],
    ],
    [[1, Infinity], [NaN]],
  ])("movingRanges(%p) = %p", (values, expected) => {
    expect(movingRanges(values)).toEqual(expected);
  });
});

describe("processLimits", () => {
  test("[10,12,11,13]: mean 11.5, mean MR (2+1+2)/3 = 5/3, limits 11.5 ± 2.66 × 5/3", () => {
    const limits = processLimits({ values: [10, 12, 11, 13] });
    expect(limits).not.toBeNull();
    const l = limits as ProcessLimits;
    expect(l.mean).toBe(11.5);
    expect(l.meanMovingRange).toBeCloseTo(5 / 3, 12);
    expect(l.upper).toBeCloseTo(15.933333333333334, 12); // 11.5 + 4.4333…
    expect(l.lower).toBeCloseTo(7.066666666666666, 12);
    expect(l.upperTwoSigma).toBeCloseTo(11.5 + (2 / 3) * 2.66 * (5 / 3), 12); // 14.4555…
    expect(l.lowerTwoSigma).toBeCloseTo(11.5 - (2 / 3) * 2.66 * (5 / 3), 12); // 8.5444…
  });

  test("default: no screening (MDC Excel tools) — the 30 range counts: mean MR (1+1+1+1+30)/5 = 6.8", () => {
    const limits = processLimits({ values: [10, 11, 10, 11, 10, 40] });
    expect(limits?.meanMovingRange).toBeCloseTo(6.8, 12);
    expect(limits?.mean).toBeCloseTo(92 / 6, 12);
  });

  test("screening (NHSRplotthedots): 30 >= 3.267 × 6.8 = 22.2156 is dropped, mean MR becomes 1", () => {
    const limits = processLimits({ values: [10, 11, 10, 11, 10, 40], screenMovingRanges: true });
    expect(limits?.meanMovingRange).toBe(1);
    expect(limits?.mean).toBeCloseTo(92 / 6, 12); // the centre line is not screened
    expect(limits?.upper).toBeCloseTo(92 / 6 + 2.66, 12);
  });

  test("baseline 4 of [10,12,10,12,50,60]: mean 11, mean MR 2, limits 11 ± 5.32", () => {
    const limits = processLimits({ values: [10, 12, 10, 12, 50, 60], baseline: 4 });
    expect(limits?.mean).toBe(11);
    expect(limits?.meanMovingRange).toBe(2);
    expect(limits?.upper).toBeCloseTo(16.32, 12);
    expect(limits?.lower).toBeCloseTo(5.68, 12);
  });

  test.each<[string, number, number | null]>([
    ["baseline 4.9 is rounded down to 4", 4.9, 11],
    ["baseline above the count uses all points", 100, 24],
    ["baseline NaN uses all points", NaN, 24],
    ["baseline Infinity uses all points", Infinity, 24],
    ["baseline 1 has no moving range: null", 1, null],
    ["baseline 0: null", 0, null],
    ["negative baseline: null", -3, null],
  ])("%s", (_label, baseline, expectedMean) => {
    // all six points: (10+12+10+12+50+60)/6 = 154/6; first four: 11
    const limits = processLimits({ values: [10, 12, 10, 12, 50, 60], baseline });
    if (expectedMean === null) expect(limits).toBeNull();
    else if (expectedMean === 24) expect(limits?.mean).toBeCloseTo(154 / 6, 12);
    else expect(limits?.mean).toBe(expectedMean);
  });

  test("all-equal values: mean MR 0 and every limit on the mean, with or without screening", () => {
    const expected = { mean: 7, meanMovingRange: 0, upper: 7, lower: 7, upperTwoSigma: 7, lowerTwoSigma: 7 };
    expect(processLimits({ values: [7, 7, 7, 7] })).toEqual(expected);
    expect(processLimits({ values: [7, 7, 7, 7], screenMovingRanges: true })).toEqual(expected);
  });

  test.each<[string, readonly number[]]>([
    ["no values", []],
    ["one value", [5]],
    ["one finite value", [5, NaN, Infinity]],
  ])("%s: null", (_label, values) => {
    expect(processLimits({ values })).toBeNull();
  });

  test("non-finite values are left out before the limits are set", () => {
    expect(processLimits({ values: [10, NaN, 12, Infinity, 11, 13] })).toEqual(
      processLimits({ values: [10, 12, 11, 13] }),
    );
  });
});

// Simple limits for the rule helpers: mean 5, 3 sigma at ±2.66, 2 sigma at ±1.7733…
const L: ProcessLimits = {
  mean: 5,
  meanMovingRange: 1,
  upper: 7.66,
  lower: 2.34,
  upperTwoSigma: 6.77,
  lowerTwoSigma: 3.23,
};

describe("beyondLimits (rule 1)", () => {
  test("strictly beyond; on the limit is not beyond", () => {
    expect(beyondLimits([5, 7.66, 7.67, 2.34, 2.33, NaN, 7.66 + 1e-12], L)).toEqual([
      null,
      null,
      "high",
      null,
      "low",
      null,
      null,
    ]);
  });
  test("collapsed limits (all-equal series) flag nothing on the mean", () => {
    const flat: ProcessLimits = {
      mean: 0.1,
      meanMovingRange: 0,
      upper: 0.1,
      lower: 0.1,
      upperTwoSigma: 0.1,
      lowerTwoSigma: 0.1,
    };
    expect(beyondLimits([0.1, 0.30000000000000004 / 3, 0.1], flat)).toEqual([null, null, null]);
  });
  test("empty", () => {
    expect(beyondLimits([], L)).toEqual([]);
  });
});

describe("trendRun (rule 2)", () => {
  const seven = (flag: PointFlag): PointFlag[] => Array<PointFlag>(7).fill(flag);
  test.each<[string, readonly number[], PointFlag[]]>([
    ["7 rising points: all high", [1, 2, 3, 4, 5, 6, 7], seven("high")],
    ["7 falling points: all low", [7, 6, 5, 4, 3, 2, 1], seven("low")],
    ["6 rising points are not enough", [1, 2, 3, 4, 5, 6], Array<PointFlag>(6).fill(null)],
    ["an equal value breaks it: 1,2,3,3,4,5,6", [1, 2, 3, 3, 4, 5, 6], seven(null)],
    ["a point before the run is not part of it", [5, 1, 2, 3, 4, 5, 6, 7], [null, ...seven("high")]],
    [
      "8 rising then an equal value",
      [0, 1, 2, 3, 4, 5, 6, 7, 7],
      [...Array<PointFlag>(8).fill("high"), null],
    ],
    ["a NaN breaks it", [1, 2, 3, NaN, 4, 5, 6, 7, 8], Array<PointFlag>(9).fill(null)],
    // 1..7 up (points 0–6), 7..1 down (points 6–12): the peak keeps "high" from the run ending there
    [
      "a peak shared by two runs stays high",
      [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1],
      [...seven("high"), ...Array<PointFlag>(6).fill("low")],
    ],
    ["empty", [], []],
  ])("%s", (_label, values, expected) => {
    expect(trendRun(values)).toEqual(expected);
  });
});

describe("shiftRun (rule 3)", () => {
  test.each<[string, readonly number[], number, PointFlag[]]>([
    [
      "7 above the mean 5, then one below",
      [6, 6, 7, 6, 8, 6, 6, 2],
      5,
      [...Array<PointFlag>(7).fill("high"), null],
    ],
    ["7 below", [4, 4, 3, 4, 4, 1, 4], 5, Array<PointFlag>(7).fill("low")],
    ["a point on the mean breaks it (3 + 4)", [6, 6, 7, 5, 8, 6, 6, 6], 5, Array<PointFlag>(8).fill(null)],
    [
      "a point nearly on the mean breaks it",
      [6, 6, 7, 5 + 1e-12, 8, 6, 6, 6],
      5,
      Array<PointFlag>(8).fill(null),
    ],
    ["6 are not enough", [6, 6, 6, 6, 6, 6, 4], 5, Array<PointFlag>(7).fill(null)],
    ["NaN mean: nothing", [6, 6, 6, 6, 6, 6, 6], NaN, Array<PointFlag>(7).fill(null)],
    ["empty", [], 5, []],
  ])("%s", (_label, values, centre, expected) => {
    expect(shiftRun(values, centre)).toEqual(expected);
  });
});

describe("twoOfThreeBeyondTwoSigma (rule 4)", () => {
  // mean 0, 2 sigma at ±5.32, 3 sigma at ±7.98
  const L2: ProcessLimits = {
    mean: 0,
    meanMovingRange: 3,
    upper: 7.98,
    lower: -7.98,
    upperTwoSigma: 5.32,
    lowerTwoSigma: -5.32,
  };
  test.each<[string, readonly number[], PointFlag[]]>([
    ["window (9, 1, 9): both 9s, beyond 3 sigma, count", [0, 9, 1, 9], [null, "high", null, "high"]],
    ["window (6, −6, 6): the two 6s; one low point is not enough", [6, -6, 6], ["high", null, "high"]],
    ["two low in a row", [-6, -6, 0], ["low", "low", null]],
    ["only one per window: nothing", [6, 0, 0, 6], [null, null, null, null]],
    ["on the 2-sigma line is not beyond", [5.32, 6, 0], [null, null, null]],
    ["two points only: no window of three", [6, 6], [null, null]],
    ["NaN is never beyond", [6, NaN, 0], [null, null, null]],
  ])("%s", (_label, values, expected) => {
    expect(twoOfThreeBeyondTwoSigma(values, L2)).toEqual(expected);
  });
});

describe("pointVariation", () => {
  test.each<[readonly PointFlag[], Polarity, SpcVariation]>([
    [[null, null, null, null], "higher", "Common cause"],
    [[], "lower", "Common cause"],
    [["high", null, null, null], "higher", "Special cause improving"],
    [["low", null, null, null], "higher", "Special cause concerning"],
    [["high", null, null, null], "lower", "Special cause concerning"],
    [[null, null, "low", null], "lower", "Special cause improving"],
    [["low", "high", null, null], "higher", "Special cause improving"], // improving wins
    [["low", "high", null, null], "lower", "Special cause improving"], // improving wins
    [["high", null, null, null], "neutral", "Special cause high"],
    [[null, "low", null, null], "neutral", "Special cause low"],
    [["low", "high", null, null], "neutral", "Special cause high"], // both: high
    [[null, "low", null, null], "target", "Special cause low"],
  ])("%p, %p -> %p", (flags, polarity, expected) => {
    expect(pointVariation(flags, polarity)).toBe(expected);
  });
});

describe("variationColour", () => {
  test.each<[SpcVariation, string | null]>([
    ["Common cause", "#A6A6A6"],
    ["Special cause improving", "#00B0F0"],
    ["Special cause concerning", "#E46C0A"],
    ["Special cause high", "#490092"],
    ["Special cause low", "#490092"],
    ["Not enough data", null],
  ])("%s -> %s", (variation, colour) => {
    expect(variationColour(variation)).toBe(colour);
  });
});
