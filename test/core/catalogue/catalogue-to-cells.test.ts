import {
  catalogueToCells,
  catalogueColumn,
  columnLabel,
  findCatalogueIndicator,
  loadCatalogueFromCells,
  type Catalogue,
} from "../../../src/core/catalogue";

const CATALOGUE: Catalogue = {
  name: "Round trip",
  version: "7",
  description: "Tests",
  indicators: [
    {
      id: "CS-IA",
      name: "Initial assessments",
      aliases: ["IA", "Assessments"],
      description: 'Has "quotes", commas',
      polarity: "higher",
      unit: "percent",
      percentScale: "0-1",
      decimals: 1,
      frequency: "quarterly",
      measureType: "snapshot",
      target: { Q1: 0.8, "2012/13": 0.82 },
      tolerance: 0.05,
      toleranceMode: "relative",
      floor: 0.7,
      benchmarks: { national: 0.774, statisticalNeighbours: 0.78 },
      outcomeArea: "Directorate Priorities",
      portfolio: "Children's Services",
      owner: "Head of Social Care",
      mandatory: true,
      plausibleMin: 0,
      plausibleMax: 1,
    },
    {
      id: "CS-BUDGET",
      name: "Budget",
      aliases: [],
      polarity: "target",
      unit: "currency",
      target: -41000,
      tolerance: 250000,
      toleranceMode: "absolute",
      mandatory: false,
    },
    {
      id: "12",
      name: "Infant mortality",
      aliases: [],
      polarity: "lower",
      unit: "rate",
      target: 5.4,
      tolerance: 0.05,
      toleranceMode: "relative",
      plausibleMin: 1e-7,
    },
  ],
};

describe("catalogueToCells", () => {
  test("writes a header with per-period target columns after target, and one row per indicator", () => {
    const cells = catalogueToCells(CATALOGUE);
    expect(cells[0]?.slice(9, 14)).toEqual([
      "measureType",
      "target",
      "target Q1",
      "target 2012/13",
      "tolerance",
    ]);
    expect(cells).toHaveLength(4);
    expect(cells.every((row) => row.length === cells[0]?.length)).toBe(true);
    expect(cells[1]?.slice(0, 3)).toEqual(["CS-IA", "Initial assessments", "IA; Assessments"]);
  });

  test("loading the cells back gives the same catalogue", () => {
    expect(loadCatalogueFromCells(catalogueToCells(CATALOGUE))).toEqual({
      ok: true,
      catalogue: CATALOGUE,
      warnings: [],
    });
  });

  test("a catalogue without indicators is the header row only", () => {
    expect(catalogueToCells({ name: "x", version: "1", indicators: [] })).toHaveLength(1);
  });

  test("every header it writes is read back as the same column", () => {
    for (const header of catalogueToCells(CATALOGUE)[0] ?? []) {
      const column = catalogueColumn(header);
      expect(column && columnLabel(column)).toBeTruthy();
    }
  });
});

describe("catalogueColumn", () => {
  test.each([
    ["Outcome Area", "outcomeArea"],
    ["outcome_area", "outcomeArea"],
    ["PLAUSIBLE-MAX", "plausibleMax"],
    ["Statistical Neighbours", "statisticalNeighbours"],
    ["benchmarks.national", "national"],
    ["Alias", "aliases"],
    ["Catalogue Version", "catalogue version"],
    ["target Q1", 'target for "Q1"'],
    ["Target 2012/13", 'target for "2012/13"'],
  ])("%j -> %s", (header, label) => {
    const column = catalogueColumn(header);
    expect(column && columnLabel(column)).toBe(label);
  });
  test.each(["Comments", "", "targets", "target"])("%j is not a per-period target", (header) => {
    expect(catalogueColumn(header)?.kind).not.toBe("periodTarget");
  });
});

describe("findCatalogueIndicator", () => {
  test("exact id, ignoring case and surrounding spaces", () => {
    expect(findCatalogueIndicator(CATALOGUE, " cs-ia ")?.id).toBe("CS-IA");
    expect(findCatalogueIndicator(CATALOGUE, "12")?.id).toBe("12");
  });
  test("names, aliases and partial ids are not ids", () => {
    expect(findCatalogueIndicator(CATALOGUE, "Initial assessments")).toBeUndefined();
    expect(findCatalogueIndicator(CATALOGUE, "IA")).toBeUndefined();
    expect(findCatalogueIndicator(CATALOGUE, "CS")).toBeUndefined();
  });
  test("bad input: undefined", () => {
    expect(findCatalogueIndicator(CATALOGUE, "")).toBeUndefined();
    expect(findCatalogueIndicator(CATALOGUE, 12 as unknown as string)).toBeUndefined();
    expect(findCatalogueIndicator(null as unknown as Catalogue, "CS-IA")).toBeUndefined();
  });
});

test("an indicator's spc options survive the round trip through a Catalogue sheet", () => {
  const spc = { fixAfter: 12, rebase: ["Apr 2024", "Oct 2024"], screenOutliers: true, runLength: 6 };
  const catalogue = {
    name: "c",
    version: "1",
    indicators: [
      {
        id: "A",
        name: "Alpha",
        aliases: [],
        polarity: "higher" as const,
        unit: "count" as const,
        tolerance: 0.05,
        toleranceMode: "relative" as const,
        spc,
      },
    ],
  };
  const cells = catalogueToCells(catalogue);
  const header = cells[0] ?? [];
  const row = cells[1] ?? [];
  expect(
    ["spcFixAfter", "spcRebase", "spcScreenOutliers", "spcRunLength"].map((h) => row[header.indexOf(h)]),
  ).toEqual(["12", "Apr 2024; Oct 2024", "yes", "6"]);
  const load = loadCatalogueFromCells(cells, "Catalogue");
  expect(load.ok && load.catalogue.indicators[0]?.spc).toEqual(spc);
});
