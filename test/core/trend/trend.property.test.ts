import fc from "fast-check";
import { directionOfTravel, directionOfTravelUpTo } from "../../../src/core/trend";
import { DIRECTIONS, POLARITIES, TREND_METHODS } from "../../../src/core/words";

const anyValue = fc.oneof(
  fc.double(),
  fc.constant(null),
  fc.constant(NaN),
  fc.constant(Infinity),
  fc.constant(-Infinity),
);

describe("trend: random input never throws", () => {
  test("directionOfTravel always returns a direction word", () => {
    fc.assert(
      fc.property(
        fc.array(anyValue, { maxLength: 30 }),
        fc.constantFrom(...POLARITIES),
        fc.constantFrom(...TREND_METHODS),
        fc.oneof(fc.integer({ min: -5, max: 40 }), fc.double()),
        fc.option(fc.double(), { nil: undefined }),
        (values, polarity, method, periods, target) => {
          expect(DIRECTIONS).toContain(directionOfTravel(values, polarity, method, periods, target));
        },
      ),
    );
  });

  test("directionOfTravelUpTo(values, end) judges as directionOfTravel of the first `end` values", () => {
    fc.assert(
      fc.property(
        fc.array(anyValue, { maxLength: 20 }),
        fc.integer({ min: -2, max: 25 }),
        fc.constantFrom(...POLARITIES),
        fc.constantFrom(...TREND_METHODS),
        fc.option(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { nil: undefined }),
        (values, end, polarity, method, target) => {
          expect(directionOfTravelUpTo(values, end, polarity, method, 4, target)).toBe(
            directionOfTravel(values.slice(0, Math.max(0, end)), polarity, method, 4, target),
          );
        },
      ),
    );
  });

  test("neutral never gets a judgement", () => {
    fc.assert(
      fc.property(
        fc.array(anyValue, { maxLength: 20 }),
        fc.constantFrom(...TREND_METHODS),
        (values, method) => {
          expect(["Up", "Down", "No change", "Not enough data"]).toContain(
            directionOfTravel(values, "neutral", method),
          );
        },
      ),
    );
  });

  test("higher and lower are mirror images", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), { maxLength: 20 }),
        fc.constantFrom(...TREND_METHODS),
        (values, method) => {
          const higher = directionOfTravel(values, "higher", method);
          const lower = directionOfTravel(values, "lower", method);
          const mirror: Record<string, string> = { Improving: "Worsening", Worsening: "Improving" };
          expect(lower).toBe(mirror[higher] ?? higher);
        },
      ),
    );
  });
});
