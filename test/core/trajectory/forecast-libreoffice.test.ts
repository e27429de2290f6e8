/* eslint-disable @typescript-eslint/no-require-imports -- functions.ts is loaded after the CustomFunctions stub */
/**
 * KPI.FORECAST against LibreOffice Calc's FORECAST.LINEAR: the answers LibreOffice gave for 31
 * random series (test/fixtures/forecast-linear-libreoffice.json, made by
 * scripts/forecast-reference.js). This test needs no LibreOffice.
 */
import * as fs from "fs";
import * as path from "path";
import { forecastLinear } from "../../../src/core/trajectory";
import { installCustomFunctionsStub, StubCustomFunctionError } from "../../support/custom-functions-stub";

installCustomFunctionsStub();
const { forecast } =
  require("../../../src/functions/functions") as typeof import("../../../src/functions/functions");

interface ReferenceCase {
  readonly name: string;
  readonly values: (number | null)[];
  readonly periodsAhead: number;
  readonly lastPosition: number;
  /** LibreOffice's forecasts, or its error ("#DIV/0!") when fewer than 2 numbers. */
  readonly libreOffice: number[] | string;
}

const FIXTURE = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../fixtures/forecast-linear-libreoffice.json"), "utf8"),
) as { libreOffice: string; cases: ReferenceCase[] };

const RELATIVE = 1e-9;
const relativeDifference = (a: number, b: number): number =>
  a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));

test("the fixture is LibreOffice's, with about 30 series of lengths 2 to 40, blanks and both kinds of answer", () => {
  expect(FIXTURE.libreOffice).toMatch(/^LibreOffice \d/);
  expect(FIXTURE.cases.length).toBeGreaterThanOrEqual(30);
  const lengths = FIXTURE.cases.map((c) => c.values.length);
  expect(Math.min(...lengths)).toBe(2);
  expect(Math.max(...lengths)).toBe(40);
  expect(FIXTURE.cases.filter((c) => c.values.includes(null)).length).toBeGreaterThan(10);
  expect(FIXTURE.cases.filter((c) => c.values[c.values.length - 1] === null).length).toBeGreaterThan(0);
  expect(FIXTURE.cases.filter((c) => typeof c.libreOffice === "string").length).toBeGreaterThan(0);
});

describe.each(FIXTURE.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  if (typeof c.libreOffice === "string") {
    test(`LibreOffice gives ${c.libreOffice}; KPI.FORECAST gives #N/A (Not enough data)`, () => {
      expect(forecastLinear(c.values, c.periodsAhead)).toBeUndefined();
      expect(() => forecast([c.values], c.periodsAhead)).toThrow(StubCustomFunctionError);
    });
    return;
  }
  const reference = c.libreOffice;

  test("forecastLinear agrees with FORECAST.LINEAR to 1e-9 relative", () => {
    const ours = forecastLinear(c.values, c.periodsAhead)!;
    expect(ours).toHaveLength(reference.length);
    ours.forEach((value, k) =>
      expect([k, relativeDifference(value, reference[k]!) <= RELATIVE]).toEqual([k, true]),
    );
  });

  test("KPI.FORECAST spills the same numbers: along a row for a row, down a column for a column", () => {
    const row = forecast([c.values], c.periodsAhead) as number[][];
    const column = forecast(
      c.values.map((v) => [v]),
      c.periodsAhead,
    ) as number[][];
    expect(row).toHaveLength(1);
    expect(column).toHaveLength(reference.length);
    reference.forEach((expected, k) => {
      expect(relativeDifference(row[0]![k]!, expected) <= RELATIVE).toBe(true);
      expect(relativeDifference(column[k]![0]!, expected) <= RELATIVE).toBe(true);
    });
  });
});
