/**
 * Grade indicators in the catalogue: the `scale` field in JSON and as a Catalogue sheet column,
 * the defaults a grade gets, and every problem a bad scale causes, located.
 */
import {
  catalogueToCells,
  loadCatalogue,
  loadCatalogueFromCells,
  ragRulesFor,
  type CatalogueLoad,
  type CatalogueProblem,
} from "../../../src/core/catalogue";

type Json = Record<string, unknown>;
const catalogue = (...indicators: unknown[]): Json => ({ name: "Grades", version: "1", indicators });
const grade = (id: string, extra: Json = {}): Json => ({
  id,
  name: `Name of ${id}`,
  unit: "grade",
  ...extra,
});
const problemsOf = (load: CatalogueLoad): readonly CatalogueProblem[] => (load.ok ? [] : load.problems);
const warningsOf = (load: CatalogueLoad): readonly CatalogueProblem[] => (load.ok ? load.warnings : []);

describe("a grade indicator in JSON", () => {
  test("a built-in scale gives the polarity, whole-grade tolerance, no decimals; grade words become numbers", () => {
    const load = loadCatalogue(
      catalogue(
        grade("OFSTED", { scale: "ofsted", target: "Good" }),
        grade("JAR", { scale: "JAR", target: { "2006": "Adequate", "2007": 3 }, floor: "Grade 2" }),
      ),
    );
    expect(problemsOf(load)).toEqual([]);
    if (!load.ok) return;
    expect(load.catalogue.indicators).toEqual([
      {
        id: "OFSTED",
        name: "Name of OFSTED",
        aliases: [],
        polarity: "lower",
        unit: "grade",
        scale: "ofsted",
        decimals: 0,
        target: 2,
        tolerance: 1,
        toleranceMode: "absolute",
      },
      {
        id: "JAR",
        name: "Name of JAR",
        aliases: [],
        polarity: "higher",
        unit: "grade",
        scale: "jar",
        decimals: 0,
        target: { "2006": 2, "2007": 3 },
        tolerance: 1,
        toleranceMode: "absolute",
        floor: 2,
      },
    ]);
    expect(warningsOf(load)).toEqual([]);
    expect(ragRulesFor(load.catalogue.indicators[0])).toEqual({
      polarity: "lower",
      tolerance: 1,
      toleranceMode: "absolute",
    });
  });

  test("a custom scale as an object or as text; a polarity that agrees is fine", () => {
    const load = loadCatalogue(
      catalogue(
        grade("MET", {
          polarity: "lower",
          scale: {
            grades: [
              { value: 3, label: "Not met" },
              { value: 1, label: "Met" },
              { value: 2, label: "Partly met" },
            ],
            best: "low",
          },
          target: "Met",
          tolerance: 0,
        }),
        grade("LEVEL", { scale: "1=Low; 2=Medium; 3=High; best=high", target: "3 - High" }),
      ),
    );
    expect(problemsOf(load)).toEqual([]);
    if (!load.ok) return;
    expect(load.catalogue.indicators[0]).toMatchObject({
      polarity: "lower",
      scale: {
        grades: [
          { value: 1, label: "Met" },
          { value: 2, label: "Partly met" },
          { value: 3, label: "Not met" },
        ],
        best: "low",
      },
      target: 1,
      tolerance: 0,
    });
    expect(load.catalogue.indicators[1]).toMatchObject({
      polarity: "higher",
      scale: {
        grades: [
          { value: 1, label: "Low" },
          { value: 2, label: "Medium" },
          { value: 3, label: "High" },
        ],
        best: "high",
      },
      target: 3,
    });
  });

  test("a loaded catalogue saved as JSON loads back the same (as the pane saves it with the workbook)", () => {
    const load = loadCatalogue(
      catalogue(
        grade("OFSTED", { scale: "ofsted", target: "Good" }),
        grade("LEVEL", { scale: "1=Low; 2=Medium; 3=High; best=high", target: 2, floor: 1 }),
      ),
    );
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    expect(loadCatalogue(JSON.parse(JSON.stringify(load.catalogue)))).toEqual(load);
  });

  test.each<[string, Json, string, string]>([
    [
      "no scale",
      grade("A"),
      "/indicators/0/scale",
      'Indicator "A": is a grade but has no scale: give "scale": "jar" (1 Inadequate to 4 Excellent, higher is better), "ofsted" (1 Outstanding to 4 Inadequate, lower is better), or its own grades, e.g. "1=Met; 2=Partly met; 3=Not met; best=low".',
    ],
    [
      "an unknown scale name",
      grade("A", { scale: "gcse" }),
      "/indicators/0/scale",
      'Indicator "A": scale: "gcse" is not a grade scale: use jar, ofsted, or list the grades with their numbers and the best end, e.g. "1=Outstanding; 2=Good; 3=Requires improvement; 4=Inadequate; best=low".',
    ],
    [
      "a polarity the scale contradicts",
      grade("A", { scale: "ofsted", polarity: "higher" }),
      "/indicators/0/polarity",
      'Indicator "A": polarity "higher" does not fit the Ofsted scale, where 1 (Outstanding) is best: a grade\'s polarity follows its scale, so set polarity to "lower" or leave it out.',
    ],
    [
      "neutral polarity on JAR",
      grade("A", { scale: "jar", polarity: "neutral" }),
      "/indicators/0/polarity",
      'Indicator "A": polarity "neutral" does not fit the JAR scale, where 4 (Excellent) is best: a grade\'s polarity follows its scale, so set polarity to "higher" or leave it out.',
    ],
    [
      "a target word not on the scale",
      grade("A", { scale: "ofsted", target: "Satisfactory" }),
      "/indicators/0/target",
      'Indicator "A": target: "Satisfactory" is not a grade on the Ofsted scale (1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate): type one of these words or numbers.',
    ],
    [
      "a per-period target number not on the scale",
      grade("A", { scale: "jar", target: { Q1: 5 } }),
      "/indicators/0/target/Q1",
      'Indicator "A": target for "Q1": "5" is not a grade on the JAR scale (1 Inadequate, 2 Adequate, 3 Good, 4 Excellent): type one of these numbers or words.',
    ],
    [
      "a floor better than the target",
      grade("A", { scale: "ofsted", target: "Requires improvement", floor: "Good" }),
      "/indicators/0/floor",
      'Indicator "A": floor Good (2) is better than the target Requires improvement (3): the amber floor must be at or worse than the target grade.',
    ],
    [
      "a tolerance that is not whole grades",
      grade("A", { scale: "ofsted", target: 2, tolerance: 0.05 }),
      "/indicators/0/tolerance",
      'Indicator "A": tolerance on a grade indicator counts whole grades (found 0.05): use 1 (one grade worse than the target is amber, the default) or 0 (any grade worse than the target is red).',
    ],
    [
      "a relative tolerance",
      grade("A", { scale: "ofsted", target: 2, toleranceMode: "relative" }),
      "/indicators/0/toleranceMode",
      'Indicator "A": toleranceMode "relative" does not apply to grades, whose tolerance counts whole grades: remove toleranceMode or set it to "absolute".',
    ],
    [
      "a scale on another unit",
      { id: "A", name: "A", polarity: "higher", unit: "count", scale: "ofsted" },
      "/indicators/0/scale",
      'Indicator "A": scale only applies to grade indicators, but this one\'s unit is "count": remove scale or set unit to "grade".',
    ],
    [
      "a grade word as the target of a count",
      { id: "A", name: "A", polarity: "higher", unit: "count", target: "Good" },
      "/indicators/0/target",
      'Indicator "A": target must be a number, or an object of targets by period (for example {"Q1": 80}) (found "Good").',
    ],
    [
      "a custom scale with two grades of one word",
      grade("A", {
        scale: {
          grades: [
            { value: 1, label: "Met" },
            { value: 2, label: "met" },
          ],
          best: "low",
        },
      }),
      "/indicators/0/scale/grades/1/label",
      'Indicator "A": scale grade 2 label: the word "met" is given to two grades: give each grade its own word.',
    ],
    [
      "a custom scale that skips a number",
      grade("A", { scale: "1=Met; 3=Not met; best=low" }),
      "/indicators/0/scale",
      'Indicator "A": scale: the grades\' numbers must run in steps of 1, e.g. 1, 2, 3, 4 (found 1, 3): one grade is one step in RAG and direction of travel.',
    ],
    [
      "a custom scale object without best (the schema says so)",
      grade("A", {
        scale: {
          grades: [
            { value: 1, label: "Met" },
            { value: 2, label: "Not met" },
          ],
        },
      }),
      "/indicators/0/scale/best",
      'Indicator "A": scale.best is missing: it must be one of high, low.',
    ],
    [
      "a custom scale object with a fractional number (the schema says so)",
      grade("A", {
        scale: {
          grades: [
            { value: 1.5, label: "Met" },
            { value: 2, label: "Not met" },
          ],
          best: "low",
        },
      }),
      "/indicators/0/scale/grades/0/value",
      'Indicator "A": scale grade 1 value must be a whole number (found 1.5).',
    ],
  ])("%s: one problem, located", (_, indicator, path, message) => {
    expect(problemsOf(loadCatalogue(catalogue(indicator)))).toEqual([{ path, message }]);
  });

  test("a polarity is still required for every other unit", () => {
    expect(problemsOf(loadCatalogue(catalogue({ id: "A", name: "A", unit: "count" })))).toEqual([
      {
        path: "/indicators/0/polarity",
        message: 'Indicator "A": polarity is missing: it must be one of higher, lower, target, neutral.',
      },
    ]);
  });

  test("a floor without a target is a warning, as for numbers", () => {
    expect(warningsOf(loadCatalogue(catalogue(grade("A", { scale: "ofsted", floor: 3 }))))).toEqual([
      {
        path: "/indicators/0/floor",
        message: 'Indicator "A": has a floor but no target, so no RAG colour can be given: add the target.',
      },
    ]);
  });
});

describe("a grade indicator on a Catalogue sheet (or CSV)", () => {
  const HEADER = ["id", "name", "polarity", "unit", "scale", "target", "floor"];

  test("the scale column holds jar, ofsted or the grades as text; targets and floors may be words", () => {
    const load = loadCatalogueFromCells([
      HEADER,
      ["OFSTED", "Ofsted judgement", "", "grade", "Ofsted", "Good", "Requires improvement"],
      ["JAR", "JAR grade", "higher", "grade", "jar", 3, null],
      ["MET", "Standard met", null, "Grade", "1=Met; 2=Partly met; 3=Not met; best=low", "Met", null],
    ]);
    expect(problemsOf(load)).toEqual([]);
    if (!load.ok) return;
    expect(load.catalogue.indicators.map((i) => [i.id, i.polarity, i.scale, i.target, i.floor])).toEqual([
      ["OFSTED", "lower", "ofsted", 2, 3],
      ["JAR", "higher", "jar", 3, undefined],
      [
        "MET",
        "lower",
        {
          grades: [
            { value: 1, label: "Met" },
            { value: 2, label: "Partly met" },
            { value: 3, label: "Not met" },
          ],
          best: "low",
        },
        1,
        undefined,
      ],
    ]);
  });

  test("every problem of a bad scale is located at its cell", () => {
    const load = loadCatalogueFromCells([
      HEADER,
      ["A", "Alpha", "", "grade", "1=Met; 1=Not met; best=low", null, null],
      ["B", "Beta", "higher", "grade", "ofsted", "Satisfactory", null],
      ["C", "Gamma", "", "grade", null, null, null],
      ["D", "Delta", "higher", "count", "jar", 5, null],
    ]);
    expect(problemsOf(load)).toEqual([
      {
        path: "Catalogue!E2",
        message: 'Indicator "A": scale: the number 1 is given to two grades: give each grade its own number.',
      },
      {
        path: "Catalogue!C3",
        message:
          'Indicator "B": polarity "higher" does not fit the Ofsted scale, where 1 (Outstanding) is best: a grade\'s polarity follows its scale, so set polarity to "lower" or leave it out.',
      },
      {
        path: "Catalogue!F3",
        message:
          'Indicator "B": target: "Satisfactory" is not a grade on the Ofsted scale (1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate): type one of these words or numbers.',
      },
      {
        path: "Catalogue!E4",
        message:
          'Indicator "C": is a grade but has no scale: give "scale": "jar" (1 Inadequate to 4 Excellent, higher is better), "ofsted" (1 Outstanding to 4 Inadequate, lower is better), or its own grades, e.g. "1=Met; 2=Partly met; 3=Not met; best=low".',
      },
      {
        path: "Catalogue!E5",
        message:
          'Indicator "D": scale only applies to grade indicators, but this one\'s unit is "count": remove scale or set unit to "grade".',
      },
    ]);
  });

  test("catalogueToCells writes the scale column, and the cells load back to the same catalogue", () => {
    const load = loadCatalogue(
      catalogue(
        grade("OFSTED", { scale: "ofsted", target: { Q1: "Good", Q2: "Outstanding" } }),
        grade("MET", {
          scale: "1=Met; 2=Partly met; 3=Not met; best=low",
          target: 1,
          floor: 2,
          tolerance: 0,
        }),
      ),
    );
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    const cells = catalogueToCells(load.catalogue);
    const scaleColumn = cells[0]!.indexOf("scale");
    expect(cells.slice(1).map((row) => row[scaleColumn])).toEqual([
      "ofsted",
      "1=Met; 2=Partly met; 3=Not met; best=low",
    ]);
    expect(loadCatalogueFromCells(cells)).toEqual({ ok: true, catalogue: load.catalogue, warnings: [] });
  });
});
