/**
 * unusedOverrides: the mapping-file entries that matched nothing, each with the closest real
 * sheet name or header. Expected values worked out by hand from the sheets below (similarities
 * are 1 - edits / longer length of the normalised texts, as nameSimilarity computes them).
 */
import { detectWorkbookLayouts, readLayoutOverrides, type LayoutOverrides } from "../../../src/core/layout";
import {
  closestText,
  CLOSEST_TEXT_THRESHOLD,
  unusedOverrides,
} from "../../../src/core/layout/unused-overrides";
import type { WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { sheetOf } from "./sheet-builders";

function overrides(json: unknown): LayoutOverrides {
  const read = readLayoutOverrides(json);
  if (!read.ok) throw new Error(read.problems.join("\n"));
  return read.overrides;
}

/** Scorecard Q2: a two-row header (Benchmark over National and Neighbours) in rows 1-2; Notes: text. */
const WORKBOOK: WorkbookSnapshot = {
  source: "q2.xlsx",
  sheets: [
    sheetOf(
      "Scorecard Q2",
      [
        [null, null, null, null, null, "Benchmark", null],
        ["Ref", "PI Description", "Target", "Q1", "Q2", "National", "Neighbours"],
        ["NI 1", "School attendance", 95, 94, 96, 95, 94],
      ],
      ["F1:G1"],
    ),
    sheetOf("Notes", [["Notes"], ["Lead officer: J. Smith"]]),
  ],
};

const unusedOf = (json: unknown, workbook: WorkbookSnapshot = WORKBOOK) => {
  const map = overrides(json);
  return unusedOverrides(workbook, map, detectWorkbookLayouts(workbook, map));
};

describe("unusedOverrides", () => {
  it("a sheet name that is not in the workbook, with the closest sheet (Scorecard Q9 -> Scorecard Q2: 11 of 12 letters)", () => {
    expect(unusedOf({ sheets: { "Scorecard Q9": { C: "name" } } })).toEqual([
      { kind: "sheet", mapSheet: "Scorecard Q9", sheets: ["Scorecard Q2", "Notes"], closest: "Scorecard Q2" },
    ]);
  });

  it("a sheet name nothing like any sheet: no closest, the sheets listed", () => {
    expect(unusedOf({ sheets: { Budget: { C: "name" } } })).toEqual([
      { kind: "sheet", mapSheet: "Budget", sheets: ["Scorecard Q2", "Notes"] },
    ]);
  });

  it("sheet names compare as rulesForSheet does: trimmed, any case", () => {
    expect(unusedOf({ sheets: { " scorecard q2 ": { Target: "target" } } })).toEqual([]);
  });

  it("used keys: a header, a header in another case, a column letter, $letter, '*' rules", () => {
    const json = {
      sheets: {
        "Scorecard Q2": { target: "target", "PI DESCRIPTION:": "name", C: "target", $G: "neighbours" },
        "*": { Q2: "period:Q2" },
      },
    };
    expect(unusedOf(json)).toEqual([]);
  });

  it("a two-row header's key, group and header ('Benchmark National'), is used", () => {
    expect(unusedOf({ sheets: { "Scorecard Q2": { "Benchmark National": "national" } } })).toEqual([]);
  });

  it("a header no column has: the closest header (PI Descripton -> PI Description), with the header row", () => {
    expect(unusedOf({ sheets: { "Scorecard Q2": { "PI Descripton": "name" } } })).toEqual([
      {
        kind: "header",
        mapSheet: "Scorecard Q2",
        key: "PI Descripton",
        sheet: "Scorecard Q2",
        row: 1,
        headers: ["Ref", "PI Description", "Target", "Q1", "Q2", "National", "Neighbours"],
        closest: "PI Description",
      },
    ]);
  });

  it("a header nothing is close to: no closest", () => {
    const [unused] = unusedOf({ sheets: { "Scorecard Q2": { "Nonexistent header": "owner" } } });
    expect(unused).toMatchObject({ kind: "header", key: "Nonexistent header" });
    expect(unused).not.toHaveProperty("closest");
  });

  it("a group header alone is not a key ('Benchmark' names no column; 'Benchmark National' does)", () => {
    expect(unusedOf({ sheets: { "Scorecard Q2": { Benchmark: "national" } } })).toMatchObject([
      { kind: "header", key: "Benchmark" },
    ]);
  });

  it("a column letter beyond the last column (the sheet ends at G): $Z and Z", () => {
    expect(unusedOf({ sheets: { "Scorecard Q2": { $Z: "ignore", Z: "ignore" } } })).toEqual([
      { kind: "column", mapSheet: "Scorecard Q2", key: "$Z", sheet: "Scorecard Q2", row: 1, lastColumn: "G" },
      { kind: "column", mapSheet: "Scorecard Q2", key: "Z", sheet: "Scorecard Q2", row: 1, lastColumn: "G" },
    ]);
  });

  it("a '*' rule that no scorecard sheet has (text on the Notes sheet does not count)", () => {
    expect(unusedOf({ sheets: { "*": { "Lead officer": "owner" } } })).toEqual([
      {
        kind: "header",
        mapSheet: "*",
        key: "Lead officer",
        headers: ["Ref", "PI Description", "Target", "Q1", "Q2", "National", "Neighbours"],
      },
    ]);
  });

  it("a sheet that is not a scorecard: any text in its first 20 rows counts as a header", () => {
    expect(unusedOf({ sheets: { Notes: { Notes: "name", Note: "name" } } })).toEqual([
      {
        kind: "header",
        mapSheet: "Notes",
        key: "Note",
        sheet: "Notes",
        headers: ["Notes", "Lead officer: J. Smith"],
        closest: "Notes",
      },
    ]);
  });

  it("bad input: no overrides, no workbook or no layouts give nothing and do not throw", () => {
    expect(unusedOverrides(WORKBOOK, undefined, [])).toEqual([]);
    expect(
      unusedOverrides(
        undefined as unknown as WorkbookSnapshot,
        overrides({ sheets: { "*": { C: "name" } } }),
        undefined as never,
      ),
    ).toEqual([{ kind: "header", mapSheet: "*", key: "C", headers: [] }]);
  });
});

describe("closestText", () => {
  it("picks the most similar text at or above the threshold, the first on a tie", () => {
    expect(CLOSEST_TEXT_THRESHOLD).toBe(0.5);
    expect(closestText("Scorecard Q9", ["Notes", "Scorecard Q2", "Scorecard Q3"])).toBe("Scorecard Q2");
    // "progress" vs "progress summary": 8 edits in 16 letters, exactly 0.5.
    expect(closestText("Progress", ["Target", "Progress Summary"])).toBe("Progress Summary");
    expect(closestText("Nonexistent header", ["ID", "Q1"])).toBeUndefined();
    expect(closestText("x", [])).toBeUndefined();
  });
});
