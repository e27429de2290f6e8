import fc from "fast-check";
import { processLimits, spcAnalysis, spcAssurance, spcVariation } from "../../../src/core/spc";
import { ASSURANCES, POLARITIES, SPC_POINT_TYPES, SPC_VARIATIONS } from "../../../src/core/words";
import { runs } from "../../support/properties";

const anyValue = fc.oneof(
  fc.double(),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1000, max: 1000 }),
  fc.constant(null),
  fc.constant(NaN),
  fc.constant(Infinity),
  fc.constant(-Infinity),
);
const options = fc.record(
  {
    fixAfter: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.double()),
    rebase: fc.array(fc.oneof(fc.integer({ min: -2, max: 42 }), fc.double()), { maxLength: 3 }),
    screenOutliers: fc.boolean(),
    runLength: fc.integer({ min: 1, max: 12 }),
  },
  { requiredKeys: [] },
);

describe("spc: random input never throws", () => {
  test("spcAnalysis, spcVariation and spcAssurance always answer with their words, one point per position", () => {
    fc.assert(
      fc.property(
        fc.array(anyValue, { maxLength: 40 }),
        fc.constantFrom(...POLARITIES),
        fc.oneof(anyValue, fc.array(anyValue, { maxLength: 40 })),
        options,
        (values, polarity, target, opts) => {
          const analysis = spcAnalysis(values, polarity, opts);
          expect(analysis.points).toHaveLength(values.length);
          for (const point of analysis.points) {
            if (point.value === null) expect(point.type).toBeNull();
            else expect(SPC_POINT_TYPES).toContain(point.type);
          }
          expect(SPC_VARIATIONS).toContain(analysis.variation);
          expect(SPC_VARIATIONS).toContain(spcVariation(values, polarity, opts));
          expect(ASSURANCES).toContain(spcAssurance(values, target, polarity, opts));
        },
      ),
      runs(200),
    );
  });

  test("limits are ordered around the mean when there are moving ranges", () => {
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: 40 }), options, (values, opts) => {
        const limits = processLimits({ values, ...opts });
        if (limits === null || !Number.isFinite(limits.upper) || !Number.isFinite(limits.lower)) return;
        expect(limits.lower).toBeLessThanOrEqual(limits.lowerTwoSigma);
        expect(limits.lowerTwoSigma).toBeLessThanOrEqual(limits.mean);
        expect(limits.mean).toBeLessThanOrEqual(limits.upperTwoSigma);
        expect(limits.upperTwoSigma).toBeLessThanOrEqual(limits.upper);
      }),
      runs(200),
    );
  });

  test("higher and lower polarity swap improvement and concern, point by point", () => {
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: 40 }), options, (values, opts) => {
        const swap = { improvement: "concern", concern: "improvement" } as Record<string, string>;
        const higher = spcAnalysis(values, "higher", opts).points.map((p) => p.type);
        const lower = spcAnalysis(values, "lower", opts).points.map((p) => p.type);
        expect(lower).toEqual(higher.map((t) => (t === null ? null : (swap[t] ?? t))));
      }),
      runs(100),
    );
  });
});
