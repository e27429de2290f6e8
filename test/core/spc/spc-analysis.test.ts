import { spcAnalysis, spcAssurance, spcVariation, type PointFlag } from "../../../src/core/spc";
import type { Assurance, Polarity, SpcVariation } from "../../../src/core/words";

const nulls = (n: number): PointFlag[] => Array<PointFlag>(n).fill(null);

/*
 * Hand-worked series, each built to trigger exactly one rule (checked for the other three).
 *
 * BEYOND (rule 1 only): [10,14,10,14,10,14,10,14,10,14,10,14,30]
 *   mean = 174/13 = 13.3846; MRs 4 × 11 and 16 -> 60/12 = 5
 *   upper = 13.3846 + 2.66 × 5 = 26.6846; lower = 0.0846; 2 sigma = 13.3846 ± 8.8667 = 22.2513 / 4.5179
 *   30 > 26.68 -> high. 10 / 14 alternate either side of the mean (no shift, no trend);
 *   only 30 is beyond 2 sigma (no two-of-three).
 */
const BEYOND = [10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 30];

/*
 * TREND (rule 2 only): [10,20,10,20,10,20,10,20,12,13,14,15,16,17,18]
 *   mean = 225/15 = 15; MRs 7 × 10, 8, 6 × 1 -> 84/14 = 6; limits 15 ± 15.96; 2 sigma 15 ± 10.64
 *   12..18 is 7 points each strictly higher (points 8–14). Side of the mean: 12,13,14 below,
 *   15 on the mean, 16,17,18 above (no shift); nothing beyond 2 sigma.
 */
const TREND = [10, 20, 10, 20, 10, 20, 10, 20, 12, 13, 14, 15, 16, 17, 18];
/* Same with an equal value: 12,13,14,14,16,17,18 -> runs of 3 and 4 points; mean 224/15 = 14.93. */
const TREND_BROKEN = [10, 20, 10, 20, 10, 20, 10, 20, 12, 13, 14, 14, 16, 17, 18];

/*
 * SHIFT (rule 3 only): [20,10,20,10,20,10,16,17,16,17,16,17,16]
 *   mean = 205/13 = 15.7692; MRs 5 × 10, 6, 6 × 1 -> 62/12 = 5.1667
 *   2 sigma = 15.7692 ± 9.1622 = 24.9314 / 6.6070; limits 15.7692 ± 13.7433
 *   points 6–12 (16/17) are 7 above the mean; 10 and 20 stay inside 2 sigma; 16,17 zig-zag (no trend).
 */
const SHIFT = [20, 10, 20, 10, 20, 10, 16, 17, 16, 17, 16, 17, 16];
/*
 * ON_MEAN: [16,10,16,10,20,10,16,17,16,15,16,17,16] — sum 195, mean exactly 15:
 *   the 15 at point 9 sits on the mean and splits the run into 3 + 3. MRs 50/12 = 4.1667,
 *   2 sigma 15 ± 7.3889 = 22.39 / 7.61: nothing beyond. -> common cause.
 * ON_MEAN_SHIFTED: the same with 16 instead of 15 — sum 196, mean 15.0769, points 6–12 above.
 *   MRs 48/12 = 4, 2 sigma 15.0769 ± 7.0933: nothing beyond.
 */
const ON_MEAN = [16, 10, 16, 10, 20, 10, 16, 17, 16, 15, 16, 17, 16];
const ON_MEAN_SHIFTED = [16, 10, 16, 10, 20, 10, 16, 17, 16, 16, 16, 17, 16];

/*
 * TWO_OF_THREE (rule 4 only): [12,13,14,13,12,13,14,13,12,13,17,13,17]
 *   mean = 176/13 = 13.5385; MRs 9 × 1, 4, 4, 4 -> 21/12 = 1.75
 *   upper 2 sigma = 13.5385 + (2/3)(2.66)(1.75) = 16.6418; upper = 13.5385 + 4.655 = 18.1935
 *   17 > 16.64 (but < 18.19) at points 10 and 12: window (17,13,17) has two -> both high.
 *   Runs on one side of the mean are at most 3 long; monotone runs at most 3 points.
 */
const TWO_OF_THREE = [12, 13, 14, 13, 12, 13, 14, 13, 12, 13, 17, 13, 17];

describe("spcAnalysis — one rule at a time", () => {
  test("BEYOND: only rule 1, at the last point", () => {
    const a = spcAnalysis(BEYOND, "higher");
    expect(a.points).toEqual(BEYOND);
    expect(a.limits?.mean).toBeCloseTo(174 / 13, 12);
    expect(a.limits?.meanMovingRange).toBe(5);
    expect(a.limits?.upper).toBeCloseTo(174 / 13 + 13.3, 12);
    expect(a.flags.beyondLimits).toEqual([...nulls(12), "high"]);
    expect(a.flags.trend).toEqual(nulls(13));
    expect(a.flags.shift).toEqual(nulls(13));
    expect(a.flags.twoOfThree).toEqual(nulls(13));
    expect(a.pointVariations).toEqual([
      ...Array<SpcVariation>(12).fill("Common cause"),
      "Special cause improving",
    ]);
    expect(a.variation).toBe("Special cause improving");
  });

  test("TREND: only rule 2, points 8–14", () => {
    const a = spcAnalysis(TREND, "higher");
    expect(a.limits?.mean).toBe(15);
    expect(a.limits?.meanMovingRange).toBe(6);
    expect(a.flags.trend).toEqual([...nulls(8), ...Array<PointFlag>(7).fill("high")]);
    expect(a.flags.beyondLimits).toEqual(nulls(15));
    expect(a.flags.shift).toEqual(nulls(15));
    expect(a.flags.twoOfThree).toEqual(nulls(15));
  });

  test("TREND_BROKEN: an equal value breaks the trend -> common cause", () => {
    const a = spcAnalysis(TREND_BROKEN, "higher");
    expect(a.flags.trend).toEqual(nulls(15));
    expect(a.pointVariations.every((v) => v === "Common cause")).toBe(true);
  });

  test("SHIFT: only rule 3, points 6–12", () => {
    const a = spcAnalysis(SHIFT, "higher");
    expect(a.limits?.mean).toBeCloseTo(205 / 13, 12);
    expect(a.limits?.meanMovingRange).toBeCloseTo(62 / 12, 12);
    expect(a.flags.shift).toEqual([...nulls(6), ...Array<PointFlag>(7).fill("high")]);
    expect(a.flags.beyondLimits).toEqual(nulls(13));
    expect(a.flags.trend).toEqual(nulls(13));
    expect(a.flags.twoOfThree).toEqual(nulls(13));
  });

  test("ON_MEAN: a point on the mean breaks the shift; without it the shift appears", () => {
    const onMean = spcAnalysis(ON_MEAN, "higher");
    expect(onMean.limits?.mean).toBe(15);
    expect(onMean.flags.shift).toEqual(nulls(13));
    expect(onMean.variation).toBe("Common cause");
    const shifted = spcAnalysis(ON_MEAN_SHIFTED, "higher");
    expect(shifted.flags.shift).toEqual([...nulls(6), ...Array<PointFlag>(7).fill("high")]);
    expect(shifted.flags.beyondLimits).toEqual(nulls(13));
    expect(shifted.flags.twoOfThree).toEqual(nulls(13));
    expect(shifted.variation).toBe("Special cause improving");
  });

  test("TWO_OF_THREE: only rule 4, points 10 and 12", () => {
    const a = spcAnalysis(TWO_OF_THREE, "higher");
    expect(a.limits?.mean).toBeCloseTo(176 / 13, 12);
    expect(a.limits?.meanMovingRange).toBe(1.75);
    expect(a.flags.twoOfThree).toEqual([...nulls(10), "high", null, "high"]);
    expect(a.flags.beyondLimits).toEqual(nulls(13));
    expect(a.flags.trend).toEqual(nulls(13));
    expect(a.flags.shift).toEqual(nulls(13));
    expect(a.pointVariations[11]).toBe("Common cause");
  });
});

describe("spcVariation — the last point's type, by polarity", () => {
  /*
   * TIE: [30,30,30,30,30,30,1,2,3,4,5,6,7] — mean 208/13 = 16, mean MR 35/12 = 2.9167,
   * lower limit 16 − 7.7583 = 8.24. The last point 7 is "low" by rules 1, 3 and 4 but "high" by
   * rule 2 (1..7 rising): improving wins for higher and lower; neutral says high.
   */
  const TIE = [30, 30, 30, 30, 30, 30, 1, 2, 3, 4, 5, 6, 7];
  test.each<[string, readonly (number | null)[], Polarity, SpcVariation]>([
    ["BEYOND, higher", BEYOND, "higher", "Special cause improving"],
    ["BEYOND, lower", BEYOND, "lower", "Special cause concerning"],
    ["BEYOND, neutral", BEYOND, "neutral", "Special cause high"],
    ["BEYOND, target polarity", BEYOND, "target", "Special cause high"],
    ["TREND, higher", TREND, "higher", "Special cause improving"],
    ["TREND, lower", TREND, "lower", "Special cause concerning"],
    ["SHIFT, lower", SHIFT, "lower", "Special cause concerning"],
    ["TWO_OF_THREE, higher", TWO_OF_THREE, "higher", "Special cause improving"],
    ["TWO_OF_THREE, neutral", TWO_OF_THREE, "neutral", "Special cause high"],
    ["mirror of BEYOND (negated), lower", BEYOND.map((x) => -x), "lower", "Special cause improving"],
    ["mirror of BEYOND (negated), neutral", BEYOND.map((x) => -x), "neutral", "Special cause low"],
    ["TIE, higher: improving wins", TIE, "higher", "Special cause improving"],
    ["TIE, lower: improving wins", TIE, "lower", "Special cause improving"],
    ["TIE, neutral: high wins", TIE, "neutral", "Special cause high"],
    ["ON_MEAN, higher", ON_MEAN, "higher", "Common cause"],
    ["12 points: Not enough data", BEYOND.slice(1), "higher", "Not enough data"],
    [
      "13 values but only 12 numeric: Not enough data",
      [null, ...BEYOND.slice(1)],
      "higher",
      "Not enough data",
    ],
    [
      "gaps are dropped: BEYOND with nulls is still read",
      [null, ...BEYOND.slice(0, 6), null, NaN, ...BEYOND.slice(6)],
      "higher",
      "Special cause improving",
    ],
    ["empty", [], "higher", "Not enough data"],
    [
      "all equal (15 × 7): common cause, nothing beyond collapsed limits",
      Array<number>(15).fill(7),
      "higher",
      "Common cause",
    ],
    ["all equal 0.1 (mean may round): common cause", Array<number>(13).fill(0.1), "lower", "Common cause"],
  ])("%s", (_label, values, polarity, expected) => {
    expect(spcVariation(values, polarity)).toBe(expected);
  });

  test("under 13 points the flags are still reported but no point gets a type", () => {
    const a = spcAnalysis(TREND.slice(3), "higher"); // 12 points, 12..18 still a trend
    expect(a.flags.trend.filter((f) => f === "high")).toHaveLength(7);
    expect(a.pointVariations.every((v) => v === "Not enough data")).toBe(true);
    expect(a.variation).toBe("Not enough data");
  });

  test("all-equal series: limits collapse onto the mean, no flag at all", () => {
    const a = spcAnalysis(Array<number>(15).fill(7), "higher", { screenMovingRanges: true });
    expect(a.limits).toEqual({
      mean: 7,
      meanMovingRange: 0,
      upper: 7,
      lower: 7,
      upperTwoSigma: 7,
      lowerTwoSigma: 7,
    });
    for (const flags of Object.values(a.flags)) expect(flags).toEqual(nulls(15));
  });

  test("baseline: limits from the first 12 points ([10,12] × 6: mean 11, mean MR 2)", () => {
    const values = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 30];
    const withBaseline = spcAnalysis(values, "higher", { baseline: 12 });
    expect(withBaseline.limits?.mean).toBe(11);
    expect(withBaseline.limits?.upper).toBeCloseTo(16.32, 12);
    expect(withBaseline.flags.shift).toEqual(nulls(13)); // 10 / 12 alternate around 11
    expect(withBaseline.flags.beyondLimits).toEqual([...nulls(12), "high"]);
    // All points: mean 162/13 = 12.46, so every 10 and 12 is below it: a 12-point shift.
    const allPoints = spcAnalysis(values, "higher");
    expect(allPoints.flags.shift).toEqual([...Array<PointFlag>(12).fill("low"), null]);
  });

  test("no limits (baseline 1): limit-based flags are null, variation Not enough data", () => {
    const a = spcAnalysis(TREND, "higher", { baseline: 1 });
    expect(a.limits).toBeNull();
    expect(a.flags.shift).toEqual(nulls(15));
    expect(a.variation).toBe("Not enough data");
  });
});

describe("spcAssurance", () => {
  /*
   * ASSURE: [50,52,51,53,50,52,51,53,50,52,51,53,51]
   *   mean = 669/13 = 51.4615; MRs 2,1,2,3,2,1,2,3,2,1,2,2 -> 23/12 = 1.9167
   *   upper = 51.4615 + 5.0983 = 56.5598; lower = 46.3632
   */
  const ASSURE = [50, 52, 51, 53, 50, 52, 51, 53, 50, 52, 51, 53, 51];
  test.each<[string, readonly (number | null)[], number | null, Polarity, Assurance]>([
    ["higher, target 40 below the lower limit: pass", ASSURE, 40, "higher", "Consistently pass"],
    ["higher, target 60 above the upper limit: fail", ASSURE, 60, "higher", "Consistently fail"],
    ["higher, target 51 inside: hit and miss", ASSURE, 51, "higher", "Hit and miss"],
    ["lower, target 40 below the lower limit: fail", ASSURE, 40, "lower", "Consistently fail"],
    ["lower, target 60 above the upper limit: pass", ASSURE, 60, "lower", "Consistently pass"],
    ["lower, target 51 inside: hit and miss", ASSURE, 51, "lower", "Hit and miss"],
    ["target polarity, target outside: fail", ASSURE, 40, "target", "Consistently fail"],
    ["target polarity, target inside: hit and miss", ASSURE, 51, "target", "Hit and miss"],
    ["neutral: No target", ASSURE, 51, "neutral", "No target"],
    ["no target", ASSURE, null, "higher", "No target"],
    ["NaN target", ASSURE, NaN, "lower", "No target"],
    ["12 points: Not enough data", ASSURE.slice(1), 40, "higher", "Not enough data"],
    ["No target is checked before the point count", ASSURE.slice(1), null, "higher", "No target"],
    [
      "all equal 7, target 7 on the collapsed limits: hit and miss",
      Array<number>(13).fill(7),
      7,
      "higher",
      "Hit and miss",
    ],
    [
      "all equal 7, target 7 + 1e-12 (nearly on): hit and miss",
      Array<number>(13).fill(7),
      7 + 1e-12,
      "higher",
      "Hit and miss",
    ],
    ["all equal 7, target 8: fail", Array<number>(13).fill(7), 8, "higher", "Consistently fail"],
    ["all equal 7, target 6: pass", Array<number>(13).fill(7), 6, "higher", "Consistently pass"],
    ["all equal 7, target 6, lower: fail", Array<number>(13).fill(7), 6, "lower", "Consistently fail"],
  ])("%s", (_label, values, target, polarity, expected) => {
    expect(spcAssurance(values, target, polarity)).toBe(expected);
  });
});
