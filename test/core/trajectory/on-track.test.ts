import { ragStatus } from "../../../src/core/rag";
import {
  expectedOnTrajectory,
  onTrackStatus,
  periodPosition,
  type OnTrackInput,
} from "../../../src/core/trajectory";
import type { OnTrackStatus, Polarity } from "../../../src/core/words";

// docs/rules.md, "On track against a trajectory". Baseline 58 in 2007/08 (2008.25), target 70 in
// 2010/11 (2011.25): the line climbs 4 a year.
const FY = (label: string): number => periodPosition(label)!;
const plan = { baseline: 58, target: 70, start: FY("2007/08"), end: FY("2010/11") };

describe("expectedOnTrajectory", () => {
  test.each<[label: string, now: number | undefined, expected: number]>([
    ["a third of the way (2008/09)", FY("2008/09"), 62],
    ["halfway (Q2 2009/10 ends at 2009.75)", FY("Q2 2009/10"), 64],
    ["at the start: the baseline", FY("2007/08"), 58],
    ["at the end: the target", FY("2010/11"), 70],
    ["no now: the end, so the target", undefined, 70],
    ["before the start: the baseline", FY("2006/07"), 58],
    ["after the end: the target stands", FY("2012/13"), 70],
  ])("%s", (_label, now, expected) => {
    expect(expectedOnTrajectory({ ...plan, now })).toBe(expected);
  });

  test("no start and no end: the target itself (now is ignored)", () => {
    expect(expectedOnTrajectory({ baseline: 58, target: 70 })).toBe(70);
    expect(expectedOnTrajectory({ baseline: 58, target: 70, now: 2009 })).toBe(70);
  });

  test("a falling trajectory: 12 to 6 over three calendar years", () => {
    expect(expectedOnTrajectory({ baseline: 12, target: 6, start: 2011, end: 2014, now: 2012 })).toBe(10);
  });

  test.each<[string, Parameters<typeof expectedOnTrajectory>[0]]>([
    ["no baseline", { ...plan, baseline: null }],
    ["no target", { ...plan, target: null }],
    ["NaN target", { ...plan, target: NaN }],
    ["only a start", { baseline: 58, target: 70, start: 2008 }],
    ["only an end", { baseline: 58, target: 70, end: 2008 }],
    ["end before start", { ...plan, start: 2011.25, end: 2008.25 }],
    ["end equal to start", { ...plan, start: 2008.25, end: 2008.25 }],
    ["nothing at all", undefined as unknown as Parameters<typeof expectedOnTrajectory>[0]],
  ])("%s: no trajectory (undefined)", (_label, input) => {
    expect(expectedOnTrajectory(input)).toBeUndefined();
  });
});

describe("onTrackStatus", () => {
  const at = (actual: number | null, extra: Partial<OnTrackInput> = {}): OnTrackStatus =>
    onTrackStatus({ ...plan, now: FY("2008/09"), actual, polarity: "higher", ...extra });

  test.each<[actual: number, expected: OnTrackStatus, why: string]>([
    [61, "On track", "expected 62, width 3.1: 61 >= 58.9"],
    [62, "On track", "on the line"],
    [58.9, "On track", "62 - 3.1 = 58.9: the edge is included (near-equality)"],
    [58.8, "Behind", "below 58.9"],
    [58, "Behind", "still at the baseline"],
    [65.1, "On track", "62 + 3.1: the upper edge is included"],
    [65.2, "Ahead", "above 65.1"],
    [66, "Ahead", "above 65.1"],
  ])("higher: %p -> %p (%s)", (actual, expected) => {
    expect(at(actual)).toBe(expected);
  });

  test("lower: 12 to 6, expected 10 a third of the way, width 0.5", () => {
    const lower = (actual: number) =>
      onTrackStatus({
        actual,
        baseline: 12,
        target: 6,
        start: 2011,
        end: 2014,
        now: 2012,
        polarity: "lower",
      });
    expect(lower(9)).toBe("Ahead");
    expect(lower(9.5)).toBe("On track");
    expect(lower(10)).toBe("On track");
    expect(lower(10.5)).toBe("On track");
    expect(lower(10.6)).toBe("Behind");
    expect(lower(11)).toBe("Behind");
  });

  test("target: Ahead when nearer the final target than planned, Behind otherwise", () => {
    // £500k overspend to £0 over two years: expected 250 ± 50 (absolute) a year in.
    const budget = (actual: number) =>
      onTrackStatus({
        actual,
        baseline: 500,
        target: 0,
        start: FY("2011/12"),
        end: FY("2013/14"),
        now: FY("2012/13"),
        polarity: "target",
        tolerance: 50,
        toleranceMode: "absolute",
      });
    expect(budget(250)).toBe("On track");
    expect(budget(200)).toBe("On track");
    expect(budget(300)).toBe("On track");
    expect(budget(100)).toBe("Ahead");
    expect(budget(-100)).toBe("Ahead");
    expect(budget(-300)).toBe("Behind");
    expect(budget(350)).toBe("Behind");
  });

  test("tolerance: absolute width, zero tolerance, and a relative tolerance on an expected 0", () => {
    expect(at(64, { tolerance: 2, toleranceMode: "absolute" })).toBe("On track");
    expect(at(64.01, { tolerance: 2, toleranceMode: "absolute" })).toBe("Ahead");
    expect(at(62.01, { tolerance: 0 })).toBe("Ahead");
    expect(at(61.99, { tolerance: 0 })).toBe("Behind");
    expect(at(61.99, { tolerance: -1 })).toBe("Behind"); // negative counts as 0, as in ragStatus
    expect(at(61.99, { tolerance: NaN })).toBe("Behind");
    // 10 to -10 over two years: 0 expected halfway, so a relative band is zero wide.
    const zero = (actual: number) =>
      onTrackStatus({
        actual,
        baseline: 10,
        target: -10,
        start: 2001,
        end: 2003,
        now: 2002,
        polarity: "higher",
      });
    expect(zero(0)).toBe("On track");
    expect(zero(0.01)).toBe("Ahead");
    expect(zero(-0.01)).toBe("Behind");
  });

  test("no periods: the actual against the target itself, with KPI.RAG's width", () => {
    const plain = (actual: number) => onTrackStatus({ actual, baseline: 58, target: 70, polarity: "higher" });
    expect(plain(67)).toBe("On track");
    expect(plain(66.5)).toBe("On track");
    expect(plain(66)).toBe("Behind");
    expect(plain(73.5)).toBe("On track");
    expect(plain(73.6)).toBe("Ahead");
  });

  test("the expected value takes the target's place in ragStatus: Behind exactly when RAG says Red", () => {
    const expected = 62;
    for (const polarity of ["higher", "lower"] as const) {
      for (let actual = 55; actual <= 70; actual += 0.05) {
        const status = at(actual, { polarity });
        const red =
          ragStatus(actual, expected, { polarity, tolerance: 0.05, toleranceMode: "relative" }) === "Red";
        expect([actual, polarity, status === "Behind"]).toEqual([actual, polarity, red]);
      }
    }
  });

  test("checked first, as KPI.RAG: No target, then No data", () => {
    expect(at(61, { polarity: "neutral" })).toBe("No target");
    expect(at(61, { baseline: null })).toBe("No target");
    expect(at(61, { target: null })).toBe("No target");
    expect(at(null, { target: null })).toBe("No target");
    expect(at(null)).toBe("No data");
    expect(at(NaN)).toBe("No data");
    expect(at(61, { start: 2012, end: 2010 })).toBe("No target"); // no trajectory can be drawn
    expect(at(61, { polarity: "sideways" as Polarity })).toBe("No target");
    expect(onTrackStatus(undefined as unknown as OnTrackInput)).toBe("No target");
  });
});
