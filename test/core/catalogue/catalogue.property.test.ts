import fc from "fast-check";
import type { CellValue } from "../../../src/core/cells";
import {
  loadCatalogue,
  loadCatalogueFromCells,
  parseCatalogueText,
  toIndicatorScale,
  type Indicator,
} from "../../../src/core/catalogue";
import { UNITS } from "../../../src/core/catalogue";

const word = fc.constantFrom(
  "id",
  "name",
  "polarity",
  "unit",
  "target",
  "target Q1",
  "percentScale",
  "tolerance",
  "mandatory",
  "floor",
  "higher",
  "lower",
  "percent",
  "count",
  "0-1",
  "95%",
  "(£41k)",
  "na",
  "yes",
  "",
  "x",
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  word,
  fc.string(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ error: "#N/A" }),
  fc.date(),
);

/** Catalogue-shaped data with wrong bits, so the checks past the schema are visited too. */
const nearCatalogue = fc.record({
  name: fc.oneof(fc.string(), fc.anything()),
  version: fc.oneof(fc.string(), fc.anything()),
  indicators: fc.array(
    fc.record(
      {
        id: fc.oneof(fc.constantFrom("A", "a", "B", " C"), fc.anything()),
        name: fc.oneof(fc.constantFrom("Alpha", "alpha", ""), fc.anything()),
        aliases: fc.oneof(fc.array(fc.constantFrom("A", "Alpha", "b")), fc.anything()),
        polarity: fc.constantFrom("higher", "lower", "target", "neutral", "up"),
        unit: fc.constantFrom("percent", "count", "currency", "text", "%"),
        percentScale: fc.constantFrom("0-1", "0-100", "1"),
        target: fc.oneof(
          fc.double(),
          fc.dictionary(fc.string(), fc.oneof(fc.double(), fc.string())),
          fc.anything(),
        ),
        floor: fc.double(),
        tolerance: fc.double(),
        toleranceMode: fc.constantFrom("relative", "absolute", "x"),
        plausibleMin: fc.double(),
        plausibleMax: fc.double(),
        benchmarks: fc.anything(),
      },
      { requiredKeys: [] },
    ),
  ),
});

describe("the catalogue loaders are total", () => {
  test("loadCatalogue never throws, and answers ok with a catalogue or not ok with at least one problem", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearCatalogue), (data) => {
        const load = loadCatalogue(data);
        if (load.ok) expect(Array.isArray(load.catalogue.indicators)).toBe(true);
        else expect(load.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  test("loadCatalogueFromCells never throws on any grid", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 }),
        fc.string(),
        (rows, sheet) => {
          const load = loadCatalogueFromCells(rows, sheet);
          if (!load.ok) for (const p of load.problems) expect(p.path).toMatch(/!/);
        },
      ),
      { numRuns: 1500 },
    );
  });

  test("parseCatalogueText never throws on any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json(), fc.constantFrom("{", "[1]", 'a,"b\n')),
        fc.constantFrom("c.json", "c.csv", "", "x"),
        (text, file) => {
          expect(["boolean"]).toContain(typeof parseCatalogueText(text, file).ok);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("toIndicatorScale never throws", () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.constantFrom("plain", "percent", "currency" as const),
        fc.constantFrom(...UNITS),
        fc.constantFrom("0-1", "0-100", undefined),
        (value, unit, indicatorUnit, scale) => {
          const indicator: Indicator = {
            id: "A",
            name: "A",
            aliases: [],
            polarity: "higher",
            unit: indicatorUnit,
            ...(scale ? { percentScale: scale } : {}),
          };
          const scaled = toIndicatorScale({ kind: "number", value, unit }, indicator);
          expect("value" in scaled || "mismatch" in scaled).toBe(true);
        },
      ),
    );
  });
});
