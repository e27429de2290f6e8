import fc from "fast-check";
import { runs } from "../../support/properties";
import type { CellValue } from "../../../src/core/cells";
import {
  loadCatalogue,
  loadCatalogueFromCells,
  parseCatalogueText,
  toIndicatorScale,
  type Indicator,
} from "../../../src/core/catalogue";
import { UNITS } from "../../../src/core/catalogue";
import { POLARITIES } from "../../../src/core/words";

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
      runs(200),
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
      runs(200),
    );
  });

  test("parseCatalogueText on any text: a catalogue with unique, named indicators, or problems that say where", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.constantFrom("{", "[1]", 'a,"b\n', "id,name,polarity,unit\nA,Alpha,higher,percent\n"),
        ),
        fc.constantFrom("c.json", "c.csv", "", "x"),
        (text, file) => {
          const load = parseCatalogueText(text, file);
          if (load.ok) {
            const ids = load.catalogue.indicators.map((i) => i.id.trim().toLowerCase());
            expect(new Set(ids).size).toBe(ids.length);
            for (const indicator of load.catalogue.indicators) {
              expect(indicator.id.trim()).not.toBe("");
              expect(indicator.name.trim()).not.toBe("");
              expect(POLARITIES).toContain(indicator.polarity);
              expect(UNITS).toContain(indicator.unit);
            }
          } else {
            expect(load.problems.length).toBeGreaterThan(0);
            for (const problem of load.problems) {
              expect(typeof problem.path).toBe("string");
              expect(problem.message.trim()).not.toBe("");
            }
          }
        },
      ),
      runs(200),
    );
  });

  test("toIndicatorScale: the value on the indicator's scale, or a mismatch that says why", () => {
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
          if ("mismatch" in scaled) {
            // Money is never a percent or a count, a percent only fits a percent indicator, and
            // a fraction indicator refuses points.
            expect(scaled.mismatch.trim()).not.toBe("");
            expect(unit !== "plain" || (indicatorUnit === "percent" && scale === "0-1")).toBe(true);
          } else if (unit === "percent" && indicatorUnit === "percent" && scale !== "0-1") {
            // 95% read as 0.95 is 95 points on a 0-100 indicator.
            if (Number.isFinite(value) && Math.abs(value) < 1e6)
              expect(scaled.value).toBeCloseTo(value * 100, 6);
          } else {
            expect(Object.is(scaled.value, value)).toBe(true);
          }
        },
      ),
    );
  });
});
