import {
  cellKey,
  highlightTargets,
  parseSavedHighlights,
  planHighlights,
  type CellFill,
} from "../../src/excel/highlight-plan";
import { finding } from "./sample-plan";

const NONE: CellFill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };
const solid = (color: string): CellFill => ({ color, pattern: "Solid", patternColor: "#000000" });

describe("highlightTargets", () => {
  test("one target per cell, the most severe colour winning; info and non-cell findings skipped", () => {
    expect(
      highlightTargets([
        finding("warning", "Q1", "c5"),
        finding("error", "Q1", "C5"),
        finding("warning", "Q1", "C5"),
        finding("info", "Q1", "A1"),
        finding("error", "", "A1"),
        finding("error", "Q1", "A1:B2"),
      ]),
    ).toEqual([{ sheet: "Q1", address: "C5", colour: "#FFC7CE" }]);
  });
});

describe("highlightTargets: the cap", () => {
  test("past the limit, red cells are kept before amber ones", () => {
    const findings = [
      finding("warning", "Q1", "A1"),
      finding("warning", "Q1", "A2"),
      finding("error", "Q1", "A3"),
    ];
    expect(highlightTargets(findings, 2).map((t) => t.address)).toEqual(["A3", "A1"]);
    expect(highlightTargets(findings, 3).map((t) => t.address)).toEqual(["A1", "A2", "A3"]);
  });
});

describe("parseSavedHighlights", () => {
  test("keeps well-formed entries, drops the rest; non-JSON is []", () => {
    const text = JSON.stringify([
      { sheet: "Q1", address: "C5", previous: null, colour: "#FFC7CE" },
      { sheet: "Q1" },
      7,
      { sheet: "Q1", address: "B2", previous: solid("#DDEBF7"), colour: "#FFEB9C" },
    ]);
    expect(parseSavedHighlights(text)).toHaveLength(2);
    expect(parseSavedHighlights("{not json")).toEqual([]);
    expect(parseSavedHighlights('{"a":1}')).toEqual([]);
    expect(parseSavedHighlights(undefined)).toEqual([]);
  });
});

describe("planHighlights", () => {
  test("new target: remembers the current fill (None -> null) and paints", () => {
    const actions = planHighlights(
      [],
      [{ sheet: "Q1", address: "C5", colour: "#FFC7CE" }],
      new Map([[cellKey("Q1", "C5"), NONE]]),
    );
    expect(actions.paint).toHaveLength(1);
    expect(actions.saved).toEqual([{ sheet: "Q1", address: "C5", previous: null, colour: "#FFC7CE" }]);
  });

  test("clearing: ours restored, user-recoloured and vanished cells forgotten untouched", () => {
    const saved = [
      { sheet: "Q1", address: "C5", previous: solid("#DDEBF7"), colour: "#FFC7CE" },
      { sheet: "Q1", address: "D7", previous: null, colour: "#FFEB9C" },
      { sheet: "Gone", address: "A1", previous: null, colour: "#FFEB9C" },
    ];
    const current = new Map([
      [cellKey("Q1", "C5"), solid("#ffc7ce")],
      [cellKey("Q1", "D7"), solid("#00B050")],
    ]);
    const actions = planHighlights(saved, [], current);
    expect(actions.restore).toEqual([{ sheet: "Q1", address: "C5", previous: solid("#DDEBF7") }]);
    expect(actions.paint).toEqual([]);
    expect(actions.saved).toEqual([]);
  });

  test("a recoloured cell flagged again is saved afresh with the user's fill as its previous one", () => {
    const saved = [{ sheet: "Q1", address: "C5", previous: null, colour: "#FFC7CE" }];
    const current = new Map([[cellKey("Q1", "C5"), solid("#00B050")]]);
    const actions = planHighlights(saved, [{ sheet: "Q1", address: "C5", colour: "#FFEB9C" }], current);
    expect(actions.saved).toEqual([
      { sheet: "Q1", address: "C5", previous: solid("#00B050"), colour: "#FFEB9C" },
    ]);
  });
});
