import { catalogueTarget, ragRulesFor, type Indicator } from "../../../src/core/catalogue";

const indicator = (more: Partial<Indicator>): Indicator =>
  ({ id: "X", name: "X", aliases: [], polarity: "higher", unit: "count", ...more }) as Indicator;

describe("ragRulesFor: the one source of an indicator's RAG rules (validation and KPI.STATUS)", () => {
  test("the catalogue's polarity, tolerance, mode and floor; defaults 0.05 relative", () => {
    expect(ragRulesFor(indicator({ polarity: "lower", floor: 9 }))).toEqual({
      polarity: "lower",
      tolerance: 0.05,
      toleranceMode: "relative",
      floor: 9,
    });
    expect(
      ragRulesFor(indicator({ tolerance: 250000, toleranceMode: "absolute", polarity: "target" })),
    ).toEqual({ polarity: "target", tolerance: 250000, toleranceMode: "absolute" });
  });
  test("no indicator: neutral, so an unknown row never gets a guessed colour", () => {
    expect(ragRulesFor(undefined).polarity).toBe("neutral");
  });
});

describe("catalogueTarget", () => {
  test("one number, or the period's entry matched ignoring case and spaces", () => {
    expect(catalogueTarget(indicator({ target: 0.8 }), "Q2")).toBe(0.8);
    expect(catalogueTarget(indicator({ target: { Q1: 10, "2012 / 13": 20 } }), "2012/13")).toBe(20);
    expect(catalogueTarget(indicator({ target: { Q1: 10 } }), "q1")).toBe(10);
    expect(catalogueTarget(indicator({ target: { Q1: 10 } }), "Q3")).toBeNull();
    expect(catalogueTarget(undefined, "Q1")).toBeNull();
  });
});
