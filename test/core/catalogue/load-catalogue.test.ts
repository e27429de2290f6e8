import { loadCatalogue, type CatalogueLoad, type CatalogueProblem } from "../../../src/core/catalogue";

type Json = Record<string, unknown>;

function catalogue(...indicators: unknown[]): Json {
  return { name: "Test", version: "1", indicators };
}
function ind(id: string, extra: Json = {}): Json {
  return { id, name: `Name of ${id}`, polarity: "higher", unit: "percent", ...extra };
}
function problemsOf(load: CatalogueLoad): readonly CatalogueProblem[] {
  return load.ok ? [] : load.problems;
}
function warningsOf(load: CatalogueLoad): readonly CatalogueProblem[] {
  return load.ok ? load.warnings : [];
}

describe("loadCatalogue reports every problem, located and in plain English", () => {
  test("a catalogue with 5 different problems returns all 5 with their paths", () => {
    const load = loadCatalogue(
      catalogue(
        ind("CS-IA", { polarity: "up" }),
        ind("CS-CA", { plausibleMin: 100, plausibleMax: 0 }),
        ind("cs-ia", { name: "Another name" }),
        ind("CS-LAC", { unit: "count", percentScale: "0-1" }),
        ind("CS-NEET", { tolerance: -0.1 }),
      ),
    );
    expect(problemsOf(load)).toEqual([
      {
        path: "/indicators/0/polarity",
        message: 'Indicator "CS-IA": polarity must be one of higher, lower, target, neutral (found "up").',
      },
      {
        path: "/indicators/1/plausibleMin",
        message: 'Indicator "CS-CA": plausibleMin (100) is greater than plausibleMax (0): swap them.',
      },
      {
        path: "/indicators/2/id",
        message:
          'Indicator "cs-ia": the id "cs-ia" is used twice (also at /indicators/0): each indicator needs its own id.',
      },
      {
        path: "/indicators/3/percentScale",
        message:
          'Indicator "CS-LAC": percentScale only applies to percent indicators, but this one\'s unit is "count": remove percentScale or change the unit.',
      },
      {
        path: "/indicators/4/tolerance",
        message: 'Indicator "CS-NEET": tolerance must be at least 0 (found -0.1).',
      },
    ]);
  });

  test.each<[string, Json, string, string]>([
    [
      "unknown polarity",
      catalogue(ind("A", { polarity: "up" })),
      "/indicators/0/polarity",
      'Indicator "A": polarity must be one of higher, lower, target, neutral (found "up").',
    ],
    [
      "unknown unit",
      catalogue(ind("A", { unit: "%" })),
      "/indicators/0/unit",
      'Indicator "A": unit must be one of percent, count, currency, rate, ratio, score, grade, text (found "%").',
    ],
    [
      "missing polarity",
      catalogue({ id: "A", name: "A", unit: "count" }),
      "/indicators/0/polarity",
      'Indicator "A": polarity is missing: it must be one of higher, lower, target, neutral.',
    ],
    [
      "missing id",
      catalogue({ name: "A", polarity: "higher", unit: "count" }),
      "/indicators/0/id",
      "Indicator 1 (no id): id is missing.",
    ],
    [
      "target as text",
      catalogue(ind("A", { target: "95%" })),
      "/indicators/0/target",
      'Indicator "A": target must be a number, or an object of targets by period (for example {"Q1": 80}) (found "95%").',
    ],
    [
      "per-period target as text",
      catalogue(ind("A", { target: { Q1: "80" } })),
      "/indicators/0/target/Q1",
      'Indicator "A": target for "Q1" must be a number (found "80").',
    ],
    [
      "empty per-period target",
      catalogue(ind("A", { target: {} })),
      "/indicators/0/target",
      'Indicator "A": target lists no periods: give one target for every period, or one per period (for example {"Q1": 80}), or leave it out.',
    ],
    [
      "misspelt field",
      catalogue(ind("A", { polarty: "higher" })),
      "/indicators/0/polarty",
      'Indicator "A": "polarty" is not a catalogue field (did you mean "polarity"?): rename or remove it.',
    ],
    [
      "field in another case",
      catalogue(ind("A", { PlausibleMax: 100 })),
      "/indicators/0/PlausibleMax",
      'Indicator "A": "PlausibleMax" is not a catalogue field (did you mean "plausibleMax"?): rename or remove it.',
    ],
    [
      "unknown benchmark",
      catalogue(ind("A", { benchmarks: { nationl: 5 } })),
      "/indicators/0/benchmarks/nationl",
      'Indicator "A": "nationl" is not a catalogue field (did you mean "national"?): rename or remove it.',
    ],
    [
      "mandatory as text",
      catalogue(ind("A", { mandatory: "yes" })),
      "/indicators/0/mandatory",
      'Indicator "A": mandatory must be true or false (found "yes").',
    ],
    [
      "decimals not whole",
      catalogue(ind("A", { decimals: 1.5 })),
      "/indicators/0/decimals",
      'Indicator "A": decimals must be a whole number (found 1.5).',
    ],
    [
      "aliases not a list",
      catalogue(ind("A", { aliases: "x; y" })),
      "/indicators/0/aliases",
      'Indicator "A": aliases must be a list (found "x; y").',
    ],
    [
      "empty name",
      catalogue(ind("A", { name: "" })),
      "/indicators/0/name",
      'Indicator "A": name must not be empty.',
    ],
    [
      "id with spaces",
      catalogue(ind(" A")),
      "/indicators/0/id",
      'Indicator " A": id must not start or end with spaces (found " A").',
    ],
    [
      "version as a number",
      { name: "T", version: 2026.1, indicators: [] },
      "/version",
      "Catalogue: version must be text (found 2026.1).",
    ],
    ["no name", { version: "1", indicators: [] }, "/name", "Catalogue: name is missing."],
    [
      "unknown top-level field",
      { name: "T", version: "1", indicator: [], indicators: [] },
      "/indicator",
      'Catalogue: "indicator" is not a catalogue field (did you mean "indicators"?): rename or remove it.',
    ],
    [
      "an indicator that is not an object",
      catalogue("A"),
      "/indicators/0",
      'Indicator 1 (no id): the entry must be an object (found "A").',
    ],
    [
      "duplicate id, case ignored",
      catalogue(ind("CS-IA"), ind("cs-ia", { name: "Another name" })),
      "/indicators/1/id",
      'Indicator "cs-ia": the id "cs-ia" is used twice (also at /indicators/0): each indicator needs its own id.',
    ],
    [
      "a name claimed by two indicators",
      catalogue(ind("A", { name: "Appraisals" }), ind("B", { name: " appraisals " })),
      "/indicators/1/name",
      'Indicator "B": the name or alias " appraisals " also belongs to indicator "A": a scorecard row with that text could be either, so keep it on one indicator only.'.replace(
        '" appraisals "',
        '"appraisals"',
      ),
    ],
    [
      "an alias claimed by two indicators",
      catalogue(ind("A", { aliases: ["Equality"] }), ind("B", { aliases: ["Staff", "EQUALITY"] })),
      "/indicators/1/aliases/1",
      'Indicator "B": the name or alias "EQUALITY" also belongs to indicator "A": a scorecard row with that text could be either, so keep it on one indicator only.',
    ],
    [
      "an alias that is another indicator's id",
      catalogue(ind("CS-IA"), ind("B", { aliases: ["cs-ia"] })),
      "/indicators/1/aliases/0",
      'Indicator "B": the name or alias "cs-ia" also belongs to indicator "CS-IA": a scorecard row with that text could be either, so keep it on one indicator only.',
    ],
    [
      "plausibleMin above plausibleMax",
      catalogue(ind("A", { plausibleMin: 5, plausibleMax: 1 })),
      "/indicators/0/plausibleMin",
      'Indicator "A": plausibleMin (5) is greater than plausibleMax (1): swap them.',
    ],
    [
      "percentScale on a count",
      catalogue(ind("A", { unit: "count", percentScale: "0-100" })),
      "/indicators/0/percentScale",
      'Indicator "A": percentScale only applies to percent indicators, but this one\'s unit is "count": remove percentScale or change the unit.',
    ],
    [
      "negative tolerance",
      catalogue(ind("A", { tolerance: -1 })),
      "/indicators/0/tolerance",
      'Indicator "A": tolerance must be at least 0 (found -1).',
    ],
    [
      "floor above the target of a higher indicator",
      catalogue(ind("A", { target: 80, floor: 85 })),
      "/indicators/0/floor",
      'Indicator "A": floor 85 is above the target 80: for a "higher" indicator the amber floor must be at or below the target.',
    ],
    [
      "floor below the target of a lower indicator",
      catalogue(ind("A", { polarity: "lower", target: 10, floor: 8 })),
      "/indicators/0/floor",
      'Indicator "A": floor 8 is below the target 10: for a "lower" indicator the amber floor must be at or above the target.',
    ],
    [
      "floor above one period's target",
      catalogue(ind("A", { target: { Q1: 90, Q2: 80 }, floor: 85 })),
      "/indicators/0/floor",
      'Indicator "A": floor 85 is above the target 80 for Q2: for a "higher" indicator the amber floor must be at or below the target.',
    ],
    [
      "target outside the plausible range",
      catalogue(ind("A", { target: 120, plausibleMin: 0, plausibleMax: 100 })),
      "/indicators/0/target",
      'Indicator "A": the target 120 is outside the plausible range (0 to 100): check the target and the range.',
    ],
    [
      "target in points on a 0-1 scale",
      catalogue(ind("A", { percentScale: "0-1", target: 80 })),
      "/indicators/0/target",
      'Indicator "A": target 80 looks like a percentage in points, but percentScale is "0-1" (97% is written 0.97): write 0.8, or set percentScale to "0-100".',
    ],
  ])("%s", (_name, data, path, message) => {
    expect(problemsOf(loadCatalogue(data))).toEqual([{ path, message }]);
  });

  test.each([null, undefined, 5, "catalogue", [], true])(
    "not a catalogue object (%j) gets one problem",
    (data) => {
      const problems = problemsOf(loadCatalogue(data));
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message).toMatch(
        /^The catalogue must be a JSON object with "name", "version" and "indicators" \(found /,
      );
    },
  );
});

describe("loadCatalogue accepts what is fine, applying the defaults", () => {
  test("defaults: aliases [], tolerance 0.05 relative, percentScale 0-100 for percent only", () => {
    const load = loadCatalogue(catalogue(ind("A"), ind("B", { unit: "count" })));
    expect(load).toEqual({
      ok: true,
      warnings: [],
      catalogue: {
        name: "Test",
        version: "1",
        indicators: [
          {
            id: "A",
            name: "Name of A",
            aliases: [],
            polarity: "higher",
            unit: "percent",
            percentScale: "0-100",
            tolerance: 0.05,
            toleranceMode: "relative",
          },
          {
            id: "B",
            name: "Name of B",
            aliases: [],
            polarity: "higher",
            unit: "count",
            tolerance: 0.05,
            toleranceMode: "relative",
          },
        ],
      },
    });
  });

  test("given values are kept; $schema is dropped", () => {
    const load = loadCatalogue({
      $schema: "../schema/catalogue.schema.json",
      ...catalogue(
        ind("A", {
          percentScale: "0-1",
          target: { Q1: 0.8 },
          tolerance: 0.02,
          toleranceMode: "absolute",
          floor: 0.7,
          mandatory: true,
        }),
      ),
    });
    expect(load.ok && load.catalogue.indicators[0]).toEqual({
      id: "A",
      name: "Name of A",
      aliases: [],
      polarity: "higher",
      unit: "percent",
      percentScale: "0-1",
      target: { Q1: 0.8 },
      tolerance: 0.02,
      toleranceMode: "absolute",
      floor: 0.7,
      mandatory: true,
    });
    expect(load.ok && "$schema" in load.catalogue).toBe(false);
  });

  test("a mandatory indicator without a target is fine", () => {
    expect(loadCatalogue(catalogue(ind("A", { mandatory: true })))).toMatchObject({ ok: true, warnings: [] });
  });

  test("the same name on one indicator twice (name and alias) is fine", () => {
    expect(loadCatalogue(catalogue(ind("A", { aliases: ["name of a"] }))).ok).toBe(true);
  });

  test.each<[string, Json, string, string]>([
    ["no indicators", catalogue(), "/indicators", "The catalogue lists no indicators yet."],
    [
      "neutral with a target",
      catalogue(ind("A", { polarity: "neutral", target: 5 })),
      "/indicators/0/target",
      'Indicator "A": has a target but its polarity is "neutral", so no RAG colour is given: set the polarity, or remove the target.',
    ],
    [
      "target 0 with a relative tolerance",
      catalogue(ind("A", { unit: "currency", polarity: "target", target: 0 })),
      "/indicators/0/toleranceMode",
      'Indicator "A": has a target of 0 with a relative tolerance, which is zero wide (a fraction of 0 is 0), so there is no amber: set toleranceMode to "absolute" with a tolerance in the indicator\'s unit.',
    ],
    [
      "relative tolerance above 1",
      catalogue(ind("A", { tolerance: 5 })),
      "/indicators/0/tolerance",
      'Indicator "A": relative tolerance 5 means 500% of the target: did you mean 0.05?',
    ],
    [
      "absolute mode without a tolerance",
      catalogue(ind("A", { toleranceMode: "absolute" })),
      "/indicators/0/toleranceMode",
      'Indicator "A": has toleranceMode "absolute" but no tolerance, so the default 0.05 is used in the indicator\'s own unit: give the tolerance.',
    ],
    [
      "floor without a target",
      catalogue(ind("A", { floor: 5 })),
      "/indicators/0/floor",
      'Indicator "A": has a floor but no target, so no RAG colour can be given: add the target.',
    ],
    [
      "floor on a target-polarity indicator",
      catalogue(ind("A", { polarity: "target", target: 5, floor: 4 })),
      "/indicators/0/floor",
      'Indicator "A": a floor only works for "higher" or "lower" indicators; this one\'s polarity is "target", so the floor is ignored.',
    ],
  ])("loads with a warning: %s", (_name, data, path, message) => {
    expect(warningsOf(loadCatalogue(data))).toEqual([{ path, message }]);
  });
});

describe("an indicator's spc block (the options of =KPI.SPC)", () => {
  const withSpc = (spc: unknown) => ({
    name: "c",
    version: "1",
    indicators: [{ id: "A", name: "Alpha", polarity: "higher", unit: "count", spc }],
  });

  test("loads as written", () => {
    const load = loadCatalogue(
      withSpc({ fixAfter: 12, rebase: ["Apr 2024"], screenOutliers: true, runLength: 6 }),
    );
    expect(load.ok && load.catalogue.indicators[0]?.spc).toEqual({
      fixAfter: 12,
      rebase: ["Apr 2024"],
      screenOutliers: true,
      runLength: 6,
    });
  });

  test("a bad option is a problem at its path, in the words =KPI.SPC uses", () => {
    const load = loadCatalogue(withSpc({ fixAfter: 5, runLength: 12 }));
    expect(load.ok).toBe(false);
    expect(load.ok ? [] : load.problems).toEqual([
      {
        path: "/indicators/0/spc/fixAfter",
        message:
          'Indicator "A": fixAfter must be a whole number of points, at least 12 (got 5): the limits are set from that many points and then held. Leave it out to use every point.',
      },
      {
        path: "/indicators/0/spc/runLength",
        message:
          'Indicator "A": runLength must be a whole number from 6 to 9 (got 12): the points in a run or a trend. Making Data Count uses 7, or 6.',
      },
    ]);
  });

  test("an unknown option or a wrong type is refused by the schema", () => {
    const load = loadCatalogue(withSpc({ fixAfter: "twelve", baseline: 12 }));
    expect(load.ok).toBe(false);
    const paths = load.ok ? [] : load.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(["/indicators/0/spc/fixAfter", "/indicators/0/spc/baseline"]),
    );
  });
});
