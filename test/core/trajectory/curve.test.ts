import {
  curveAnalysis,
  curveStatus,
  fitLine,
  valueOnLine,
  type CurvePolarity,
} from "../../../src/core/trajectory";
import type { CurveResult } from "../../../src/core/words";
import { seededRandom } from "../../support/seeded-random";

// docs/rules.md, "Turning the curve". The baseline {10,12,11,13,12}: slope 0.5, intercept 10.1,
// s = √0.9, n = 5, x̄ = 3, Σ(x − x̄)² = 10, t(0.975, 3) = 3.182446305284.
const BASELINE = [10, 12, 11, 13, 12];
const T3 = 3.1824463052837078;
const halfWidth = (x: number): number => T3 * Math.sqrt(0.9) * Math.sqrt(1 + 1 / 5 + (x - 3) ** 2 / 10);

describe("the prediction interval of the baseline forecast, worked by hand", () => {
  test.each<[x: number, forecast: number, lower: number, upper: number]>([
    [6, 13.1, 8.7249, 17.4751],
    [7, 13.6, 8.548, 18.652],
    [8, 14.1, 8.2926, 19.9074],
    [9, 14.6, 7.9854, 21.2146],
    [10, 15.1, 7.6433, 22.5567],
    [11, 15.6, 7.2768, 23.9232],
  ])("x = %i: forecast %p, interval %p to %p", (x, forecast, lower, upper) => {
    const after = Array.from({ length: x - 5 }, () => 0);
    const point = curveAnalysis([...BASELINE, ...after], 6, "higher").after.find((p) => p.position === x)!;
    expect(point.forecast).toBeCloseTo(forecast, 12);
    expect(point.upper - point.forecast).toBeCloseTo(halfWidth(x), 12);
    expect(point.lower).toBeCloseTo(lower, 4);
    expect(point.upper).toBeCloseTo(upper, 4);
  });

  test("the analysis reports the baseline line and the t multiplier", () => {
    const analysis = curveAnalysis([...BASELINE, 20, 21, 22], 6, "higher");
    expect(analysis.multiplier).toBeCloseTo(T3, 12);
    expect(analysis.baseline?.slope).toBeCloseTo(0.5, 14);
    expect(analysis.baseline?.residualStandardError).toBeCloseTo(Math.sqrt(0.9), 14);
    expect(analysis.after.map((p) => p.side)).toEqual(["above", "above", "above"]);
  });
});

describe("curveStatus", () => {
  test.each<
    [label: string, values: (number | null)[], index: number, polarity: CurvePolarity, expected: CurveResult]
  >([
    ["all three above the interval", [...BASELINE, 20, 21, 22], 6, "higher", "Turned the curve"],
    ["the same, lower is better", [...BASELINE, 20, 21, 22], 6, "lower", "Turned the wrong way"],
    [
      "just above: 18 > 17.48, 19 > 18.65, 20 > 19.91",
      [...BASELINE, 18, 19, 20],
      6,
      "higher",
      "Turned the curve",
    ],
    ["above the line but inside the scatter", [...BASELINE, 16, 17, 18], 6, "higher", "Not yet turned"],
    ["one of the three inside: not consistent", [...BASELINE, 20, 15, 22], 6, "higher", "Not yet turned"],
    ["all below", [...BASELINE, 6, 5, 4], 6, "higher", "Turned the wrong way"],
    ["all below, lower is better", [...BASELINE, 6, 5, 4], 6, "lower", "Turned the curve"],
    ["one above, one below", [...BASELINE, 20, 5], 6, "higher", "Not yet turned"],
    ["two points after: both must be beyond", [...BASELINE, 20, 21], 6, "higher", "Turned the curve"],
    ["only the latest three count", [...BASELINE, 25, 26, 14, 25, 26, 27], 6, "higher", "Turned the curve"],
    ["an early turn that has faded", [...BASELINE, 25, 26, 27, 14, 26, 27], 6, "higher", "Not yet turned"],
    ["one point after", [...BASELINE, 20], 6, "higher", "Not enough data"],
    ["one point after and gaps", [...BASELINE, null, 20, null], 6, "higher", "Not enough data"],
    ["2 values before", [10, 12, 20, 21, 22], 3, "higher", "Not enough data"],
    ["3 values before (t = 12.71): a large change", [10, 11, 10, 40, 45], 4, "higher", "Turned the curve"],
    [
      "3 values before (t = 12.71): a modest change is not shown",
      [10, 11, 10, 14, 15],
      4,
      "higher",
      "Not yet turned",
    ],
    [
      "gaps keep their place: bounds 20.24 and 21.88",
      [10, null, 12, 11, 13, null, 20, 21],
      7,
      "higher",
      "Not yet turned",
    ],
    [
      "a flat baseline has no scatter: any departure counts",
      [10, 10, 10, 12, 12],
      4,
      "higher",
      "Turned the curve",
    ],
    [
      "a flat baseline, a tiny departure still counts",
      [10, 10, 10, 10.001, 10.001],
      4,
      "higher",
      "Turned the curve",
    ],
    ["a perfectly straight baseline, continued", [10, 11, 12, 13, 14], 4, "higher", "Not yet turned"],
    [
      "a straight line of decimals, rounding is not a departure",
      [0.1, 0.2, 0.3, 0.4, 0.5],
      4,
      "lower",
      "Not yet turned",
    ],
    ["a point on the bound is inside", [10, 10, 10, 10, 10], 4, "higher", "Not yet turned"],
  ])("%s", (_label, values, index, polarity, expected) => {
    expect(curveStatus(values, index, polarity)).toBe(expected);
  });

  test("the gap example: the baseline is fitted at x = 1, 3, 4, 5 with t = 4.30", () => {
    const analysis = curveAnalysis([10, null, 12, 11, 13, null, 20, 21], 7, "higher");
    expect(analysis.multiplier).toBeCloseTo(4.302652729749462, 12);
    expect(analysis.after.map((p) => [p.position, p.side])).toEqual([
      [7, "inside"],
      [8, "inside"],
    ]);
    expect(analysis.after[0]!.upper).toBeCloseTo(20.2449, 4);
    expect(analysis.after[1]!.upper).toBeCloseTo(21.8801, 4);
  });

  test.each<[string, number]>([
    ["index 1: nothing before", 1],
    ["index 0", 0],
    ["index past the end", 9],
    ["a fraction", 6.5],
    ["NaN", NaN],
  ])("%s: Not enough data", (_label, index) => {
    expect(curveStatus([...BASELINE, 20, 21, 22], index, "higher")).toBe("Not enough data");
  });

  test("bad input: not an array, or a polarity with no better side", () => {
    expect(curveStatus(undefined as unknown as number[], 6, "higher")).toBe("Not enough data");
    expect(curveStatus([...BASELINE, 20, 21, 22], 6, "neutral" as CurvePolarity)).toBe("Not enough data");
  });
});

describe("the rule rarely claims a turn that is only noise (docs/rules.md, 'Why this rule')", () => {
  const random = seededRandom(20130401);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  /** Straight line 10 + 0.5x with normal noise (σ = 1), and `shift` added after the intervention. */
  const simulate = (before: number, after: number, shift: number, runs: number) => {
    const counts: Record<CurveResult, number> = {
      "Turned the curve": 0,
      "Not yet turned": 0,
      "Turned the wrong way": 0,
      "Not enough data": 0,
    };
    for (let r = 0; r < runs; r += 1) {
      const values = Array.from(
        { length: before + after },
        (_, i) => 10 + 0.5 * (i + 1) + normal() + (i >= before ? shift : 0),
      );
      counts[curveStatus(values, before + 1, "higher")] += 1;
    }
    return counts;
  };

  test.each<[before: number, after: number]>([
    [3, 6],
    [5, 3],
    [8, 3],
    [12, 6],
  ])("no change, %i values before and %i after: under 3%% each way", (before, after) => {
    const counts = simulate(before, after, 0, 2000);
    expect(counts["Turned the curve"] / 2000).toBeLessThan(0.03);
    expect(counts["Turned the wrong way"] / 2000).toBeLessThan(0.03);
    expect(counts["Not enough data"]).toBe(0);
  });

  test("a lasting rise of 4 sigma after 12 baseline values is found most of the time", () => {
    const counts = simulate(12, 3, 4, 1000);
    expect(counts["Turned the curve"] / 1000).toBeGreaterThan(0.5);
    expect(counts["Turned the wrong way"]).toBe(0);
  });
});

test("fitLine and the curve agree on the forecast", () => {
  const fit = fitLine(BASELINE)!;
  const analysis = curveAnalysis([...BASELINE, 20, 21, 22], 6, "higher");
  expect(analysis.after.map((p) => p.forecast)).toEqual([6, 7, 8].map((x) => valueOnLine(fit, x)));
});
