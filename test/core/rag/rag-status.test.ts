import { DEFAULT_TOLERANCE, ragStatus, type RagRules } from "../../../src/core/rag";
import type { RagStatus } from "../../../src/core/words";

// Expected answers from docs/rules.md, "RAG against a target", worked by hand in each label.
const rel = (polarity: RagRules["polarity"], tolerance = DEFAULT_TOLERANCE, floor?: number): RagRules =>
  floor === undefined
    ? { polarity, tolerance, toleranceMode: "relative" }
    : { polarity, tolerance, toleranceMode: "relative", floor };
const abs = (polarity: RagRules["polarity"], tolerance: number): RagRules => ({
  polarity,
  tolerance,
  toleranceMode: "absolute",
});

type Row = [
  label: string,
  actual: number | null,
  target: number | null,
  rules: RagRules,
  expected: RagStatus,
];

describe("ragStatus — higher is better", () => {
  test.each<Row>([
    ["actual == target is Green", 74, 74, rel("higher"), "Green"],
    ["above target is Green", 75, 74, rel("higher"), "Green"],
    ["typed 70.3 vs 74 at 5%: exactly 95% is Amber", 70.3, 74, rel("higher"), "Amber"],
    ["computed 74 × 0.95 is Amber", 74 * 0.95, 74, rel("higher"), "Amber"],
    [
      "13 × 0.9 is 11.700000000000001 in doubles: typed 11.7 vs 13 at 10% is Amber",
      11.7,
      13,
      rel("higher", 0.1),
      "Amber",
    ],
    ["3 × 0.8 is 2.4000000000000004: typed 2.4 vs 3 at 20% is Amber", 2.4, 3, rel("higher", 0.2), "Amber"],
    ["exactly 95 of 100 is Amber", 95, 100, rel("higher"), "Amber"],
    ["just under 95% is Red", 94.99, 100, rel("higher"), "Red"],
    ["70.29 vs 74 (under 70.3) is Red", 70.29, 74, rel("higher"), "Red"],
    ["absolute: 72 vs 74 with 2 points is Amber", 72, 74, abs("higher", 2), "Amber"],
    ["absolute: 0.8 − 0.1 is 0.7000000000000001, typed 0.7 is Amber", 0.7, 0.8, abs("higher", 0.1), "Amber"],
    ["absolute: 71.99 vs 74 with 2 points is Red", 71.99, 74, abs("higher", 2), "Red"],
    ["floor 60 replaces the tolerance: 60 is Amber", 60, 74, rel("higher", 0.05, 60), "Amber"],
    ["floor 60: 73 is Amber (though 5% would be 70.3)", 73, 74, rel("higher", 0.05, 60), "Amber"],
    ["floor 60: 59.9 is Red", 59.9, 74, rel("higher", 0.05, 60), "Red"],
    ["floor 72: 71 is Red although within 5%", 71, 74, rel("higher", 0.05, 72), "Red"],
    ["floor: at target is still Green", 74, 74, rel("higher", 0.05, 60), "Green"],
    ["target 0, relative: zero-wide amber, 0 is Green", 0, 0, rel("higher"), "Green"],
    ["target 0, relative: −0.01 is Red (no amber band)", -0.01, 0, rel("higher"), "Red"],
    [
      "negative target −10 at 10%: width |−10| × 0.1 = 1, −11 is Amber",
      -11,
      -10,
      rel("higher", 0.1),
      "Amber",
    ],
    ["negative target −10 at 10%: −11.01 is Red", -11.01, -10, rel("higher", 0.1), "Red"],
    ["negative target −10: −9 is Green", -9, -10, rel("higher", 0.1), "Green"],
  ])("%s", (_label, actual, target, rules, expected) => {
    expect(ragStatus(actual, target, rules)).toBe(expected);
  });
});

describe("ragStatus — lower is better (mirror)", () => {
  test.each<Row>([
    ["actual == target is Green", 74, 74, rel("lower"), "Green"],
    ["below target is Green", 60, 74, rel("lower"), "Green"],
    ["74 × 1.05 = 77.7 is Amber", 77.7, 74, rel("lower"), "Amber"],
    ["77.71 vs 74 is Red", 77.71, 74, rel("lower"), "Red"],
    ["10 × 1.05 = 10.5 is Amber", 10.5, 10, rel("lower"), "Amber"],
    ["absolute: 0.7 + 0.1 is 0.7999999999999999, typed 0.8 is Amber", 0.8, 0.7, abs("lower", 0.1), "Amber"],
    ["absolute: 12 vs 10 with 1 point is Red", 12, 10, abs("lower", 1), "Red"],
    ["floor 15: 15 is Amber", 15, 10, rel("lower", 0.05, 15), "Amber"],
    ["floor 15: 15.1 is Red", 15.1, 10, rel("lower", 0.05, 15), "Red"],
    ["target 0, relative: 0.01 is Red", 0.01, 0, rel("lower"), "Red"],
    ["target 0, absolute 1: 1 is Amber", 1, 0, abs("lower", 1), "Amber"],
    ["target 0, absolute 1: 1.5 is Red", 1.5, 0, abs("lower", 1), "Red"],
    ["negative target −10 at 10%: −9 is Amber (worse side is up)", -9, -10, rel("lower", 0.1), "Amber"],
    ["negative target −10 at 10%: −8.9 is Red", -8.9, -10, rel("lower", 0.1), "Red"],
    ["negative target −10: −12 is Green", -12, -10, rel("lower", 0.1), "Green"],
  ])("%s", (_label, actual, target, rules, expected) => {
    expect(ragStatus(actual, target, rules)).toBe(expected);
  });
});

describe("ragStatus — target polarity (closer is better)", () => {
  test.each<Row>([
    ["on target is Green", 100, 100, rel("target"), "Green"],
    ["100 ± 5 (5%) is Green: 105", 105, 100, rel("target"), "Green"],
    ["100 ± 5 (5%) is Green: 95", 95, 100, rel("target"), "Green"],
    ["just beyond 5 is Amber: 105.01", 105.01, 100, rel("target"), "Amber"],
    ["twice the width (10) is Amber: 110", 110, 100, rel("target"), "Amber"],
    ["twice the width (10) is Amber: 90", 90, 100, rel("target"), "Amber"],
    ["beyond twice the width is Red: 110.01", 110.01, 100, rel("target"), "Red"],
    ["beyond twice the width is Red: 89.99", 89.99, 100, rel("target"), "Red"],
    ["budget variance £0, absolute £2: −2 is Green", -2, 0, abs("target", 2), "Green"],
    ["budget variance £0, absolute £2: 4 is Amber", 4, 0, abs("target", 2), "Amber"],
    ["budget variance £0, absolute £2: −4.01 is Red", -4.01, 0, abs("target", 2), "Red"],
    ["target 0 relative is zero wide: 0.001 is Red", 0.001, 0, rel("target"), "Red"],
    ["a floor is not used for target polarity", 120, 100, rel("target", 0.05, 130), "Red"],
  ])("%s", (_label, actual, target, rules, expected) => {
    expect(ragStatus(actual, target, rules)).toBe(expected);
  });
});

describe("ragStatus — no target, no data, bad tolerance", () => {
  test.each<Row>([
    ["neutral has no RAG", 50, 40, rel("neutral"), "No target"],
    ["neutral is checked before the actual", null, 40, rel("neutral"), "No target"],
    ["no target", 50, null, rel("higher"), "No target"],
    ["no target is checked before no data", null, null, rel("higher"), "No target"],
    ["NaN target", 50, NaN, rel("lower"), "No target"],
    ["infinite target", 50, Infinity, rel("higher"), "No target"],
    ["no actual", null, 74, rel("higher"), "No data"],
    ["NaN actual", NaN, 74, rel("target"), "No data"],
    ["infinite actual", -Infinity, 74, rel("lower"), "No data"],
    ["negative tolerance counts as 0: 99 vs 100 is Red", 99, 100, rel("higher", -0.05), "Red"],
    ["negative tolerance counts as 0: 100 is Green", 100, 100, rel("higher", -0.05), "Green"],
    ["NaN tolerance counts as 0", 99, 100, rel("higher", NaN), "Red"],
    ["infinite tolerance counts as 0", 99, 100, abs("lower", Infinity), "Green"],
    ["infinite tolerance counts as 0 (red side)", 101, 100, abs("lower", Infinity), "Red"],
    ["a NaN floor is ignored: the 5% tolerance applies", 96, 100, rel("higher", 0.05, NaN), "Amber"],
  ])("%s", (_label, actual, target, rules, expected) => {
    expect(ragStatus(actual, target, rules)).toBe(expected);
  });

  test("default tolerance is 5%", () => {
    expect(DEFAULT_TOLERANCE).toBe(0.05);
  });
});
