/* eslint-disable @typescript-eslint/no-require-imports -- functions.ts is loaded after the CustomFunctions stub */
/**
 * KPI.ONTRACK, KPI.FORECAST and KPI.CURVE: the wrappers (arguments, messages, spilling) and
 * every worked example in docs/rules.md, "Trajectories and turning the curve", computed here.
 */
import * as fs from "fs";
import * as path from "path";
import { installCustomFunctionsStub, StubCustomFunctionError } from "../support/custom-functions-stub";
import { FUNCTION_MESSAGES } from "../../src/functions/function-messages";
import { splitTopLevel } from "../support/formula-text";

installCustomFunctionsStub();
const f = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

/** The Excel error a call throws (code and message), or its result. */
function outcome(call: () => unknown): unknown {
  try {
    return call();
  } catch (e) {
    if (e instanceof StubCustomFunctionError) return { code: e.code, message: e.message };
    throw e;
  }
}
/** Each result cell, with error values as their code. */
const cells = (result: unknown): unknown[] =>
  (result as unknown[][]).flat().map((c) => (c instanceof StubCustomFunctionError ? c.code : c));
const col = (...values: unknown[]) => values.map((v) => [v]);
/** A left-out range argument, as Excel passes it. */
const NULL_RANGE = null as unknown as unknown[][];

describe("KPI.ONTRACK", () => {
  test("a third of the way from 58 (2007/08) to 70 (2010/11): expected 62 ± 3.1", () => {
    const at = (actual: number) => f.onTrack([[actual]], [[58]], [[70]], "2007/08", "2010/11", [["2008/09"]]);
    expect(at(61)).toEqual([["On track"]]);
    expect(at(58.8)).toEqual([["Behind"]]);
    expect(at(66)).toEqual([["Ahead"]]);
  });

  test("periods as Excel passes them: year numbers, date serials, text quarters, a left-out nowPeriod", () => {
    expect(f.onTrack([[9]], [[12]], [[6]], 2010, 2013, [[2011]], "lower")).toEqual([["Ahead"]]);
    expect(f.onTrack([[64]], [[58]], [[70]], "2007/08", "2010/11", [[40086]])).toEqual([["On track"]]);
    expect(f.onTrack([[67]], [[58]], [[70]], "2007/08", "2010/11", NULL_RANGE)).toEqual([["On track"]]);
    expect(f.onTrack([[67]], [[58]], [[70]], "2007/08", "2010/11", [[null]])).toEqual([["On track"]]);
    expect(f.onTrack([[66]], [[58]], [[70]])).toEqual([["Behind"]]);
    expect(f.onTrack([[66]], [[58]], [[70]], "", "", [[""]])).toEqual([["Behind"]]);
  });

  test("ranges: baseline, target and nowPeriod are one cell or the same shape as actual", () => {
    expect(
      f.onTrack(
        col(56, 61, 63, 66),
        [[58]],
        [[70]],
        "2007/08",
        "2010/11",
        col("Q1 2008/09", "Q2 2008/09", "Q3 2008/09", "Q4 2008/09"),
      ),
    ).toEqual(col("Behind", "On track", "On track", "Ahead"));
    // One indicator per row: its own baseline and target.
    expect(f.onTrack(col(61, 9), col(58, 12), col(70, 6), "2007/08", "2010/11", [["2008/09"]])).toEqual(
      col("On track", "Behind"),
    );
    expect(outcome(() => f.onTrack(col(1, 2), col(1, 2, 3), [[70]]))).toEqual({
      code: "#VALUE!",
      message: FUNCTION_MESSAGES.shapeMismatch("baseline", "2 rows x 1 column", "3 rows x 1 column"),
    });
  });

  test("a bad cell gives an error in its own result only", () => {
    expect(
      cells(
        f.onTrack(
          col(61, "Amber", 61),
          [[58]],
          [[70]],
          "2007/08",
          "2010/11",
          col("2008/09", "2008/09", "Spring"),
        ),
      ),
    ).toEqual(["On track", "#VALUE!", "#VALUE!"]);
  });

  test("no target, no data and neutral, as KPI.RAG", () => {
    expect(f.onTrack([["na"]], [[58]], [[70]])).toEqual([["No data"]]);
    expect(f.onTrack([[61]], [[""]], [[70]])).toEqual([["No target"]]);
    expect(f.onTrack([[61]], [[58]], [["tbc"]])).toEqual([["No target"]]);
    expect(f.onTrack([[61]], [[58]], [[70]], null, null, NULL_RANGE, "neutral")).toEqual([["No target"]]);
  });

  test.each<[string, () => unknown, string, string]>([
    [
      "end before start",
      () => f.onTrack([[61]], [[58]], [[70]], "2010/11", "2007/08"),
      "#VALUE!",
      FUNCTION_MESSAGES.endNotAfterStart("2010/11", "2007/08"),
    ],
    [
      "end equal to start",
      () => f.onTrack([[61]], [[58]], [[70]], "2007/08", "31/03/2008"),
      "#VALUE!",
      FUNCTION_MESSAGES.endNotAfterStart("2007/08", "2008-03-31"),
    ],
    [
      "only a start",
      () => f.onTrack([[61]], [[58]], [[70]], "2007/08"),
      "#VALUE!",
      FUNCTION_MESSAGES.startAndEndPeriods,
    ],
    [
      "only an end",
      () => f.onTrack([[61]], [[58]], [[70]], null, "2010/11"),
      "#VALUE!",
      FUNCTION_MESSAGES.startAndEndPeriods,
    ],
    [
      "a nowPeriod without a trajectory",
      () => f.onTrack([[61]], [[58]], [[70]], null, null, [["2008/09"]]),
      "#VALUE!",
      FUNCTION_MESSAGES.nowWithoutTrajectory,
    ],
    [
      "not a period",
      () => f.onTrack([[61]], [[58]], [[70]], "Spring", "2010/11"),
      "#VALUE!",
      FUNCTION_MESSAGES.notAPeriod("startPeriod", "Spring"),
    ],
    [
      "a quarter without a year beside a dated period",
      () => f.onTrack([[61]], [[58]], [[70]], "Q1", "2010/11"),
      "#VALUE!",
      FUNCTION_MESSAGES.quarterWithoutYear("Q1", "2010/11"),
    ],
    [
      "a negative tolerance",
      () => f.onTrack([[61]], [[58]], [[70]], null, null, NULL_RANGE, null, -0.1),
      "#NUM!",
      FUNCTION_MESSAGES.negative("tolerance", -0.1),
    ],
    [
      "an unknown polarity",
      () => f.onTrack([[61]], [[58]], [[70]], null, null, NULL_RANGE, "up"),
      "#VALUE!",
      FUNCTION_MESSAGES.notOneOf("polarity", ["higher", "lower", "target", "neutral"], "up"),
    ],
    [
      "an unknown tolerance mode",
      () => f.onTrack([[61]], [[58]], [[70]], null, null, NULL_RANGE, null, 1, "fuzzy"),
      "#VALUE!",
      FUNCTION_MESSAGES.notOneOf("toleranceMode", ["relative", "absolute"], "fuzzy"),
    ],
  ])("%s: %s", (_label, call, code, message) => {
    expect(outcome(call)).toEqual({ code, message });
  });

  test("a quarter without a year in nowPeriod is an error in its own cell", () => {
    const result = f.onTrack([[61]], [[58]], [[70]], "2007/08", "2010/11", [["Q2"]]) as unknown[][];
    expect(result[0]?.[0]).toEqual(
      expect.objectContaining({
        code: "#VALUE!",
        message: FUNCTION_MESSAGES.quarterWithoutYear("Q2", "2007/08"),
      }),
    );
  });
});

describe("KPI.FORECAST", () => {
  test("spills down a column for a column, along a row for a row", () => {
    expect(f.forecast(col(10, 12, "", 16), 3)).toEqual(col(18, 20, 22));
    expect(f.forecast([[10, 12, "", 16]], 3)).toEqual([[18, 20, 22]]);
    expect(f.forecast([[10, 12, "", 16]])).toEqual([[18]]);
    expect(f.forecast(col(10, 12, 14, "tbc", ""), 2)).toEqual(col(16, 18));
  });

  test("a block is one series per row, one row of forecasts each; a short row is #N/A in its cells", () => {
    expect(
      f.forecast(
        [
          [1, 2, 3],
          [5, "", 1],
        ],
        2,
      ),
    ).toEqual([
      [4, 5],
      [-1, -3],
    ]);
    expect(
      cells(
        f.forecast(
          [
            [1, 2, 3],
            [5, "na", ""],
          ],
          2,
        ),
      ),
    ).toEqual([4, 5, "#N/A", "#N/A"]);
  });

  test.each<[string, () => unknown, string, string]>([
    ["one number", () => f.forecast([[5, "na"]]), "#N/A", FUNCTION_MESSAGES.forecastNotEnoughData],
    ["one cell", () => f.forecast([[5]]), "#N/A", FUNCTION_MESSAGES.forecastNotEnoughData],
    ["0 periods ahead", () => f.forecast([[1, 2, 3]], 0), "#NUM!", FUNCTION_MESSAGES.periodsAheadRange(0)],
    [
      "1.5 periods ahead",
      () => f.forecast([[1, 2, 3]], 1.5),
      "#NUM!",
      FUNCTION_MESSAGES.periodsAheadRange(1.5),
    ],
    [
      "1001 periods ahead",
      () => f.forecast([[1, 2, 3]], 1001),
      "#NUM!",
      FUNCTION_MESSAGES.periodsAheadRange(1001),
    ],
    [
      "negative periods ahead",
      () => f.forecast([[1, 2, 3]], -2),
      "#NUM!",
      FUNCTION_MESSAGES.negative("periodsAhead", -2),
    ],
    [
      "words for periods ahead",
      () => f.forecast([[1, 2, 3]], "two"),
      "#VALUE!",
      FUNCTION_MESSAGES.notANumber("periodsAhead", "two"),
    ],
  ])("%s: %s", (_label, call, code, message) => {
    expect(outcome(call)).toEqual({ code, message });
  });
});

describe("KPI.CURVE", () => {
  test("the worked baseline {10,12,11,13,12}", () => {
    expect(f.curve([[10, 12, 11, 13, 12, 20, 21, 22]], 6)).toEqual([["Turned the curve"]]);
    expect(f.curve(col(10, 12, 11, 13, 12, 20, 21, 22), 6, "LOWER")).toEqual([["Turned the wrong way"]]);
    expect(f.curve([[10, 12, 11, 13, 12, 16, 17, 18]], 6)).toEqual([["Not yet turned"]]);
    expect(f.curve([[10, 12, 11, 13, 12, 20]], [[6]])).toEqual([["Not enough data"]]);
    expect(f.curve([[10, 12, 11, 13, 12, 20, 21, 22]], 1)).toEqual([["Not enough data"]]);
    expect(f.curve([[10, 12, 11, 13, 12, 20, 21, 22]], 9)).toEqual([["Not enough data"]]);
  });

  test("a block gives one result per row", () => {
    expect(
      f.curve(
        [
          [10, 12, 11, 13, 12, 20, 21, 22],
          [10, 12, 11, 13, 12, 16, 17, 18],
          [10, 12, 11, 13, 12, "", "", ""],
        ],
        6,
      ),
    ).toEqual(col("Turned the curve", "Not yet turned", "Not enough data"));
  });

  test.each<[string, () => unknown, string, string]>([
    [
      "neutral polarity",
      () => f.curve([[1, 2, 3, 4, 5]], 3, "neutral"),
      "#VALUE!",
      FUNCTION_MESSAGES.curvePolarity("neutral"),
    ],
    [
      "target polarity",
      () => f.curve([[1, 2, 3, 4, 5]], 3, "Target"),
      "#VALUE!",
      FUNCTION_MESSAGES.curvePolarity("Target"),
    ],
    [
      "no interventionIndex",
      () => f.curve([[1, 2, 3, 4, 5]], null),
      "#VALUE!",
      FUNCTION_MESSAGES.interventionIndexNeeded,
    ],
    [
      "a fraction",
      () => f.curve([[1, 2, 3, 4, 5]], 2.5),
      "#NUM!",
      FUNCTION_MESSAGES.interventionIndexWhole(2.5),
    ],
    ["0", () => f.curve([[1, 2, 3, 4, 5]], 0), "#NUM!", FUNCTION_MESSAGES.interventionIndexWhole(0)],
    [
      "words",
      () => f.curve([[1, 2, 3, 4, 5]], "third"),
      "#VALUE!",
      FUNCTION_MESSAGES.notANumber("interventionIndex", "third"),
    ],
  ])("%s: %s", (_label, call, code, message) => {
    expect(outcome(call)).toEqual({ code, message });
  });
});

// ---------------------------------------------------------------------------------------------
// docs/rules.md, "Trajectories and turning the curve": every `=KPI.…` row of its tables.

const RULES = fs.readFileSync(path.resolve(__dirname, "../../docs/rules.md"), "utf8");

/** The section's lines, from its heading to the next `## ` heading. */
function section(heading: string): string[] {
  const lines = RULES.split(/\r?\n/);
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`docs/rules.md has no "${heading}"`);
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start, end < 0 ? undefined : end);
}

/** A literal as Excel passes it: number, "text" (with "" for a blank cell) or TRUE/FALSE. */
function literal(text: string): unknown {
  if (/^"(?:[^"]|"")*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return Number(text);
  throw new Error(`cannot read the literal ${text}`);
}

/** One argument: a left-out argument is null; an array constant is rows of cells; a range parameter gets [[value]]. */
function argument(text: string, isRange: boolean): unknown {
  if (text === "") return null;
  if (/^\{.*\}$/.test(text))
    return splitTopLevel(text.slice(1, -1), ";").map((row) => splitTopLevel(row, ",").map(literal));
  return isRange ? [[literal(text)]] : literal(text);
}

const WRAPPERS: Record<string, { call: (...args: unknown[]) => unknown; ranges: boolean[] }> = {
  ONTRACK: {
    call: f.onTrack as (...args: unknown[]) => unknown,
    ranges: [true, true, true, false, false, true],
  },
  FORECAST: { call: f.forecast as (...args: unknown[]) => unknown, ranges: [true] },
  CURVE: { call: f.curve as (...args: unknown[]) => unknown, ranges: [true] },
};

/** Every table row whose first cell is a `=KPI.ONTRACK/FORECAST/CURVE(…)` formula, with the answer cell. */
const EXAMPLES = section("## Trajectories and turning the curve").flatMap((line, i) => {
  const row = /^\| `(=KPI\.(ONTRACK|FORECAST|CURVE)\((.*)\))` \| ([^|]+) \|/.exec(line);
  if (!row) return [];
  const answer = (row[4] ?? "")
    .replace(/`/g, "")
    .replace(/\s*\(.*\)\s*$/, "")
    .trim()
    .split(/\s*,\s*/)
    .map((a) => (/^-?\d+(\.\d+)?$/.test(a) ? Number(a) : a));
  return [{ line: i, formula: row[1] ?? "", name: row[2] ?? "", args: row[3] ?? "", answer }];
});

test("the section has worked examples of all three functions", () => {
  expect(new Set(EXAMPLES.map((e) => e.name))).toEqual(new Set(["ONTRACK", "FORECAST", "CURVE"]));
  expect(EXAMPLES.length).toBeGreaterThan(50);
});

test.each(EXAMPLES.map((e) => [e.formula, e] as const))("docs/rules.md: %s", (_formula, example) => {
  const wrapper = WRAPPERS[example.name]!;
  const args = splitTopLevel(example.args, ",").map((text, i) => argument(text, wrapper.ranges[i] ?? false));
  let result: unknown[];
  try {
    result = cells(wrapper.call(...args));
  } catch (e) {
    if (!(e instanceof StubCustomFunctionError)) throw e;
    result = [e.code];
  }
  expect(result).toEqual(example.answer);
});
