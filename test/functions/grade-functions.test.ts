/* eslint-disable @typescript-eslint/no-require-imports -- these tests load modules after installing stubs or globals */
/**
 * The KPI functions on inspection grades. KPI.RAG and KPI.DIRECTION take the grade scale in
 * their polarity argument ("jar", "ofsted", or "1=...; best=low"); KPI.STATUS reads a grade
 * indicator's actual through the catalogue's scale; the SPC functions refuse grades.
 * JAR: 1 Inadequate, 2 Adequate, 3 Good, 4 Excellent (higher is better).
 * Ofsted: 1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate (lower is better).
 */
import { installCustomFunctionsStub, StubCustomFunctionError } from "../support/custom-functions-stub";
import { loadCatalogue } from "../../src/core/catalogue";

installCustomFunctionsStub();
const f = require("../../src/functions/functions") as typeof import("../../src/functions/functions");
const { sharedCatalogueStore } =
  require("../../src/chosen-catalogue/catalogue-store") as typeof import("../../src/chosen-catalogue/catalogue-store");

/** The result cells, with each error as "#CODE: message". */
function cells(call: () => unknown): unknown[] {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    if (e instanceof StubCustomFunctionError) return [`${e.code}: ${e.message}`];
    throw e;
  }
  return (result as unknown[][])
    .flat()
    .map((c) => (c instanceof StubCustomFunctionError ? `${c.code}: ${c.message}` : c));
}
const code = (call: () => unknown): unknown[] =>
  cells(call).map((c) => (typeof c === "string" ? c.split(":")[0] : c));
const row = (...values: unknown[]) => [values];
const col = (...values: unknown[]) => values.map((v) => [v]);

describe("KPI.RAG with a grade scale", () => {
  test.each<[unknown, unknown, string, string]>([
    // Ofsted, target Good: Green at Good or better, Amber one grade worse, Red two.
    ["Outstanding", "Good", "ofsted", "Green"],
    ["Good", "Good", "ofsted", "Green"],
    ["Requires improvement", "Good", "ofsted", "Amber"],
    ["Inadequate", "Good", "ofsted", "Red"],
    ["RI", 2, "Ofsted", "Amber"],
    [3, 2, "ofsted", "Amber"],
    ["Grade 4", "Good (2)", "OFSTED", "Red"],
    ["2 - Good", "Outstanding", "ofsted", "Amber"],
    // JAR, target Good (3): higher is better.
    ["Excellent", "Good", "jar", "Green"],
    ["Adequate", "Good", "jar", "Amber"],
    ["Inadequate", "Good", "jar", "Red"],
    ["Grade 2 (adequate)", 3, "jar", "Amber"],
    [4, 3, "jar", "Green"],
    // Gaps.
    ["tbc", "Good", "ofsted", "No data"],
    ["Good", "", "ofsted", "No target"],
    // A custom scale as text.
    ["Partly met", "Met", "1=Met; 2=Partly met; 3=Not met; best=low", "Amber"],
    ["Not met", "Met", "1=Met; 2=Partly met; 3=Not met; best=low", "Red"],
  ])("KPI.RAG(%j, %j, %j) = %s", (actual, target, scale, expected) => {
    expect(cells(() => f.rag([[actual]], [[target]], scale))).toEqual([expected]);
  });

  test("the tolerance counts whole grades; a floor is a grade", () => {
    expect(cells(() => f.rag([["Requires improvement"]], [["Good"]], "ofsted", 0))).toEqual(["Red"]);
    expect(cells(() => f.rag([["Inadequate"]], [["Good"]], "ofsted", 2))).toEqual(["Amber"]);
    expect(cells(() => f.rag([["Inadequate"]], [["Good"]], "ofsted", 2, "absolute"))).toEqual(["Amber"]);
    expect(
      cells(() => f.rag([["Requires improvement"]], [["Outstanding"]], "ofsted", null, null, "RI")),
    ).toEqual(["Amber"]);
    expect(cells(() => f.rag([["Inadequate"]], [["Outstanding"]], "ofsted", null, null, "RI"))).toEqual([
      "Red",
    ]);
  });

  test("a column of grades against one target spills; a cell that is not a grade is #VALUE! in its own row", () => {
    expect(
      cells(() =>
        f.rag(
          col("Outstanding", "Good", "Requires improvement", "Inadequate", "na", "Satisfactory"),
          [["Good"]],
          "ofsted",
        ),
      ),
    ).toEqual([
      "Green",
      "Green",
      "Amber",
      "Red",
      "No data",
      '#VALUE!: actual: "Satisfactory" is not a grade on the Ofsted scale (1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate): type one of these words or numbers.',
    ]);
  });

  test("a number and a word that disagree, or a number off the scale, are #VALUE! with the reason", () => {
    expect(cells(() => f.rag([["Grade 2 (inadequate)"]], [["Good"]], "jar"))).toEqual([
      '#VALUE!: actual: "Grade 2 (inadequate)" gives two different grades: on the JAR scale 2 is Adequate, and Inadequate is 1. Type the grade you mean, as its word or its number.',
    ]);
    expect(code(() => f.rag([[5]], [["Good"]], "ofsted"))).toEqual(["#VALUE!"]);
    expect(code(() => f.rag([["Good"]], [[0.5]], "ofsted"))).toEqual(["#VALUE!"]);
  });

  test("bad grade arguments: a fractional or negative tolerance, a relative mode, a scale that does not read", () => {
    expect(cells(() => f.rag([["Good"]], [["Good"]], "ofsted", 0.05))).toEqual([
      "#NUM!: tolerance on grades counts whole grades: 0 (any grade worse than the target is Red), 1 (the default: one grade worse is Amber) or more (got 0.05).",
    ]);
    expect(code(() => f.rag([["Good"]], [["Good"]], "ofsted", -1))).toEqual(["#NUM!"]);
    expect(cells(() => f.rag([["Good"]], [["Good"]], "ofsted", 1, "relative"))).toEqual([
      "#VALUE!: toleranceMode relative does not apply to grades: the tolerance counts whole grades. Leave toleranceMode out.",
    ]);
    expect(cells(() => f.rag([["Good"]], [["Good"]], "1=Good; 3=Bad; best=low"))).toEqual([
      "#VALUE!: polarity names a grade scale that cannot be read: the grades' numbers must run in steps of 1, e.g. 1, 2, 3, 4 (found 1, 3): one grade is one step in RAG and direction of travel.",
    ]);
    expect(code(() => f.rag([["Good"]], [["Good"]], "Good", 1))).toEqual(["#VALUE!"]);
    // An unknown word keeps the polarity message.
    expect(cells(() => f.rag([[8]], [[10]], "down"))).toEqual([
      '#VALUE!: polarity must be one of higher, lower, target, neutral (got "down").',
    ]);
  });

  test("without a scale, grade words are words where a number belongs, as before", () => {
    expect(code(() => f.rag([["Good"]], [["Good"]]))).toEqual(["#VALUE!"]);
    expect(cells(() => f.rag([[2]], [[2]], "lower"))).toEqual(["Green"]);
  });
});

describe("KPI.DIRECTION with a grade scale", () => {
  test.each<[unknown[], string, string]>([
    [["Good", "Excellent"], "jar", "Improving"], // JAR Good -> Excellent
    [["Good", "Adequate"], "jar", "Worsening"],
    [["Good", "Outstanding"], "ofsted", "Improving"], // Ofsted Good -> Outstanding
    [["Good", "Requires improvement"], "ofsted", "Worsening"],
    [["Inadequate", "RI"], "ofsted", "Improving"],
    [["Good", "good"], "ofsted", "No change"],
    [["Good", "na", "Outstanding"], "ofsted", "Improving"], // the gap is skipped
    [[2, "Grade 1"], "ofsted", "Improving"],
    [["Inadequate", "Outstanding", "Good"], "ofsted", "Worsening"], // only the last two count
    [["Good"], "ofsted", "Not enough data"],
    [["Good", "Satisfactory"], "ofsted", "Not enough data"], // a word off the scale is left out, as in any range
  ])("KPI.DIRECTION(%j, %j) = %s", (values, scale, expected) => {
    expect(cells(() => f.direction(row(...values), scale))).toEqual([expected]);
  });

  test("a block gives one answer per row", () => {
    expect(
      cells(() =>
        f.direction(
          [
            ["Good", "Outstanding"],
            ["Good", "Inadequate"],
            ["RI", "RI"],
          ],
          "ofsted",
        ),
      ),
    ).toEqual(["Improving", "Worsening", "No change"]);
  });

  test("average and slope would average grades: #VALUE!, pointing to previous", () => {
    expect(cells(() => f.direction(row("Good", "Outstanding"), "ofsted", "average"))).toEqual([
      "#VALUE!: method average averages the values, but grades are ordered categories, not measurements, and are never averaged: use previous (the default), which compares the latest grade with the one before.",
    ]);
    expect(code(() => f.direction(row("Good", "Outstanding"), "jar", "slope"))).toEqual(["#VALUE!"]);
    expect(cells(() => f.direction(row("Good", "Outstanding"), "ofsted", "previous"))).toEqual(["Improving"]);
  });
});

describe("the SPC functions refuse grades", () => {
  const grades = Array.from({ length: 13 }, (_, i) => ["Good", "Outstanding", "Requires improvement"][i % 3]);
  const spcMessage =
    '#VALUE!: SPC needs measurements, but "Good" is a grade: grades are ordered categories, so a mean or process limits of them mean nothing. For a grade\'s direction of travel use KPI.DIRECTION with its scale, e.g. KPI.DIRECTION(values, "ofsted").';

  test("KPI.SPC: grade words in the values", () => {
    expect(cells(() => f.spc(row(...grades)))).toEqual([spcMessage]);
    // One series per row: only the row with grades is refused.
    const numbers = Array.from({ length: 13 }, (_, i) => (i % 2 === 0 ? 10 : 14));
    expect(code(() => f.spc([numbers, grades]))).toEqual(["Common cause", "#VALUE!"]);
  });

  test("KPI.SPC: a grade scale named as the polarity", () => {
    expect(cells(() => f.spc(row(2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2), "ofsted"))).toEqual([
      '#VALUE!: SPC needs measurements, but polarity names the grade scale "ofsted": grades are ordered categories, so a mean or process limits of them mean nothing. For a grade\'s direction of travel use KPI.DIRECTION(values, "ofsted").',
    ]);
    expect(code(() => f.spc(row(1, 2), "1=Met; 2=Not met; best=low"))).toEqual(["#VALUE!"]);
  });

  test("KPI.ASSURANCE: grade words in the values or the target, or a scale as the polarity", () => {
    const numbers = [50, 52, 51, 53, 50, 52, 51, 53, 50, 52, 51, 53, 51];
    expect(cells(() => f.assurance(row(...grades), [["Good"]]))).toEqual([spcMessage]);
    expect(code(() => f.assurance(row(...numbers), [["Good"]]))).toEqual(["#VALUE!"]);
    expect(code(() => f.assurance(row(...numbers), [[2]], "jar"))).toEqual(["#VALUE!"]);
    expect(cells(() => f.assurance(row(...numbers), [[40]]))).toEqual(["Consistently pass"]);
  });

  test("KPI.SPCLIMITS: grade words, or a scale as the polarity", () => {
    expect(cells(() => f.spcLimits(row("Good", "Outstanding", "Good")))).toEqual([spcMessage]);
    expect(code(() => f.spcLimits(row(2, 1, 2), "OFSTED"))).toEqual(["#VALUE!"]);
    expect(code(() => f.spcLimits(row(10, 13)))).not.toContain("#VALUE!");
  });
});

describe("KPI.STATUS on a grade indicator of the catalogue", () => {
  beforeAll(() => {
    const load = loadCatalogue({
      name: "Grades",
      version: "1",
      indicators: [
        { id: "OFSTED", name: "Ofsted judgement", unit: "grade", scale: "ofsted", target: "Good" },
        { id: "JAR", name: "JAR grade", unit: "grade", scale: "jar", target: { "2006": 2, "2007": "Good" } },
        { id: "STRICT", name: "Strict", unit: "grade", scale: "ofsted", target: "Good", tolerance: 0 },
        { id: "COUNT", name: "A count", unit: "count", polarity: "higher", target: 10 },
      ],
    });
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    sharedCatalogueStore.set(load.catalogue, "test");
  });

  test.each<[string, unknown, unknown, string]>([
    ["OFSTED", "Outstanding", undefined, "Green"],
    ["OFSTED", "Good", undefined, "Green"],
    ["OFSTED", "Requires improvement", undefined, "Amber"],
    ["OFSTED", "Inadequate", undefined, "Red"],
    ["ofsted", 3, undefined, "Amber"],
    ["OFSTED", "2 - Good", undefined, "Green"],
    ["OFSTED", "tbc", undefined, "No data"],
    ["STRICT", "Requires improvement", undefined, "Red"],
    ["JAR", "Adequate", "2006", "Green"],
    ["JAR", "Adequate", "2007", "Amber"],
    ["JAR", "Inadequate", "2007", "Red"],
    ["COUNT", 9.6, undefined, "Amber"],
  ])("KPI.STATUS(%j, %j, %j) = %s", async (id, actual, period, expected) => {
    await expect(f.status([[id]], [[actual]], period)).resolves.toEqual([[expected]]);
  });

  test("a word off the scale is #VALUE! with the reason; a grade word on a count is words where a number belongs", async () => {
    const offScale = (
      (await f.status([["OFSTED"]], [["Satisfactory"]])) as StubCustomFunctionError[][]
    )[0]?.[0];
    expect(offScale).toMatchObject({
      code: "#VALUE!",
      message:
        'actual: "Satisfactory" is not a grade on the Ofsted scale (1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate): type one of these words or numbers.',
    });
    const count = ((await f.status([["COUNT"]], [["Good"]])) as StubCustomFunctionError[][])[0]?.[0];
    expect(count).toMatchObject({ code: "#VALUE!" });
  });
});
