import type { CellValue } from "../../../src/core/cells";
import {
  loadCatalogueFromCells,
  type CatalogueLoad,
  type CatalogueProblem,
} from "../../../src/core/catalogue";

type Grid = CellValue[][];

function problemsOf(load: CatalogueLoad): readonly CatalogueProblem[] {
  return load.ok ? [] : load.problems;
}

const HEADER = ["id", "name", "polarity", "unit", "percentScale", "target"];

describe("loadCatalogueFromCells reads a Catalogue sheet", () => {
  test("headers match ignoring case and spaces; numbers, words and lists are read as a person wrote them", () => {
    const rows: Grid = [
      [
        "ID",
        "Name",
        "Aliases",
        "Polarity",
        "Unit",
        "Percent Scale",
        "Target",
        "Tolerance",
        "Tolerance mode",
        "National",
        "Statistical neighbours",
        "Outcome area",
        "Mandatory",
        "Plausible min",
        "Plausible max",
      ],
      [
        "CS-IA",
        "Maintain percentage of initial assessments",
        "Initial assessments; IA | Assessments",
        "Higher",
        "Percent",
        "0-1",
        "80%",
        "5%",
        "relative",
        "77.4%",
        0.78,
        "Directorate Priorities",
        "Yes",
        0,
        1,
      ],
      [null, "", "  ", null],
      [
        "CS-BUDGET",
        "No variation from agreed directorate budget",
        "",
        "target",
        "currency",
        "",
        "£0",
        "£250k",
        "absolute",
        "",
        "",
        "",
        false,
        "",
        "",
      ],
      [
        12,
        "Reduce infant mortality",
        "",
        "lower",
        "rate",
        "",
        "5.4",
        "",
        "",
        "5.1",
        "-",
        "Be Healthy",
        "no",
        "0",
        "",
      ],
    ];
    const load = loadCatalogueFromCells(rows);
    expect(load).toEqual({
      ok: true,
      warnings: [],
      catalogue: {
        name: "Catalogue",
        version: "no version",
        indicators: [
          {
            id: "CS-IA",
            name: "Maintain percentage of initial assessments",
            aliases: ["Initial assessments", "IA", "Assessments"],
            polarity: "higher",
            unit: "percent",
            percentScale: "0-1",
            target: 0.8,
            tolerance: 0.05,
            toleranceMode: "relative",
            benchmarks: { national: 0.774, statisticalNeighbours: 0.78 },
            outcomeArea: "Directorate Priorities",
            mandatory: true,
            plausibleMin: 0,
            plausibleMax: 1,
          },
          {
            id: "CS-BUDGET",
            name: "No variation from agreed directorate budget",
            aliases: [],
            polarity: "target",
            unit: "currency",
            target: 0,
            tolerance: 250000,
            toleranceMode: "absolute",
            mandatory: false,
          },
          {
            id: "12",
            name: "Reduce infant mortality",
            aliases: [],
            polarity: "lower",
            unit: "rate",
            target: 5.4,
            tolerance: 0.05,
            toleranceMode: "relative",
            benchmarks: { national: 5.1 },
            outcomeArea: "Be Healthy",
            mandatory: false,
            plausibleMin: 0,
          },
        ],
      },
    });
  });

  test('"95%" in a target cell is 95 on a 0-100 indicator and 0.95 on a 0-1 one', () => {
    const load = loadCatalogueFromCells([
      HEADER,
      ["A", "Alpha", "higher", "percent", "", "95%"],
      ["B", "Beta", "higher", "percent", "0-1", "95%"],
    ]);
    expect(load.ok && load.catalogue.indicators.map((i) => i.target)).toEqual([95, 0.95]);
  });

  test("a number formatted as a percentage (0.95 shown as 95%) is read with its number format", () => {
    const load = loadCatalogueFromCells(
      [HEADER, ["A", "Alpha", "higher", "percent", "", 0.95]],
      "Catalogue",
      [[], ["", "", "", "", "", "0%"]],
    );
    expect(load.ok && load.catalogue.indicators[0]?.target).toBe(95);
  });

  test("per-period targets come from 'target <period>' columns", () => {
    const load = loadCatalogueFromCells([
      ["id", "name", "polarity", "unit", "percentScale", "target Q1", "Target Q2", "TARGET 2012/13"],
      ["CS-IA", "IA", "higher", "percent", "0-1", "80%", "", 0.82],
    ]);
    expect(load.ok && load.catalogue.indicators[0]?.target).toEqual({ Q1: 0.8, "2012/13": 0.82 });
  });

  test("catalogueName, catalogueVersion and catalogueDescription columns name the catalogue", () => {
    const load = loadCatalogueFromCells([
      ["id", "name", "polarity", "unit", "catalogue name", "catalogueVersion", "Catalogue Description"],
      ["A", "Alpha", "higher", "count", "Leeds", 2026.1, "About"],
      ["B", "Beta", "higher", "count", "", "", ""],
    ]);
    expect(load.ok && [load.catalogue.name, load.catalogue.version, load.catalogue.description]).toEqual([
      "Leeds",
      "2026.1",
      "About",
    ]);
  });

  test("the header may start below blank rows; ragged rows are fine", () => {
    const load = loadCatalogueFromCells([
      [],
      [null, ""],
      ["id", "name", "polarity", "unit"],
      ["A", "Alpha", "higher"],
      ["B", "Beta", "lower", "count", "extra"],
    ]);
    expect(problemsOf(load)).toEqual([
      {
        path: "Catalogue!D4",
        message:
          'Indicator "A": unit is missing: it must be one of percent, count, currency, rate, ratio, score, grade, text.',
      },
    ]);
  });

  test("an unknown column is a warning at its header cell", () => {
    const load = loadCatalogueFromCells([
      ["id", "name", "polarity", "unit", "Comments"],
      ["A", "Alpha", "higher", "count", "ok"],
    ]);
    expect(load.ok && load.warnings).toEqual([
      { path: "Catalogue!E1", message: 'The column "Comments" is not a catalogue field, so it is ignored.' },
    ]);
  });

  test("an empty sheet is one problem", () => {
    expect(problemsOf(loadCatalogueFromCells([]))).toEqual([
      {
        path: "Catalogue!A1",
        message:
          "The sheet is empty: put a header row (id, name, polarity, unit, ...) and one row per indicator.",
      },
    ]);
  });

  test("a header without indicators loads an empty catalogue, with a warning", () => {
    const load = loadCatalogueFromCells([["id", "name", "polarity", "unit"]]);
    expect(load).toEqual({
      ok: true,
      catalogue: { name: "Catalogue", version: "no version", indicators: [] },
      warnings: [{ path: "Catalogue!A1", message: "The catalogue lists no indicators yet." }],
    });
  });
});

describe("problems from cells are located by A1 address", () => {
  test("every problem of a messy sheet, in reading order, at its cell", () => {
    const rows: Grid = [
      [
        "id",
        "name",
        "polarity",
        "unit",
        "percentScale",
        "target",
        "target Q1",
        "mandatory",
        "plausibleMin",
        "plausibleMax",
        "tolerance",
        "Polarity",
      ],
      ["CS-IA", "Initial assessments", "up", "percent", "0-1", "80", "", "maybe", "", "", "", ""],
      ["CS-LAC", "Children in care", "lower", "count", "", "£5", "", "", 100, 0, "", ""],
      [
        "cs-ia",
        "Initial assessments",
        "higher",
        "percent",
        "",
        "Amber",
        "",
        "",
        "",
        "",
        { error: "#DIV/0!" },
        "",
      ],
      ["CS-X", "X", "higher", "percent", "", 80, 85, "", "", "", "", ""],
    ];
    expect(problemsOf(loadCatalogueFromCells(rows, "My Catalogue"))).toEqual([
      {
        path: "'My Catalogue'!L1",
        message: "The column \"Polarity\" appears twice (first at 'My Catalogue'!C1): keep one.",
      },
      {
        path: "'My Catalogue'!C2",
        message: 'Indicator "CS-IA": polarity must be one of higher, lower, target, neutral (found "up").',
      },
      {
        path: "'My Catalogue'!F2",
        message:
          'Indicator "CS-IA": target does not fit the indicator\'s unit. 80 looks like a percentage in points but this indicator is recorded as a fraction (0-1): type 80% or 0.8.',
      },
      {
        path: "'My Catalogue'!H2",
        message: 'Indicator "CS-IA": mandatory must be yes or no (found "maybe").',
      },
      {
        path: "'My Catalogue'!F3",
        message:
          'Indicator "CS-LAC": target does not fit the indicator\'s unit. The cell holds the money amount 5, but indicator "CS-LAC" is recorded as a count, not money: type the value in the indicator\'s own unit.',
      },
      {
        path: "'My Catalogue'!I3",
        message: 'Indicator "CS-LAC": plausibleMin (100) is greater than plausibleMax (0): swap them.',
      },
      {
        path: "'My Catalogue'!A4",
        message:
          'Indicator "cs-ia": the id "cs-ia" is used twice (also at \'My Catalogue\'!A2): each indicator needs its own id.',
      },
      {
        path: "'My Catalogue'!B4",
        message:
          'Indicator "cs-ia": the name or alias "Initial assessments" also belongs to indicator "CS-IA": a scorecard row with that text could be either, so keep it on one indicator only.',
      },
      {
        path: "'My Catalogue'!F4",
        message:
          'Indicator "cs-ia": target must be a number. The cell holds the RAG word "Amber" where a number belongs: type the value and put the colour in the RAG column.',
      },
      {
        path: "'My Catalogue'!K4",
        message:
          'Indicator "cs-ia": tolerance must be a number. The cell shows the Excel error #DIV/0! (the formula divides by zero or by an empty cell): fix the formula or its inputs, or clear the cell if there is no data yet.',
      },
      {
        path: "'My Catalogue'!F5",
        message:
          'Indicator "CS-X": the row gives both a "target" and per-period targets ("target Q1", ...): keep one or the other.',
      },
    ]);
  });

  test("a missing required column is reported once, at the header, not on every row", () => {
    const load = loadCatalogueFromCells([
      ["id", "name", "unit"],
      ["A", "Alpha", "count"],
      ["B", "Beta", "count"],
    ]);
    expect(problemsOf(load)).toEqual([
      {
        path: "Catalogue!A1",
        message: 'The header row has no "polarity" column: add it (every indicator needs one).',
      },
    ]);
  });

  test("a blank required cell is located at that cell", () => {
    const load = loadCatalogueFromCells([
      ["id", "name", "polarity", "unit"],
      ["A", "", "higher", "count"],
    ]);
    expect(problemsOf(load)).toEqual([{ path: "Catalogue!B2", message: 'Indicator "A": name is missing.' }]);
  });

  test("a row without an id is named by its position", () => {
    const load = loadCatalogueFromCells([
      ["id", "name", "polarity", "unit"],
      ["", "Alpha", "higher", "count"],
    ]);
    expect(problemsOf(load)).toEqual([
      { path: "Catalogue!A2", message: "Indicator 1 (no id): id is missing." },
    ]);
  });
});
