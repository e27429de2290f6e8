import fc from "fast-check";
import {
  benchmarkGap,
  neighbourMean,
  peerRank,
  quartileBand,
  quartileInc,
  type Quart,
} from "../../../src/core/benchmark";
import { GAP_MODES, POLARITIES } from "../../../src/core/words";

const anyNumber = fc.oneof(fc.double(), fc.constant(NaN), fc.constant(Infinity), fc.constant(-Infinity));
const maybeNumber = fc.oneof(anyNumber, fc.constant(null));
const finiteOrNull = (x: number | null): boolean => x === null || Number.isFinite(x);

describe("benchmark: random input never throws", () => {
  test("benchmarkGap and neighbourMean are finite or null", () => {
    fc.assert(
      fc.property(
        maybeNumber,
        maybeNumber,
        fc.constantFrom(...POLARITIES),
        fc.constantFrom(...GAP_MODES),
        fc.array(maybeNumber),
        (a, b, polarity, mode, peers) => {
          expect(finiteOrNull(benchmarkGap(a, b, polarity, mode))).toBe(true);
          expect(finiteOrNull(neighbourMean(peers))).toBe(true);
        },
      ),
    );
  });

  test("quartileInc stays within min..max and never changes its input", () => {
    fc.assert(
      fc.property(fc.array(anyNumber), fc.constantFrom<Quart>(0, 1, 2, 3, 4), (values, quart) => {
        const copy = [...values];
        const q = quartileInc(values, quart);
        expect(values).toEqual(copy);
        const finite = values.filter(Number.isFinite);
        if (finite.length === 0) expect(q).toBeNull();
        else {
          expect(q).not.toBeNull();
          expect(q as number).toBeGreaterThanOrEqual(Math.min(...finite));
          expect(q as number).toBeLessThanOrEqual(Math.max(...finite));
        }
      }),
    );
  });

  test("quartileBand and peerRank accept anything", () => {
    fc.assert(
      fc.property(
        maybeNumber,
        fc.array(maybeNumber),
        fc.constantFrom(...POLARITIES),
        (actual, peers, polarity) => {
          expect(["A", "B", "C", "D", "-", null]).toContain(quartileBand(actual, peers, polarity));
          const rank = peerRank(actual, peers, polarity);
          if (rank !== null) {
            expect(Number.isInteger(rank)).toBe(true);
            expect(rank).toBeGreaterThanOrEqual(1);
            expect(rank).toBeLessThanOrEqual(peers.length + 1);
          }
        },
      ),
    );
  });
});
