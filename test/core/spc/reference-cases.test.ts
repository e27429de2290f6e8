/**
 * SPC against NHSRplotthedots 0.2.2 (tag 0.2.2, commit 050b07d): the package's published test
 * cases and vignette examples, and cases run through the package's own code (marked "run"),
 * with their inputs and outputs as facts. Each point is written as a code:
 *   "."  common cause          "_"  a gap (no value)
 *   "A+" / "A-"  beyond the upper / lower limit
 *   "T+" / "T-"  part of a rising / falling trend
 *   "2+" / "2-"  two of three beyond 2 sigma, above / below the mean
 *   "S+" / "S-"  part of a run on one side of the mean, above / below
 * NHSRplotthedots screens moving ranges by default (screen_outliers = TRUE); we do not (the MDC
 * Excel tools do not), so each case states screenOutliers as the reference ran it.
 */
import { spcAnalysis, spcAssurance, spcVariation, type SpcOptions } from "../../../src/core/spc";
import type { Polarity } from "../../../src/core/words";

const CODE = { "beyond limits": "A", trend: "T", "two of three": "2", shift: "S" } as const;

function codes(values: readonly (number | null)[], options: SpcOptions = {}, polarity: Polarity = "higher") {
  return spcAnalysis(values, polarity, options).points.map((p) =>
    p.value === null
      ? "_"
      : p.cause === null
        ? "."
        : `${CODE[p.cause.rule]}${p.cause.direction === 1 ? "+" : "-"}`,
  );
}
const types = (values: readonly (number | null)[], polarity: Polarity, options: SpcOptions = {}) =>
  spcAnalysis(values, polarity, options).points.map((p) => p.type);
const limitsAt = (values: readonly (number | null)[], position: number, options: SpcOptions = {}) =>
  spcAnalysis(values, "higher", options).points[position]!.limits!;
const repeat = <T>(items: readonly T[], times: number): T[] =>
  Array.from({ length: times }, () => items).flat();
/** Codes from a compact list: [code, count] pairs. */
const run = (...parts: [string, number][]): string[] =>
  parts.flatMap(([code, n]) => Array<string>(n).fill(code));

const SCREEN = { screenOutliers: true } as const;

// set.seed(123); rnorm(20): the data of test-ptd_spc_standard.R and test-ptd_spc.R.
const RNORM20 = [
  -0.5604756465522126, -0.23017748948327996, 1.558708314149124, 0.070508391424576003, 0.12928773516094624,
  1.715064986883281, 0.4609162059892023, -1.265061234606534, -0.68685285189352607, -0.44566197009995806,
  1.2240817974394615, 0.35981382705736381, 0.40077145059405217, 0.11068271594511971, -0.55584113475407493,
  1.7869131368030782, 0.49785047822923939, -1.9666171566296382, 0.70135590156368555, -0.47279140772793404,
];

describe("published: test-ptd_spc_standard.R, 'it returns expected values'", () => {
  test("r1 (screened): mean 0.1416238, limits -3.01138 and 3.294627, every point common cause", () => {
    const limits = limitsAt(RNORM20, 0, SCREEN);
    expect(limits.mean).toBeCloseTo(0.1416238024745986, 13);
    expect(limits.lower).toBeCloseTo(-3.0113795957080995, 13);
    expect(limits.upper).toBeCloseTo(3.2946272006572963, 13);
    expect(codes(RNORM20, SCREEN)).toEqual(run([".", 20]));
  });

  const withTen = RNORM20.map((v, i) => (i === 14 ? 10 : v));
  test("r2 (y[15] = 10, screened): mean 0.6694159, limits -2.383666 and 3.722497; point 15 above the limit", () => {
    const limits = limitsAt(withTen, 0, SCREEN);
    expect(limits.mean).toBeCloseTo(0.6694158592123024, 13);
    expect(limits.lower).toBeCloseTo(-2.3836655972741312, 13);
    expect(limits.upper).toBeCloseTo(3.7224973156987362, 13);
    expect(codes(withTen, SCREEN)).toEqual(run([".", 14], ["A+", 1], [".", 5]));
    expect(types(withTen, "higher", SCREEN)[14]).toBe("improvement");
  });

  test("r3 (y[15] = 10, not screened): limits -4.596625 and 5.935457, wider than r2; point 15 above", () => {
    const limits = limitsAt(withTen, 0);
    expect(limits.lower).toBeCloseTo(-4.5966251824697597, 13);
    expect(limits.upper).toBeCloseTo(5.9354569008943638, 13);
    expect(codes(withTen)).toEqual(run([".", 14], ["A+", 1], [".", 5]));
  });

  test("2 of 3 beyond 2 sigma counts only when all three are on one side of the mean (#143)", () => {
    const values = repeat([1, -1], 8).map((v, i) => (i === 14 ? 5.5 : i === 15 ? -5.5 : v));
    expect(codes(values, SCREEN)).toEqual(run([".", 16]));
  });
});

describe("published: test-geom_ptd_icon.R, 'ptd_get_icons transforms the data correctly'", () => {
  const first12 = RNORM20.slice(0, 12);
  const up = [
    4.3749607321507433, 3.3133066892575869, 5.837787044494525, 5.153373117836515, 3.8618630629880526,
    6.2538149210699263, 5.426464221476814, 4.7049285170077288, 5.8951256610450224, 5.8781334875330424,
    5.8215810816374871, 5.6886402541000907,
  ];
  const down = [
    -4.4460823464624113, -5.0619117105767213, -5.3059626637399164, -5.3804710010123831, -5.6947069789205127,
    -5.2079172780195986, -6.2653963515682642, -2.8310440346614874, -3.7920380016950093, -6.1231085832033489,
    -5.4028848352990764, -5.466655353623219,
  ];
  const rising = [...first12, ...up];
  const falling = [...first12, ...down];

  test("rnorm(12) then rnorm(12, 5): limits, and every point's rule in the published order", () => {
    const limits = limitsAt(rising, 0, SCREEN);
    expect(limits.mean).toBeCloseTo(2.6891721190027491, 13);
    expect(limits.lower).toBeCloseTo(-0.02947566927924461, 13);
    expect(limits.upper).toBeCloseTo(5.4078199072847433, 13);
    expect(codes(rising, SCREEN)).toEqual(
      run(
        ["A-", 2],
        ["S-", 1],
        ["2-", 2],
        ["S-", 1],
        ["2-", 1],
        ["A-", 3],
        ["S-", 2],
        ["S+", 2],
        ["A+", 1],
        ["S+", 2],
        ["A+", 2],
        ["S+", 1],
        ["A+", 4],
      ),
    );
  });

  test("icons: improvement and pass with target -3; concern and fail when lower is better", () => {
    expect(spcVariation(rising, "higher", SCREEN)).toBe("Special cause improving");
    expect(spcAssurance(rising, -3, "higher", SCREEN)).toBe("Consistently pass");
    expect(spcVariation(rising, "lower", SCREEN)).toBe("Special cause concerning");
    expect(spcAssurance(rising, -3, "lower", SCREEN)).toBe("Consistently fail");
  });

  test("rnorm(12) then rnorm(12, -5): a falling trend outranks the run; icons for each polarity with target 3", () => {
    const limits = limitsAt(falling, 0, SCREEN);
    expect(limits.mean).toBeCloseTo(-2.4436677947213958, 13);
    expect(limits.lower).toBeCloseTo(-5.0902205566345788, 13);
    expect(limits.upper).toBeCloseTo(0.20288496719178761, 13);
    expect(codes(falling, SCREEN)).toEqual(
      run(
        ["2+", 2],
        ["A+", 1],
        ["2+", 2],
        ["A+", 2],
        ["S+", 3],
        ["A+", 2],
        ["T-", 2],
        ["A-", 5],
        ["S-", 2],
        ["A-", 3],
      ),
    );
    expect([spcVariation(falling, "higher", SCREEN), spcAssurance(falling, 3, "higher", SCREEN)]).toEqual([
      "Special cause concerning",
      "Consistently fail",
    ]);
    expect([spcVariation(falling, "lower", SCREEN), spcAssurance(falling, 3, "lower", SCREEN)]).toEqual([
      "Special cause improving",
      "Consistently pass",
    ]);
    expect([spcVariation(falling, "neutral", SCREEN), spcAssurance(falling, 3, "neutral", SCREEN)]).toEqual([
      "Special cause low",
      "No target",
    ]);
  });
});

describe("published: vignettes and issue #167", () => {
  const deviations = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];
  test("deviations.Rmd: screened UPL 4.6, mean 1.94, LPL -0.72; not screened 6.95 and -3.06; only point 5 special", () => {
    const screened = limitsAt(deviations, 0, SCREEN);
    expect([screened.upper, screened.mean, screened.lower]).toEqual([
      expect.closeTo(4.6044444444444448, 13),
      expect.closeTo(1.9444444444444444, 13),
      expect.closeTo(-0.71555555555555572, 13),
    ]);
    const plain = limitsAt(deviations, 0);
    expect([plain.upper, plain.lower]).toEqual([
      expect.closeTo(6.9515032679738562, 13),
      expect.closeTo(-3.0626143790849669, 13),
    ]);
    for (const options of [SCREEN, {}])
      expect(codes(deviations, options)).toEqual(run([".", 4], ["A+", 1], [".", 13]));
  });

  test("#167: 0..7 rising — point 1 below the limit, 2-7 a rising trend, 8 above the limit; mirrored for 0..-7", () => {
    const rise = [0, 1, 2, 3, 4, 5, 6, 7];
    expect(codes(rise, SCREEN)).toEqual(run(["A-", 1], ["T+", 6], ["A+", 1]));
    expect(types(rise, "higher", SCREEN)).toEqual([...run(["concern", 1]), ...run(["improvement", 7])]);
    expect(types(rise, "lower", SCREEN)).toEqual([...run(["improvement", 1]), ...run(["concern", 7])]);
    const fall = rise.map((v) => -v);
    expect(codes(fall, SCREEN)).toEqual(run(["A+", 1], ["T-", 6], ["A-", 1]));
    expect(types(fall, "neutral", SCREEN)).toEqual([...run(["neutral high", 1]), ...run(["neutral low", 7])]);
  });
});

// Run through the reference's own code: a base of 0,1 x 6 fixed after 12 points (mean 0.5,
// mean moving range 1, limits -2.16 and 3.16, 2-sigma lines -1.2733 and 2.2733), then more.
const B = repeat([0, 1], 6);
const FIX = { fixAfter: 12, screenOutliers: true } as const;
const afterBase = (...more: (number | null)[]) => [...B, ...more];

describe("run: which rule wins, two of three, trends, runs and gaps (fixed base B)", () => {
  test.each<[string, (number | null)[], string[]]>([
    [
      "T1: 2.5, 0.8, 2.5 — the two beyond 2 sigma are flagged, the middle one is not",
      [0, 1, 0, 2.5, 0.8, 2.5, 0, 1, 0],
      run([".", 15], ["2+", 1], [".", 1], ["2+", 1], [".", 3]),
    ],
    [
      "T2: the middle point below the mean spoils the window",
      [0, 1, 0, 2.5, 0.2, 2.5, 0, 1, 0],
      run([".", 21]),
    ],
    [
      "T2b: the middle point exactly on the mean spoils it too",
      [0, 1, 0, 2.5, 0.5, 2.5, 0, 1, 0],
      run([".", 21]),
    ],
    ["T2c: no window of three all on one side", [0, 1, 0, 2.5, 2.5, 0, 0, 1, 0], run([".", 21])],
    [
      "T2d: 0.8, 2.5, 2.5 — all above the mean",
      [0, 1, 0.8, 2.5, 2.5, 0, 0, 1, 0],
      run([".", 15], ["2+", 2], [".", 4]),
    ],
    [
      "T3: a point beyond the limit does not count towards two of three",
      [0, 1, 0, 2.5, 3.5, 0.8, 0, 1, 0],
      run([".", 16], ["A+", 1], [".", 4]),
    ],
    [
      "T3b: beyond, then two beyond 2 sigma",
      [0, 1, 0, 3.5, 2.5, 2.5, 0, 1, 0],
      run([".", 15], ["A+", 1], ["2+", 2], [".", 3]),
    ],
    ["T5: a window that ends the series counts", [0, 1, 0.8, 2.5, 2.5], run([".", 15], ["2+", 2])],
    ["T5b: a window past the end never does", [0, 1, 0, 2.5, 2.5], run([".", 17])],
    [
      "U1: seven 1s after B's last 1: a run of 8 above",
      [1, 1, 1, 1, 1, 1, 1, 0],
      run([".", 11], ["S+", 8], [".", 1]),
    ],
    ["U3: a point on the mean breaks the run", [1, 1, 1, 0.5, 1, 1, 1, 1, 0], run([".", 21])],
    ["U5: a gap breaks the run", [1, 1, 1, 1, null, 1, 1, 1, 0], [...run([".", 16]), "_", ...run([".", 4])]],
    [
      "U6: runs on both sides of a gap",
      [1, 1, 1, 1, 1, 1, 1, null, 1, 1, 1, 1, 1, 1, 1, 0],
      [...run([".", 11], ["S+", 8]), "_", ...run(["S+", 7], [".", 1])],
    ],
    [
      "V1: a rising trend of 7 through the mean",
      [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0],
      run([".", 12], ["T+", 7], [".", 1]),
    ],
    ["V2: 6 rising points are not a trend", [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0, 0], run([".", 20])],
    [
      "V3: a repeated value between two trends: the first trend's last point is called falling",
      [-1, -0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.4, -0.5, -0.6, -0.7, -0.8, -0.9, -1.0, 0],
      run([".", 12], ["T+", 6], ["T-", 8], ["S-", 1]),
    ],
    [
      "V4: a peak shared by two trends belongs to the falling one",
      [-1, -0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.5, -0.6, -0.7, -0.8, -0.9, -1.0, 0],
      run([".", 12], ["T+", 6], ["T-", 7], ["S-", 1]),
    ],
    [
      "V5: a trend outranks the run it lies in",
      [0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 0],
      run([".", 11], ["S+", 1], ["T+", 7], [".", 1]),
    ],
    [
      "V6: a falling trend above the mean is falling",
      [2.0, 1.9, 1.8, 1.7, 1.6, 1.5, 1.4, 0],
      run([".", 11], ["S+", 1], ["T-", 8]),
    ],
  ])("%s", (_, more, expected) => {
    expect(codes(afterBase(...more), FIX)).toEqual(expected);
  });

  test("V6 for higher: the run above is improvement, the falling trend concern", () => {
    const values = afterBase(2.0, 1.9, 1.8, 1.7, 1.6, 1.5, 1.4, 0);
    expect(types(values, "higher", FIX).slice(11)).toEqual(["improvement", ...run(["concern", 8])]);
  });

  test("T6: two below the mean beyond 2 sigma are improvement when lower is better, neutral low for neutral", () => {
    const values = afterBase(0, 1, 0, -1.5, 0.2, -1.5, 0, 1, 0);
    expect(codes(values, FIX)).toEqual(run([".", 15], ["2-", 1], [".", 1], ["2-", 1], [".", 3]));
    expect(types(values, "lower", FIX)[15]).toBe("improvement");
    expect(types(values, "neutral", FIX)[17]).toBe("neutral low");
  });

  test("the fixed base: limits -2.16 and 3.16 from the first 12 points, held for the rest", () => {
    const limits = limitsAt(afterBase(0, 1, 0, 2.5), 14, FIX);
    expect([limits.mean, limits.meanMovingRange, limits.lower, limits.upper]).toEqual([
      0.5,
      1,
      expect.closeTo(-2.16, 12),
      expect.closeTo(3.16, 12),
    ]);
  });
});

describe("run: whole series with the reference's default (screened) limits", () => {
  test.each<[string, (number | null)[], SpcOptions, string[], [number, number, number] | null]>([
    ["F2: two points", [1, 3], SCREEN, run([".", 2]), [2, -3.32, 7.32]],
    [
      "F3: ten equal values, screened: every range dropped, no limits, common cause",
      Array(10).fill(5),
      SCREEN,
      run([".", 10]),
      null,
    ],
    [
      "F4: ten equal values, not screened: limits on the mean, common cause",
      Array(10).fill(5),
      {},
      run([".", 10]),
      [5, 5, 5],
    ],
    [
      "F5: twelve 5s then 6, screened: zero-width limits, every point beyond",
      [...Array(12).fill(5), 6],
      SCREEN,
      run(["A-", 12], ["A+", 1]),
      null,
    ],
    [
      "G1: a gap: the ranges beside it are not taken",
      [1, 3, 2, null, 3, 1, 2, 3, 1, 2, 3, 2],
      SCREEN,
      [".", ".", ".", "_", ...run([".", 8])],
      [23 / 11, -1.455758, 5.637576],
    ],
    [
      "G4: runs on each side of a gap",
      [1, 2, 1, 2, 1, 2, 1, 2, null, 3, 3.1, 3, 3.1, 3, 3.1, 3, 1, 2, 1, 2],
      SCREEN,
      [...run(["S-", 8]), "_", ...run(["S+", 7], [".", 4])],
      [2.068421, 0.09689164, 4.03995],
    ],
    [
      "H3: 1..7..1: limits first, then trends",
      [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1],
      SCREEN,
      run(["A-", 1], ["T+", 5], ["A+", 1], ["T-", 5], ["A-", 1]),
      [3.769231, 1.109231, 6.429231],
    ],
    [
      "H10: two of three and runs interleaved",
      [5, 6, 5, 6, 5, 6, 1, 2, 1, 2, 1, 2, 1, 5, 6, 5, 6, 5, 6, 5],
      SCREEN,
      run([".", 6], ["2-", 1], ["S-", 1], ["2-", 1], ["S-", 1], ["2-", 1], ["S-", 1], ["2-", 1], ["S+", 7]),
      [4.05, 0.9466667, 7.153333],
    ],
    [
      "R0: a step up, no rebase",
      [...repeat([5, 6], 6), ...repeat([9, 10], 4)],
      SCREEN,
      [...repeat(["2-", "S-"], 6), ...repeat(["S+", "2+"], 4)],
      [7.1, 4.16, 10.04],
    ],
    [
      "X1: the step against limits fixed after 12",
      [...repeat([5, 6], 6), ...repeat([9, 10], 4)],
      { ...SCREEN, fixAfter: 12 },
      run([".", 11], ["S+", 1], ["A+", 8]),
      [5.5, 2.84, 8.16],
    ],
    [
      "X3: a screened range: 5 is beyond the limit",
      [...repeat([0, 1], 6), 0, 5],
      SCREEN,
      run([".", 13], ["A+", 1]),
      [0.7857143, -1.874286, 3.445714],
    ],
  ])("%s", (_, values, options, expected, limits) => {
    expect(codes(values, options)).toEqual(expected);
    if (limits) {
      const found = limitsAt(values, 0, options);
      expect([found.mean, found.lower, found.upper]).toEqual(limits.map((v) => expect.closeTo(v, 5)));
    }
  });

  test("R1: rebased at point 13, each segment has its own limits and nothing is special", () => {
    const values = [...repeat([5, 6], 6), ...repeat([9, 10], 4)];
    const options = { ...SCREEN, rebase: [12] };
    expect(codes(values, options)).toEqual(run([".", 20]));
    const [first, second] = [limitsAt(values, 0, options), limitsAt(values, 12, options)];
    expect([first.mean, first.lower, first.upper]).toEqual([
      5.5,
      expect.closeTo(2.84, 12),
      expect.closeTo(8.16, 12),
    ]);
    expect([second.mean, second.lower, second.upper]).toEqual([
      9.5,
      expect.closeTo(6.84, 12),
      expect.closeTo(12.16, 12),
    ]);
  });

  test("R2: a rebase splits a run: rules never reach across segments", () => {
    const values = [...repeat([1, 2], 5), 2, 2, 2, 2, ...repeat([1, 2], 5)];
    const options = { ...SCREEN, rebase: [10] };
    expect(codes(values, options)).toEqual(run([".", 24]));
    const second = limitsAt(values, 10, options);
    expect([second.mean, second.lower, second.upper]).toEqual([
      expect.closeTo(1.642857, 5),
      expect.closeTo(-0.4032967, 6),
      expect.closeTo(3.689011, 5),
    ]);
  });

  test("X2: fixed after 12 within each segment, rebased at point 15", () => {
    const values = [...repeat([5, 6], 6), ...repeat([9, 10], 4), ...repeat([5, 6], 8)];
    const options = { ...SCREEN, fixAfter: 12, rebase: [14] };
    const later = limitsAt(values, 20, options);
    expect([later.mean, later.lower, later.upper]).toEqual([
      7.5,
      expect.closeTo(4.84, 12),
      expect.closeTo(10.16, 12),
    ]);
    const found = codes(values, options);
    expect(found.slice(12, 14)).toEqual(["A+", "A+"]);
    expect([found[15], found[17], found[19]]).toEqual(["2+", "2+", "2+"]);
    expect(found.slice(20).every((c) => c === "2-" || c === "S-")).toBe(true);
  });
});

describe("assurance (run through the reference's code)", () => {
  const twoLevels = [...B, ...B.map((v) => v + 10)];
  test("B then B+10, target 4: rebased at 13 the last segment's limits (7.84, 13.16) pass; without, hit and miss", () => {
    expect(spcAssurance(twoLevels, 4, "higher", { ...SCREEN, rebase: [12] })).toBe("Consistently pass");
    expect(spcAssurance(twoLevels, 4, "higher", SCREEN)).toBe("Hit and miss");
  });

  test("a target exactly on a limit is hit and miss; just past it is consistent", () => {
    const values = [...B, 0.5];
    const upper = limitsAt(values, 0).upper;
    expect(spcAssurance(values, upper, "higher")).toBe("Hit and miss");
    expect(spcAssurance(values, upper + 1e-9, "higher")).toBe("Consistently fail");
    expect(spcAssurance(values, upper + 1e-9, "lower")).toBe("Consistently pass");
  });

  test("a target per period: the latest one counts (here 4 above the limits: fail), blanks reach back", () => {
    const values = [...B, 0.5];
    const targets = [...Array(11).fill(0), 4, null];
    expect(spcAssurance(values, targets, "higher")).toBe("Consistently fail");
    expect(spcAssurance(values, [...Array(12).fill(4), 0], "higher")).toBe("Hit and miss");
    expect(spcAssurance(values, [null, null], "higher")).toBe("No target");
  });
});

describe("our choices where the reference is silent or Making Data Count differs", () => {
  test("under 13 values the icon is Not enough data (MDC), though the points are typed", () => {
    expect(spcVariation([0, 1, 2, 3, 4, 5, 6, 7], "higher")).toBe("Not enough data");
    expect(types([0, 1, 2, 3, 4, 5, 6, 7], "higher")[7]).toBe("improvement");
  });

  test("blanks after the latest value (periods to come) do not end the series; the icon is the latest value's", () => {
    const values = [...Array(12).fill(5), 9];
    expect(spcVariation([...values, null, null], "higher")).toBe(spcVariation(values, "higher"));
    expect(spcVariation([null, ...values], "higher")).toBe("Special cause improving");
  });

  test("a run length of 6 (MDC's other choice) finds a run of 6 that 7 does not", () => {
    const values = afterBase(1, 1, 1, 1, 1, 0, 0, 1, 0);
    expect(codes(values, FIX)).toEqual(run([".", 21]));
    expect(codes(values, { ...FIX, runLength: 6 })).toEqual(run([".", 11], ["S+", 6], [".", 4]));
  });
});
