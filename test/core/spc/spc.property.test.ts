import fc from "fast-check";
import { processLimits, spcAnalysis, spcAssurance, spcVariation } from "../../../src/core/spc";
import { ASSURANCES, POLARITIES, SPC_VARIATIONS } from "../../../src/core/words";

const anyValue = fc.oneof(
  fc.double(),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1000, max: 1000 }),
  fc.constant(null),
  fc.constant(NaN),
  fc.constant(Infinity),
  fc.constant(-Infinity),
);
const options = fc.record(
  { baseline: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.double()), screenMovingRanges: fc.boolean() },
  { requiredKeys: [] },
);

describe("spc: random input never throws", () => {
  test("spcAnalysis, spcVariation and spcAssurance always answer with their words", () => {
    fc.assert(
      fc.property(
        fc.array(anyValue, { maxLength: 40 }),
        fc.constantFrom(...POLARITIES),
        fc.oneof(anyValue),
        options,
        (values, polarity, target, opts) => {
          const analysis = spcAnalysis(values, polarity, opts);
          expect(analysis.pointVariations).toHaveLength(analysis.points.length);
          for (const flags of Object.values(analysis.flags))
            expect(flags).toHaveLength(analysis.points.length);
          expect(SPC_VARIATIONS).toContain(analysis.variation);
          expect(SPC_VARIATIONS).toContain(spcVariation(values, polarity, opts));
          expect(ASSURANCES).toContain(spcAssurance(values, target, polarity, opts));
        },
      ),
    );
  });

  test("limits are finite and ordered when present", () => {
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: 40 }), options, (values, opts) => {
        const limits = processLimits({ values: values.map((v) => v ?? NaN), ...opts });
        if (limits === null) return;
        expect(Object.values(limits).every(Number.isFinite)).toBe(true);
        expect(limits.lower).toBeLessThanOrEqual(limits.lowerTwoSigma);
        expect(limits.lowerTwoSigma).toBeLessThanOrEqual(limits.mean);
        expect(limits.mean).toBeLessThanOrEqual(limits.upperTwoSigma);
        expect(limits.upperTwoSigma).toBeLessThanOrEqual(limits.upper);
      }),
    );
  });
});
