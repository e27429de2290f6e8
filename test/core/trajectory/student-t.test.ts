import { studentTQuantile, studentTTwoSided } from "../../../src/core/trajectory";

describe("Student's t: two-sided probability and its inverse (Excel T.DIST.2T / T.INV.2T)", () => {
  // Excel's =T.INV.2T(0.05, df); the values are SciPy's stats.t.ppf(0.975, df).
  test.each<[df: number, t: number]>([
    [1, 12.706204736174694],
    [2, 4.302652729749462],
    [3, 3.1824463052837078],
    [4, 2.7764451051977934],
    [5, 2.5705818356363146],
    [8, 2.306004135204166],
    [10, 2.228138851986274],
    [30, 2.0422724563012378],
    [120, 1.9799304050824402],
  ])("95%% with %i degrees of freedom: t = %p", (df, t) => {
    expect(studentTQuantile(0.95, df)).toBeCloseTo(t, 11);
    expect(studentTTwoSided(t, df)).toBeCloseTo(0.95, 13);
  });

  test("closed forms: df 1 is the Cauchy, df 2 is t / √(t² + 2)", () => {
    expect(studentTTwoSided(1, 1)).toBeCloseTo(0.5, 15);
    expect(studentTTwoSided(2, 2)).toBeCloseTo(2 / Math.sqrt(6), 15);
    expect(studentTTwoSided(-2, 2)).toBeCloseTo(2 / Math.sqrt(6), 15);
    expect(studentTTwoSided(0, 7)).toBe(0);
    expect(studentTTwoSided(Infinity, 7)).toBe(1);
    expect(studentTQuantile(0.5, 1)).toBeCloseTo(1, 14);
  });

  test("bad input gives NaN", () => {
    expect(studentTTwoSided(NaN, 3)).toBeNaN();
    expect(studentTTwoSided(1, 0)).toBeNaN();
    expect(studentTTwoSided(1, 2.5)).toBeNaN();
    expect(studentTQuantile(0, 3)).toBeNaN();
    expect(studentTQuantile(1, 3)).toBeNaN();
    expect(studentTQuantile(0.95, 0)).toBeNaN();
    expect(studentTQuantile(NaN, 3)).toBeNaN();
  });
});
