import { quartileBand, quartileInc, type Quart } from "../../../src/core/benchmark";
import type { Polarity } from "../../../src/core/words";

describe("quartileInc — Excel QUARTILE.INC (R type 7)", () => {
  test.each<[string, readonly number[], Quart, number | null]>([
    // h = (n − 1) × q / 4, interpolate between sorted[⌊h⌋] and sorted[⌊h⌋ + 1]
    ["{1,2,3,4} q0 = 1", [1, 2, 3, 4], 0, 1],
    ["{1,2,3,4} q1: h = 0.75 -> 1 + 0.75 = 1.75 (Excel)", [1, 2, 3, 4], 1, 1.75],
    ["{1,2,3,4} q2: h = 1.5 -> 2.5 (Excel)", [1, 2, 3, 4], 2, 2.5],
    ["{1,2,3,4} q3: h = 2.25 -> 3.25 (Excel)", [1, 2, 3, 4], 3, 3.25],
    ["{1,2,3,4} q4 = 4", [1, 2, 3, 4], 4, 4],
    // n = 9, h = 8 × q / 4 = 2q: exact positions 0, 2, 4, 6, 8
    ["{7,9,15,16,23,28,36,40,42} q0 = 7", [7, 9, 15, 16, 23, 28, 36, 40, 42], 0, 7],
    ["{7,9,15,16,23,28,36,40,42} q1: h = 2 -> 15", [7, 9, 15, 16, 23, 28, 36, 40, 42], 1, 15],
    ["{7,9,15,16,23,28,36,40,42} q2: h = 4 -> 23", [7, 9, 15, 16, 23, 28, 36, 40, 42], 2, 23],
    ["{7,9,15,16,23,28,36,40,42} q3: h = 6 -> 36", [7, 9, 15, 16, 23, 28, 36, 40, 42], 3, 36],
    ["{7,9,15,16,23,28,36,40,42} q4 = 42", [7, 9, 15, 16, 23, 28, 36, 40, 42], 4, 42],
    // n = 11, h = 2.5q: q1 h = 2.5 -> 15 + 0.5 × (36 − 15) = 25.5; q3 h = 7.5 -> 42 + 0.5 × 1 = 42.5
    // (Wikipedia "Quartile", method matching Excel QUARTILE.INC)
    ["{6,7,15,36,39,40,41,42,43,47,49} q1 = 25.5", [6, 7, 15, 36, 39, 40, 41, 42, 43, 47, 49], 1, 25.5],
    ["{6,7,15,36,39,40,41,42,43,47,49} q2 = 40", [6, 7, 15, 36, 39, 40, 41, 42, 43, 47, 49], 2, 40],
    ["{6,7,15,36,39,40,41,42,43,47,49} q3 = 42.5", [6, 7, 15, 36, 39, 40, 41, 42, 43, 47, 49], 3, 42.5],
    // n = 10: q1 h = 2.25 -> 3.25; q3 h = 6.75 -> 7.75 (Excel QUARTILE.INC({1..10},1) = 3.25)
    ["{1..10} q1 = 3.25", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 1, 3.25],
    ["{1..10} q3 = 7.75", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3, 7.75],
    ["unsorted input is sorted first: {4,1,3,2} q1 = 1.75", [4, 1, 3, 2], 1, 1.75],
    ["one value: every quartile is it", [5], 1, 5],
    ["empty", [], 2, null],
    ["NaN and infinities are left out", [NaN, 1, 2, Infinity, 3, 4, -Infinity], 1, 1.75],
    ["quart 5 is Excel's #NUM!", [1, 2, 3, 4], 5 as Quart, null],
    ["quart −1 is Excel's #NUM!", [1, 2, 3, 4], -1 as Quart, null],
    ["quart NaN", [1, 2, 3, 4], NaN as Quart, null],
    ["quart 1.9 is truncated to 1 like Excel", [1, 2, 3, 4], 1.9 as Quart, 1.75],
  ])("%s", (_label, values, quart, expected) => {
    expect(quartileInc(values, quart)).toBe(expected);
  });

  test("does not change its input", () => {
    const values = [4, 1, 3, 2];
    const frozen = Object.freeze([...values]);
    quartileInc(frozen, 1);
    quartileInc(values, 3);
    expect(values).toEqual([4, 1, 3, 2]);
  });
});

describe("quartileBand — A is the best quarter; bands include their upper boundary", () => {
  // Peers {1,2,3,4}: Q1 = 1.75, Q2 = 2.5, Q3 = 3.25 (above).
  const peers = [1, 2, 3, 4];
  test.each<[string, number, Polarity, string]>([
    ["higher: below Q1 is D", 0, "higher", "D"],
    ["higher: exactly Q1 is D (upper boundary of D)", 1.75, "higher", "D"],
    ["higher: just above Q1 is C", 1.76, "higher", "C"],
    ["higher: exactly Q2 is C", 2.5, "higher", "C"],
    ["higher: just above Q2 is B", 2.6, "higher", "B"],
    ["higher: exactly Q3 is B (A is strictly above Q3)", 3.25, "higher", "B"],
    ["higher: just above Q3 is A", 3.26, "higher", "A"],
    ["higher: far above is A", 100, "higher", "A"],
    ["lower: exactly Q1 is A (up to and including Q1)", 1.75, "lower", "A"],
    ["lower: below Q1 is A", 0, "lower", "A"],
    ["lower: just above Q1 is B", 1.76, "lower", "B"],
    ["lower: exactly Q2 is B", 2.5, "lower", "B"],
    ["lower: exactly Q3 is C", 3.25, "lower", "C"],
    ["lower: just above Q3 is D", 3.26, "lower", "D"],
    ["neutral: no band", 2, "neutral", "-"],
    ["target polarity: no band", 2, "target", "-"],
  ])("%s", (_label, actual, polarity, expected) => {
    expect(quartileBand(actual, peers, polarity)).toBe(expected);
  });

  test("a typed value equal to a quartile that rounds (Q1 of {0.1..0.4} is 0.17500000000000002) is on the boundary", () => {
    expect(quartileInc([0.1, 0.2, 0.3, 0.4], 1)).toBeCloseTo(0.175, 15);
    expect(quartileBand(0.175, [0.1, 0.2, 0.3, 0.4], "higher")).toBe("D");
    expect(quartileBand(0.175, [0.1, 0.2, 0.3, 0.4], "lower")).toBe("A");
  });

  test("LAIT-style peers with gaps: {7,9,15,16,23,28,36,40,42}, Q1 = 15, Q3 = 36", () => {
    const lait = [7, null, 9, 15, 16, 23, NaN, 28, 36, 40, 42];
    expect(quartileBand(15, lait, "higher")).toBe("D");
    expect(quartileBand(36, lait, "higher")).toBe("B");
    expect(quartileBand(37, lait, "higher")).toBe("A");
    expect(quartileBand(15, lait, "lower")).toBe("A");
    expect(quartileBand(36, lait, "lower")).toBe("C");
  });

  test.each<[string, number | null, readonly (number | null)[], Polarity, string | null]>([
    ["no actual", null, [1, 2, 3], "higher", null],
    ["NaN actual", NaN, [1, 2, 3], "lower", null],
    ["no peers", 5, [], "higher", null],
    ["no numeric peers", 5, [null, NaN], "lower", null],
    ["neutral is checked first", null, [], "neutral", "-"],
    ["one peer: every quartile equals it, so equal is D and above is A", 5, [5], "higher", "D"],
  ])("%s", (_label, actual, peerValues, polarity, expected) => {
    expect(quartileBand(actual, peerValues, polarity)).toBe(expected);
  });

  test("does not change the peers", () => {
    const peerValues = [4, null, 1, 3, 2];
    quartileBand(2, peerValues, "higher");
    expect(peerValues).toEqual([4, null, 1, 3, 2]);
  });
});
