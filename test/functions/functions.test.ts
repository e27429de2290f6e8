/* eslint-disable @typescript-eslint/no-require-imports -- these tests load modules after installing stubs or globals */
import { installCustomFunctionsStub, StubCustomFunctionError } from "../support/custom-functions-stub";
import { FUNCTION_MESSAGES } from "../../src/functions/function-messages";

installCustomFunctionsStub();
const f = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

/** Calls a function and returns the Excel error code it throws, or its result. */
function outcome(call: () => unknown): unknown {
  try {
    return call();
  } catch (e) {
    if (e instanceof StubCustomFunctionError) return e.code;
    throw e;
  }
}
const col = (...values: unknown[]) => values.map((v) => [v]);

describe("KPI.RAG", () => {
  // Worked examples from docs/rules.md "RAG against a target".
  test.each([
    [100, 100, undefined, "Green"],
    [96, 100, undefined, "Amber"], // 96 >= 100 * 0.95
    [95, 100, undefined, "Amber"], // exactly at the edge of tolerance
    [94.9, 100, undefined, "Red"],
    [70.3, 74, undefined, "Amber"], // 74 * 0.95 = 70.3 (floating point must not make this Red)
    [8, 10, "lower", "Green"],
    [10.5, 10, "lower", "Amber"], // <= 10 * 1.05
    [10.6, 10, "lower", "Red"],
    [5, 5, "neutral", "No target"],
    ["na", 100, undefined, "No data"],
    ["", 100, undefined, "No data"],
    [50, "", undefined, "No target"],
    ["97%", 1, undefined, "Amber"], // text 97% is 0.97, as Excel reads it
  ])("actual %p target %p polarity %p -> %p", (actual, target, polarity, expected) => {
    expect(f.rag([[actual]], [[target]], polarity)).toEqual([[expected]]);
  });

  test("absolute tolerance and a floor", () => {
    expect(f.rag([[97]], [[100]], "higher", 2, "absolute")).toEqual([["Red"]]); // 97 < 100 - 2
    expect(f.rag([[98]], [[100]], "higher", 2, "absolute")).toEqual([["Amber"]]);
    expect(f.rag([[80]], [[100]], "higher", undefined, undefined, 75)).toEqual([["Amber"]]); // floor 75
    expect(f.rag([[70]], [[100]], "higher", undefined, undefined, 75)).toEqual([["Red"]]);
  });

  test("target polarity: green within tolerance either side, amber within twice", () => {
    expect(f.rag(col(104, 96, 109, 111), [[100]], "target")).toEqual(col("Green", "Green", "Amber", "Red"));
  });

  test("target 0 with relative tolerance is zero wide, never a division", () => {
    expect(f.rag(col(0, 0.01, -0.01), [[0]], "lower")).toEqual(col("Green", "Red", "Green"));
  });

  test("a column of actuals against a column of targets spills the same shape", () => {
    expect(f.rag(col(100, 96, 50, "tbc"), col(100, 100, 100, 100))).toEqual(
      col("Green", "Amber", "Red", "No data"),
    );
  });

  test("unreadable cells are #VALUE! in their own cell only", () => {
    const result = f.rag(col(100, "Amber"), [[100]]) as unknown[][];
    expect(result[0]).toEqual(["Green"]);
    expect(result[1]?.[0]).toBeInstanceOf(StubCustomFunctionError);
    expect((result[1]?.[0] as StubCustomFunctionError).code).toBe("#VALUE!");
    expect((result[1]?.[0] as StubCustomFunctionError).message).toMatch(/RAG word "Amber"/);
  });

  test("words are case-insensitive; unknown words and negative tolerance are errors with the allowed words", () => {
    expect(f.rag([[8]], [[10]], "LOWER")).toEqual([["Green"]]);
    expect(outcome(() => f.rag([[8]], [[10]], "down"))).toBe("#VALUE!");
    try {
      f.rag([[8]], [[10]], "down");
    } catch (e) {
      expect((e as StubCustomFunctionError).message).toBe(
        'polarity must be one of higher, lower, target, neutral (got "down").',
      );
    }
    expect(outcome(() => f.rag([[8]], [[10]], "higher", -0.1))).toBe("#NUM!");
    expect(outcome(() => f.rag([[8]], [[10]], "higher", 0.1, "fuzzy"))).toBe("#VALUE!");
    expect(outcome(() => f.rag(col(1, 2), col(1, 2, 3)))).toBe("#VALUE!");
  });
});

describe("KPI.DIRECTION", () => {
  test.each([
    [[1, 2], undefined, undefined, "Improving"],
    [[2, 1], undefined, undefined, "Worsening"],
    [[2, 1], "lower", undefined, "Improving"],
    [[2, 2], undefined, undefined, "No change"],
    [[1, 3], "neutral", undefined, "Up"],
    [[3, 1], "neutral", undefined, "Down"],
    [[5], undefined, undefined, "Not enough data"],
    [["na", "-", ""], undefined, undefined, "Not enough data"],
    [[10, "na", 12], undefined, undefined, "Improving"], // the gap is skipped, never read as 0
    [[10, 20, 30, 40, 20], undefined, "average", "Worsening"], // 20 vs mean(10,20,30,40)=25
    [[10, 12, 11, 13], undefined, "slope", "Improving"], // slope +0.8
  ])("%p polarity %p method %p -> %p", (values, polarity, method, expected) => {
    expect(f.direction([values as unknown[]], polarity, method)).toEqual([[expected]]);
  });

  test("average of the last N: periods 1 compares with the previous value only", () => {
    expect(f.direction([[100, 10, 20]], "higher", "average", 1)).toEqual([["Improving"]]); // 20 vs 10
    expect(f.direction([[100, 10, 20]], "higher", "average", 2)).toEqual([["Worsening"]]); // 20 vs 55
  });

  test("bad method and periods", () => {
    expect(outcome(() => f.direction([[1, 2]], "higher", "regression"))).toBe("#VALUE!");
    expect(outcome(() => f.direction([[1, 2]], "higher", "average", 0))).toBe("#NUM!");
  });
});

describe("KPI.GAP", () => {
  test("points and percent, positive means better", () => {
    expect(f.gap([[58]], [[67]])).toEqual([[-9]]); // ref 5: 58 vs national 67
    expect(f.gap([[11]], [[13]], "lower")).toEqual([[2]]); // ref 3 read as lower-is-better: 2 points better
    const pct = f.gap([[110]], [[100]], "higher", "percent") as number[][];
    expect(pct[0]?.[0]).toBeCloseTo(0.1, 12);
  });

  test("a range of neighbours is averaged, blanks left out", () => {
    expect(f.gap([[60]], [[50, "", 70, "na"]])).toEqual([[0]]); // mean(50,70)=60
  });

  test("a column of actuals with one benchmark, or with neighbour rows", () => {
    expect(f.gap(col(10, 20), [[15]])).toEqual(col(-5, 5));
    expect(
      f.gap(col(10, 20), [
        [8, 12],
        [30, 10],
      ]),
    ).toEqual(col(0, 0));
  });

  test("benchmark 0 in percent mode is #DIV/0!; no actual is #N/A", () => {
    const r = f.gap([[5]], [[0]], "higher", "percent") as unknown[][];
    expect((r[0]?.[0] as StubCustomFunctionError).code).toBe("#DIV/0!");
    const n = f.gap([["n/a"]], [[5]]) as unknown[][];
    expect((n[0]?.[0] as StubCustomFunctionError).code).toBe("#N/A");
  });
});

describe("KPI.BAND and KPI.PEERRANK", () => {
  // Peers {1,2,3,4}: QUARTILE.INC gives Q1 = 1.75, Q2 = 2.5, Q3 = 3.25 (Excel).
  const peers = [[1, 2, 3, 4]];
  test.each([
    [4, "higher", "A"],
    [3.25, "higher", "B"], // upper bound inclusive: Q3 itself is in B
    [2.5, "higher", "C"],
    [1.75, "higher", "D"],
    [1.75, "lower", "A"],
    [1.76, "lower", "B"],
    [4, "lower", "D"],
    [3, "neutral", "-"],
  ])("band of %p (%p) = %p", (actual, polarity, expected) => {
    expect(f.band([[actual]], peers, polarity)).toEqual([[expected]]);
  });

  test("rank is 1 + peers strictly better; ties share the best rank (RANK.EQ)", () => {
    expect(f.peerRank([[3]], [[1, 3, 3, 5]])).toEqual([[2]]);
    expect(f.peerRank([[3]], [[1, 3, 3, 5]], "lower")).toEqual([[2]]);
    expect(f.peerRank([[6]], [[1, 3, "", 5]])).toEqual([[1]]);
    expect((f.peerRank([[""]], [[1, 2]])[0]?.[0] as StubCustomFunctionError).code).toBe("#N/A");
    expect((f.band([[1]], [["na"]])[0]?.[0] as StubCustomFunctionError).code).toBe("#N/A");
  });
});

describe("KPI.SPC and KPI.ASSURANCE", () => {
  const flat = [10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 10, 9]; // 12 points
  test("under 13 points is Not enough data", () => {
    expect(f.spc([flat])).toEqual([["Not enough data"]]);
    expect(f.assurance([flat], [[5]])).toEqual([["Not enough data"]]);
  });
  test("a last point far above the limits is special cause improving for higher, concerning for lower", () => {
    // mean of 13 points = 142/13 = 10.92; mean MR = (11*1 + 22)/12 ... limits well below 30.
    const series = [...flat, 30];
    expect(f.spc([series])).toEqual([["Special cause improving"]]);
    expect(f.spc([series], "lower")).toEqual([["Special cause concerning"]]);
    expect(f.spc([series], "neutral")).toEqual([["Special cause high"]]);
  });
  test("assurance: target beyond the limits", () => {
    const series = [...flat, 10]; // mean 10, mean MR 1, limits 10 ± 2.66
    expect(f.spc([series])).toEqual([["Common cause"]]);
    expect(f.assurance([series], [[5]])).toEqual([["Consistently pass"]]); // higher: target below the lower limit 7.34
    expect(f.assurance([series], [[15]])).toEqual([["Consistently fail"]]); // above the upper limit 12.66
    expect(f.assurance([series], [[11]])).toEqual([["Hit and miss"]]);
    expect(f.assurance([series], [[5]], "lower")).toEqual([["Consistently fail"]]);
    expect(f.assurance([series], [[""]])).toEqual([["No target"]]);
  });
});

describe("KPI.STATUS", () => {
  const { sharedCatalogueStore } =
    require("../../src/chosen-catalogue/catalogue-store") as typeof import("../../src/chosen-catalogue/catalogue-store");
  const { builtInCatalogue } = require("../../src/core/engine") as typeof import("../../src/core/engine");

  test("before any catalogue is chosen or restored: #N/A 'catalogue not loaded yet', never the built-in example's answer", async () => {
    expect(sharedCatalogueStore.isChosen()).toBe(false);
    await expect(f.status([["CS-IA"]], [[0.8]])).rejects.toMatchObject({
      code: "#N/A",
      message: f.CATALOGUE_NOT_LOADED,
    });
    expect(f.CATALOGUE_NOT_LOADED).toMatch(/^Catalogue not loaded yet/);
  });

  test("choosing a catalogue tells every listener (the recalculation hook), once per change", () => {
    let changes = 0;
    const stop = sharedCatalogueStore.onChange(() => (changes += 1));
    const example = builtInCatalogue();
    if (!example.ok) throw new Error("the built-in example must load");
    sharedCatalogueStore.set(example.catalogue, "built-in example"); // the user's explicit choice
    expect(changes).toBe(1);
    stop();
    sharedCatalogueStore.set(example.catalogue, "built-in example");
    expect(changes).toBe(1);
  });

  // After the user chose the built-in example (above): examples/catalogue.json: CS-IA higher, target 0.8 (80%), tolerance 5% relative; ref 5 higher,
  // target 70 (0-100 scale); CS-BUDGET target polarity, target 0, absolute tolerance 250000.
  test.each([
    ["CS-IA", 0.8, "Green"],
    ["CS-IA", 0.76, "Amber"], // 0.8 * 0.95 = 0.76, on the edge
    ["CS-IA", 0.723, "Red"],
    ["cs-ia", "76.0%", "Amber"], // id case-insensitive; text percent on a 0-1 indicator
    ["5", 58, "Red"], // 58 < 70 * 0.95
    [5, "70%", "Green"], // 70% is 70 points on a 0-100 indicator
    ["CS-BUDGET", -82000, "Green"], // within £250k of £0
    ["CS-IA", "tbc", "No data"],
    ["CS-RESTRUCTURE", 1, "No target"],
  ])("STATUS(%p, %p) = %p", async (id, actual, expected) => {
    await expect(f.status([[id]], [[actual]])).resolves.toEqual([[expected]]);
  });

  test("an unknown id is #N/A naming the catalogue", async () => {
    const unknown = ((await f.status([["NOPE"]], [[1]])) as StubCustomFunctionError[][])[0]?.[0];
    expect(unknown).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining(
        'No indicator "NOPE" in the catalogue "Leeds children\'s services example"',
      ),
    });
  });

  test("per-period targets: the period picks the target", async () => {
    sharedCatalogueStore.set(
      {
        name: "t",
        version: "1",
        indicators: [
          { id: "P", name: "P", aliases: [], polarity: "higher", unit: "count", target: { Q1: 10, Q2: 20 } },
        ],
      },
      "test",
    );
    await expect(f.status([["P"]], [[15]], "Q1")).resolves.toEqual([["Green"]]);
    await expect(f.status([["P"]], [[15]], "q2")).resolves.toEqual([["Red"]]);
    await expect(f.status([["P"]], [[15]])).resolves.toEqual([
      [expect.objectContaining({ code: "#VALUE!" })],
    ]);
  });
});

describe("a block of several rows gives one answer per row (=KPI.DIRECTION(G4:H22) spills)", () => {
  const block = [
    [72.3, 76],
    [1432, 1390],
    ["na", 5],
  ];
  test("KPI.DIRECTION: one series per row; a single row or column is one series", () => {
    expect(f.direction(block)).toEqual([["Improving"], ["Worsening"], ["Not enough data"]]);
    expect(f.direction(block, "lower")).toEqual([["Worsening"], ["Improving"], ["Not enough data"]]);
    expect(f.direction([[1], [2], [3]])).toEqual([["Improving"]]); // a column is one series, oldest at the top
    expect(f.direction([[3, 2, 1]])).toEqual([["Worsening"]]);
  });

  test("KPI.SPC and KPI.ASSURANCE: one per row, with one target or one per row", () => {
    const flat = [10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 10, 9, 10];
    const rows = [[...flat.slice(0, 12), 30], flat];
    expect(f.spc(rows)).toEqual([["Special cause improving"], ["Common cause"]]);
    expect(f.assurance(rows, [[15]])).toEqual([["Hit and miss"], ["Consistently fail"]]);
    expect(f.assurance(rows, [[15], [5]])).toEqual([["Hit and miss"], ["Consistently pass"]]);
    expect(outcome(() => f.assurance(rows, [[1], [2], [3]]))).toBe("#VALUE!");
  });

  test("KPI.BAND, KPI.PEERRANK and KPI.STATUS: a range of actuals gives one result per cell", () => {
    expect(f.band([[4], [1]], [[1, 2, 3, 4]])).toEqual([["A"], ["D"]]);
    expect(f.peerRank([[5, 1]], [[1, 3, 3, 5]])).toEqual([[1, 4]]);
  });

  test("KPI.STATUS: a column of ids with a column of actuals", async () => {
    const { sharedCatalogueStore } =
      require("../../src/chosen-catalogue/catalogue-store") as typeof import("../../src/chosen-catalogue/catalogue-store");
    const example = (
      require("../../src/core/engine") as typeof import("../../src/core/engine")
    ).builtInCatalogue();
    if (example.ok) sharedCatalogueStore.set(example.catalogue, "built-in example");
    await expect(f.status([["CS-IA"], ["5"]], [[0.8], [58]])).resolves.toEqual([["Green"], ["Red"]]);
    await expect(f.status([["CS-IA"]], [[0.8], [0.7]])).resolves.toEqual([["Green"], ["Red"]]);
  });
});

describe("a bug in our code is not bad input", () => {
  type Loaded = {
    functions: typeof import("../../src/functions/functions");
    bugs: typeof import("../../src/functions/report-bug");
  };
  /**
   * functions.ts loaded afresh with ragStatus (core) replaced by one that throws, as a bug
   * would, and the same rethrowing handler the stub installs for every other test.
   */
  function functionsWithBrokenRag(): Loaded {
    let loaded: Loaded | undefined;
    jest.isolateModules(() => {
      jest.doMock("../../src/core/rag", () => ({
        ...jest.requireActual("../../src/core/rag"),
        ragStatus: () => {
          throw new TypeError("deliberate bug in ragStatus");
        },
      }));
      const bugs = require("../../src/functions/report-bug") as Loaded["bugs"];
      bugs.setBugHandler((error) => {
        throw error;
      });
      loaded = { functions: require("../../src/functions/functions"), bugs };
    });
    jest.dontMock("../../src/core/rag");
    return loaded!;
  }

  test("under test the stub rethrows it, so the test fails instead of seeing #VALUE!", () => {
    const { functions } = functionsWithBrokenRag();
    expect(() => functions.rag([[96]], [[100]])).toThrow(new TypeError("deliberate bug in ragStatus"));
    // Bad input still gives its own error value, not a thrown bug.
    expect(outcome(() => functions.rag([[96]], [[100]], "down"))).toBe("#VALUE!");
  });

  test("in Excel the cell shows #VALUE! with a report-it message, and the stack goes to the console", () => {
    const { functions, bugs } = functionsWithBrokenRag();
    bugs.setBugHandler(bugs.logBug);
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const cell = (functions.rag([[96]], [[100]]) as unknown[][])[0]?.[0] as StubCustomFunctionError;
      expect(cell).toBeInstanceOf(StubCustomFunctionError);
      expect(cell.code).toBe("#VALUE!");
      expect(cell.message).toBe(FUNCTION_MESSAGES.bug);
      expect(logged).toHaveBeenCalledTimes(1);
      expect(String(logged.mock.calls[0]?.[0])).toMatch(
        /^Scorecard Kit: unexpected error in a custom function\.\nTypeError: deliberate bug in ragStatus\n\s+at /,
      );
    } finally {
      logged.mockRestore();
    }
  });

  test("every other test here runs with the rethrowing handler the stub installed", () => {
    const bugs = require("../../src/functions/report-bug") as Loaded["bugs"];
    const current = bugs.setBugHandler(bugs.logBug);
    bugs.setBugHandler(current);
    expect(current).not.toBe(bugs.logBug);
    expect(() => current(new RangeError("x"))).toThrow(RangeError);
  });
});

describe("SPC options in KPI.SPC, KPI.ASSURANCE and KPI.SPCLIMITS", () => {
  const step = [[5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 9, 10, 9, 10, 9, 10, 9, 10]];
  const message = (call: () => unknown): string => {
    try {
      call();
    } catch (e) {
      if (e instanceof StubCustomFunctionError) return `${e.code} ${e.message}`;
      throw e;
    }
    return "no error";
  };

  test("each bad option is #VALUE! with a message that names it and says what to do", () => {
    expect(message(() => f.spc(step, "higher", 11))).toBe(
      "#VALUE! fixAfter must be a whole number of points, at least 12 (got 11): the limits are set from that many points and then held. Leave it out to use every point.",
    );
    expect(message(() => f.spc(step, "higher", undefined, 1))).toBe(
      "#VALUE! rebase must list point numbers from 2 to 20, where new limits start (got 1). Leave it out for one set of limits.",
    );
    expect(message(() => f.spc(step, "higher", undefined, [[13, 21]]))).toMatch(
      /^#VALUE! rebase .* \(got 13, 21\)/,
    );
    expect(message(() => f.spc(step, "higher", undefined, "soon"))).toBe(
      '#VALUE! rebase must be a number (got "soon").',
    );
    expect(message(() => f.spc(step, "higher", undefined, undefined, "maybe"))).toBe(
      '#VALUE! screenOutliers must be TRUE or FALSE (or yes / no) (got "maybe").',
    );
    expect(message(() => f.spc(step, "higher", undefined, undefined, undefined, 5))).toBe(
      "#VALUE! runLength must be a whole number from 6 to 9 (got 5): the points in a run or a trend. Making Data Count uses 7, or 6.",
    );
  });

  test("rebase takes a range of point numbers; a rebase on the first point is refused, blanks are skipped", () => {
    expect(f.spc(step, "higher", undefined, [[13], [null]])).toEqual([["Common cause"]]);
    // Target 5: inside the one set of limits (4.02 to 10.18), below the rebased ones (6.84 to 12.16).
    expect(f.assurance(step, [[5]], "higher")).toEqual([["Hit and miss"]]);
    expect(f.assurance(step, [[5]], "higher", undefined, [[13]])).toEqual([["Consistently pass"]]);
  });

  test("ASSURANCE with a target per period for each row of a block: each row's latest target", () => {
    const rows = [step[0]!, step[0]!.map((v) => v + 100)];
    const targets = [step[0]!.map(() => 4), step[0]!.map((_, i) => (i < 19 ? 4 : 200))];
    expect(f.assurance(rows, targets, "higher", undefined, 13)).toEqual([
      ["Consistently pass"],
      ["Consistently fail"],
    ]);
  });

  test("SPCLIMITS: header, one row per point, the segment's limits, point types by polarity", () => {
    const table = f.spcLimits(step, "lower", undefined, 13) as unknown[][];
    expect(table).toHaveLength(21);
    expect(table[0]).toEqual([
      "Value",
      "Mean",
      "Lower limit",
      "Upper limit",
      "Lower 2-sigma",
      "Upper 2-sigma",
      "Point type",
    ]);
    expect(table[1]!.slice(0, 2)).toEqual([5, 5.5]);
    expect(table[20]!.slice(0, 2)).toEqual([10, 9.5]);
    expect(table[20]![2]).toBeCloseTo(6.84, 12);
    expect(table.slice(1).every((row) => row[6] === "common")).toBe(true);
    const unrebased = f.spcLimits(step, "lower") as unknown[][];
    expect(unrebased[20]![6]).toBe("concern"); // 10 is above the mean: bad when lower is better
  });
});
