import type { NumberReading, NumberUnit } from "../../../src/core/cells";
import { toIndicatorScale, type Indicator, type PercentScale, type Unit } from "../../../src/core/catalogue";

function indicator(unit: Unit, percentScale?: PercentScale): Indicator {
  return {
    id: "CS-IA",
    name: "Initial assessments",
    aliases: [],
    polarity: "higher",
    unit,
    ...(percentScale ? { percentScale } : {}),
  };
}
function reading(value: number, unit: NumberUnit): NumberReading {
  return { kind: "number", value, unit };
}

describe("toIndicatorScale brings a reading onto the indicator's scale", () => {
  test.each([
    // [value, written as, indicator unit, percent scale, expected value]
    [0.97, "percent", "percent", undefined, 97], // default scale is 0-100
    [0.97, "percent", "percent", "0-100", 97],
    [0.723, "percent", "percent", "0-100", 72.3], // no floating-point noise
    [0.072, "percent", "percent", "0-100", 7.2],
    [0.97, "percent", "percent", "0-1", 0.97],
    [97, "plain", "percent", "0-100", 97],
    [0.97, "plain", "percent", "0-100", 0.97], // not judged here: validation looks at the other values
    [0.97, "plain", "percent", "0-1", 0.97],
    [1.2, "plain", "percent", "0-1", 1.2], // 120% as a fraction is still a fraction
    [1432, "plain", "count", undefined, 1432],
    [-41000, "currency", "currency", undefined, -41000],
    [-41000, "plain", "currency", undefined, -41000],
    [5.4, "plain", "rate", undefined, 5.4],
    [3, "plain", "text", undefined, 3],
  ] as const)(
    "%d written as %s in a %s (%s) indicator -> %d",
    (value, unit, indicatorUnit, scale, expected) => {
      expect(toIndicatorScale(reading(value, unit), indicator(indicatorUnit, scale))).toEqual({
        value: expected,
      });
    },
  );

  test.each([
    [
      97,
      "plain",
      "percent",
      "0-1",
      "97 looks like a percentage in points but this indicator is recorded as a fraction (0-1): type 97% or 0.97.",
    ],
    [
      -41000,
      "currency",
      "percent",
      "0-100",
      'The cell holds the money amount -41000, but indicator "CS-IA" is recorded as a percentage, not money: type the value in the indicator\'s own unit.',
    ],
    [
      -41000,
      "currency",
      "count",
      undefined,
      'The cell holds the money amount -41000, but indicator "CS-IA" is recorded as a count, not money: type the value in the indicator\'s own unit.',
    ],
    [
      -41000,
      "currency",
      "rate",
      undefined,
      'The cell holds the money amount -41000, but indicator "CS-IA" is recorded as a rate, not money: type the value in the indicator\'s own unit.',
    ],
    [
      0.97,
      "percent",
      "currency",
      undefined,
      'The cell holds the percentage 97%, but indicator "CS-IA" is recorded as money: type the amount itself, without %.',
    ],
    [
      0.97,
      "percent",
      "count",
      undefined,
      'The cell holds the percentage 97%, but indicator "CS-IA" is recorded as a count: type the value itself, without %.',
    ],
  ] as const)(
    "%d written as %s in a %s (%s) indicator is a mismatch",
    (value, unit, indicatorUnit, scale, message) => {
      expect(toIndicatorScale(reading(value, unit), indicator(indicatorUnit, scale))).toEqual({
        mismatch: message,
      });
    },
  );

  test("bad input: NaN passes through rather than throwing", () => {
    expect(toIndicatorScale(reading(Number.NaN, "percent"), indicator("percent"))).toEqual({
      value: Number.NaN,
    });
  });
});
