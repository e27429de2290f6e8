import { readFileSync } from "fs";
import { join } from "path";
import { parse } from "csv-parse/sync";
import { readCell } from "../../../src/core/cells";
import {
  findCatalogueIndicator,
  loadCatalogue,
  parseCatalogueText,
  toIndicatorScale,
  type Catalogue,
} from "../../../src/core/catalogue";

const ROOT = join(__dirname, "..", "..", "..");
const SAMPLES = join(ROOT, "test", "fixtures", "samples");

function sample(name: string): Record<string, string>[] {
  return parse(readFileSync(join(SAMPLES, name), "utf8"), { columns: true }) as Record<string, string>[];
}
function loadExample(): Catalogue {
  const load = loadCatalogue(JSON.parse(readFileSync(join(ROOT, "examples", "catalogue.json"), "utf8")));
  if (!load.ok) throw new Error(JSON.stringify(load.problems));
  return load.catalogue;
}
function indicator(catalogue: Catalogue, id: string) {
  const found = findCatalogueIndicator(catalogue, id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

const cypp = sample("cypp-report-card-2007.csv");
const directorate = sample("directorate-scorecard-2012-13-q2.csv");
const MEASURE_IDS = [
  "CS-APPR",
  "CS-ENGAGE",
  "CS-CONSULT",
  "CS-EQUALITY",
  "CS-BUDGET",
  "CS-RESTRUCTURE",
  "CS-HOMES",
  "CS-CENTRES",
  "CS-PRU",
  "CS-IA",
  "CS-CA",
  "CS-LAC-SW",
  "CS-CP-SW",
  "CS-COMP20",
  "CS-COMP-INIT",
  "CS-LAC",
  "CS-ATT-PRI",
  "CS-ATT-SEC",
  "CS-NEET",
];

describe("examples/catalogue.json", () => {
  const catalogue = loadExample();

  test("loads with no problems and no warnings", () => {
    const load = loadCatalogue(JSON.parse(readFileSync(join(ROOT, "examples", "catalogue.json"), "utf8")));
    expect(load.ok && load.warnings).toEqual([]);
    expect(catalogue.name).toBe("Leeds children's services example");
    expect(catalogue.version).toBe("2026.1");
    expect(catalogue.indicators).toHaveLength(44 + 19);
  });

  test("holds all 44 report-card refs, named exactly as the PI Description, under their Outcome", () => {
    expect(cypp).toHaveLength(44);
    for (const row of cypp) {
      const found = indicator(catalogue, row.Ref ?? "");
      expect([found.id, found.name, found.outcomeArea, found.frequency]).toEqual([
        row.Ref,
        row["PI Description"],
        row.Outcome,
        "annual",
      ]);
    }
  });

  test("report-card targets and benchmarks are the sample's numbers; na and - give none", () => {
    const asNumber = (text: string | undefined): number | undefined =>
      text !== undefined && /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
    for (const row of cypp) {
      const found = indicator(catalogue, row.Ref ?? "");
      expect([row.Ref, found.target]).toEqual([row.Ref, asNumber(row.Target)]);
      expect([row.Ref, found.benchmarks?.national, found.benchmarks?.statisticalNeighbours]).toEqual([
        row.Ref,
        asNumber(row.National),
        asNumber(row.Similar),
      ]);
    }
  });

  test("report-card percentages are on the 0-100 scale with plausible range 0-100; rates and counts are not percentages", () => {
    for (const found of catalogue.indicators.filter((i) => /^\d+$/.test(i.id))) {
      if (found.unit === "percent")
        expect([found.id, found.percentScale, found.plausibleMin, found.plausibleMax]).toEqual([
          found.id,
          "0-100",
          0,
          100,
        ]);
    }
    expect(["7", "12", "22", "23", "2"].map((id) => indicator(catalogue, id).unit)).toEqual([
      "rate",
      "rate",
      "rate",
      "rate",
      "rate",
    ]);
    expect(["24", "28"].map((id) => indicator(catalogue, id).unit)).toEqual(["count", "count"]);
  });

  test("report-card polarities follow the wording, with the odd ones explained", () => {
    for (const row of cypp) {
      const found = indicator(catalogue, row.Ref ?? "");
      const wording = row["PI Description"] ?? "";
      if (/^(Reduce|Halt)/.test(wording)) expect([found.id, found.polarity]).toEqual([found.id, "lower"]);
      if (/^(Raise|Improve)/.test(wording)) expect([found.id, found.polarity]).toEqual([found.id, "higher"]);
    }
    expect(indicator(catalogue, "3")).toMatchObject({
      polarity: "target",
      target: 10,
      description: expect.stringContaining("Goldilocks"),
    });
    expect(indicator(catalogue, "6")).toMatchObject({
      polarity: "lower",
      description: expect.stringContaining("three or more placements"),
    });
    expect(indicator(catalogue, "28")).toMatchObject({
      polarity: "lower",
      target: 0,
      toleranceMode: "absolute",
    });
  });

  test("holds all 19 directorate measures, named exactly as the Supporting Measure, with Section and Executive Portfolio", () => {
    expect(directorate).toHaveLength(19);
    directorate.forEach((row, index) => {
      const found = indicator(catalogue, MEASURE_IDS[index] ?? "");
      expect([found.name, found.outcomeArea, found.portfolio, found.frequency]).toEqual([
        row["Supporting Measure"],
        row.Section,
        row["Executive Portfolio"],
        "quarterly",
      ]);
    });
  });

  test("Priority texts that identify one measure are aliases", () => {
    expect(indicator(catalogue, "CS-APPR").aliases).toContain("Appraisals");
    expect(indicator(catalogue, "CS-ENGAGE").aliases).toContain("Staff engagement");
    expect(indicator(catalogue, "CS-CONSULT").aliases).toContain("Consultation");
    expect(indicator(catalogue, "CS-EQUALITY").aliases).toContain("Equality");
    expect(indicator(catalogue, "CS-BUDGET").aliases).toContain("Keep within budget");
  });

  test("directorate percentages are fractions (0-1) with fractional targets; the special measures are set up as agreed", () => {
    expect(indicator(catalogue, "CS-IA")).toMatchObject({
      unit: "percent",
      percentScale: "0-1",
      target: 0.8,
      polarity: "higher",
      mandatory: true,
    });
    expect(indicator(catalogue, "CS-APPR")).toMatchObject({ target: 1 });
    expect(indicator(catalogue, "CS-HOMES")).toMatchObject({ target: 1 }); // "100% by 2015"
    expect(indicator(catalogue, "CS-BUDGET")).toMatchObject({
      unit: "currency",
      polarity: "target",
      target: 0,
      toleranceMode: "absolute",
      tolerance: 250000,
    });
    expect(indicator(catalogue, "CS-RESTRUCTURE")).toMatchObject({ unit: "text", polarity: "neutral" });
    expect(indicator(catalogue, "CS-NEET")).toMatchObject({ unit: "percent", polarity: "lower" });
    expect(indicator(catalogue, "CS-LAC")).toMatchObject({ unit: "count", polarity: "lower" });
    expect(catalogue.indicators.filter((i) => i.mandatory).length).toBeGreaterThanOrEqual(3);
  });

  test("every directorate value cell that reads as a number fits its measure's scale", () => {
    directorate.forEach((row, index) => {
      const found = indicator(catalogue, MEASURE_IDS[index] ?? "");
      for (const column of ["Target", "Q1", "Q2"]) {
        const reading = readCell(row[column]);
        if (reading.kind !== "number") continue;
        expect([found.id, column, toIndicatorScale(reading, found)]).toEqual([
          found.id,
          column,
          { value: reading.value },
        ]);
      }
    });
  });

  test("every report-card value fits its indicator's scale and plausible range", () => {
    for (const row of cypp) {
      const found = indicator(catalogue, row.Ref ?? "");
      for (const column of ["2004", "2005", "2006", "National", "Similar", "Current", "Target"]) {
        const reading = readCell(row[column]);
        if (reading.kind !== "number") continue;
        const scaled = toIndicatorScale(reading, found);
        expect(
          "value" in scaled &&
            scaled.value >= (found.plausibleMin ?? -Infinity) &&
            scaled.value <= (found.plausibleMax ?? Infinity),
        ).toBe(true);
      }
    }
  });
});

describe("examples/catalogue.csv", () => {
  test("loads to the same catalogue as examples/catalogue.json", () => {
    const load = parseCatalogueText(
      readFileSync(join(ROOT, "examples", "catalogue.csv"), "utf8"),
      "examples/catalogue.csv",
    );
    expect(load.ok && load.warnings).toEqual([]);
    expect(load.ok && load.catalogue).toEqual(loadExample());
  });
});
