import fc from "fast-check";
import {
  compareWithin,
  finiteValues,
  isAtLeast,
  isAtMost,
  leastSquaresSlope,
  mean,
  nearlyEqual,
} from "../../../src/core/numbers";

/** Any double (NaN, ±Infinity, −0 included) or null. */
const anyValue = fc.oneof(
  fc.double(),
  fc.constant(null),
  fc.constant(NaN),
  fc.constant(Infinity),
  fc.constant(-Infinity),
);

describe("numbers: random input never throws", () => {
  test("comparisons are total and consistent", () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (a, b) => {
        expect(nearlyEqual(a, b)).toBe(nearlyEqual(b, a));
        const ab = compareWithin(a, b);
        const ba = compareWithin(b, a);
        if (ab === null) expect(ba).toBeNull();
        else expect(ba).toBe(ab === 0 ? 0 : -ab);
        if (ab === 0) expect(isAtLeast(a, b) && isAtMost(a, b)).toBe(true);
      }),
    );
  });

  test("mean, finiteValues and leastSquaresSlope accept anything", () => {
    fc.assert(
      fc.property(fc.array(anyValue), (values) => {
        const m = mean(values);
        expect(m === null || Number.isFinite(m)).toBe(true);
        expect(finiteValues(values).every(Number.isFinite)).toBe(true);
        const slope = leastSquaresSlope(values.map((v, i) => [i, v ?? NaN] as const));
        expect(slope === null || Number.isFinite(slope)).toBe(true);
      }),
    );
  });
});
