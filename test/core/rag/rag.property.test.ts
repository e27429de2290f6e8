import fc from "fast-check";
import { percentOfTarget, ragStatus } from "../../../src/core/rag";
import { POLARITIES, RAG_STATUSES, TOLERANCE_MODES } from "../../../src/core/words";

const anyNumber = fc.oneof(
  fc.double(),
  fc.constant(NaN),
  fc.constant(Infinity),
  fc.constant(-Infinity),
  fc.constant(0),
);
const maybeNumber = fc.oneof(anyNumber, fc.constant(null));

describe("rag: random input never throws", () => {
  test("ragStatus always returns one of the RAG words", () => {
    fc.assert(
      fc.property(
        maybeNumber,
        maybeNumber,
        fc.constantFrom(...POLARITIES),
        anyNumber,
        fc.constantFrom(...TOLERANCE_MODES),
        fc.option(anyNumber, { nil: undefined }),
        (actual, target, polarity, tolerance, toleranceMode, floor) => {
          const rules =
            floor === undefined
              ? { polarity, tolerance, toleranceMode }
              : { polarity, tolerance, toleranceMode, floor };
          expect(RAG_STATUSES).toContain(ragStatus(actual, target, rules));
        },
      ),
    );
  });

  test("ragStatus: higher is monotone — a larger actual is never a worse colour", () => {
    const rank = { Red: 0, Amber: 1, Green: 2 } as const;
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1 }),
        (a, b, target, tolerance) => {
          const rules = { polarity: "higher" as const, tolerance, toleranceMode: "relative" as const };
          const low = ragStatus(Math.min(a, b), target, rules) as keyof typeof rank;
          const high = ragStatus(Math.max(a, b), target, rules) as keyof typeof rank;
          expect(rank[high]).toBeGreaterThanOrEqual(rank[low]);
        },
      ),
    );
  });

  test("percentOfTarget is finite or null", () => {
    fc.assert(
      fc.property(maybeNumber, maybeNumber, fc.constantFrom(...POLARITIES), (actual, target, polarity) => {
        const score = percentOfTarget(actual, target, polarity);
        expect(score === null || Number.isFinite(score)).toBe(true);
      }),
    );
  });
});
