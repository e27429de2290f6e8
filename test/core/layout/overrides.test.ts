import { detectLayout, readLayoutOverrides } from "../../../src/core/layout";
import type { LayoutOverrides, LayoutResult, SheetLayout } from "../../../src/core/layout";
import { sampleSheet, sheetOf } from "./sheet-builders";

function overrides(json: unknown): LayoutOverrides {
  const read = readLayoutOverrides(json);
  if (!read.ok) throw new Error(read.problems.join("\n"));
  return read.overrides;
}

function scorecard(result: LayoutResult): SheetLayout {
  if (result.kind !== "scorecard") throw new Error(`expected a scorecard: ${result.reason}`);
  return result.layout;
}

describe("readLayoutOverrides: the mapping file", () => {
  it("reads roles, column letters and period labels", () => {
    const read = readLayoutOverrides({
      description: "Fixes for the Q2 scorecard",
      sheets: {
        Scorecard: {
          C: "name",
          "Progress Summary": "commentary",
          "Q2 actual": "period:Q2",
          "Q1\nactual:": "Period",
          H: "IGNORE",
        },
        "*": { Lead: "owner" },
      },
    });
    expect(read).toEqual({
      ok: true,
      overrides: {
        sheets: {
          Scorecard: {
            C: { role: "name" },
            "Progress Summary": { role: "commentary" },
            "Q2 actual": { role: "period", period: "Q2" },
            "Q1 actual": { role: "period" },
            H: { role: "ignore" },
          },
          "*": { Lead: { role: "owner" } },
        },
      },
    });
  });

  it("accepts the JSON text too", () => {
    expect(readLayoutOverrides('{ "sheets": { "*": { "B": "name" } } }')).toEqual({
      ok: true,
      overrides: { sheets: { "*": { B: { role: "name" } } } },
    });
  });

  it("an empty sheets object is fine", () => {
    expect(readLayoutOverrides({ sheets: {} })).toEqual({ ok: true, overrides: { sheets: {} } });
  });

  it.each([
    ["not JSON", "{ sheets: ", /^The layout override file is not valid JSON: /],
    ["an array", [], /must be a JSON object/],
    ["null", null, /must be a JSON object/],
    ["a number", 3, /must be a JSON object/],
    ["no sheets", { Scorecard: { C: "name" } }, /has no "sheets" entry/],
    ["sheets not an object", { sheets: ["Scorecard"] }, /"sheets" must be an object/],
  ])("%s -> a problem", (_label, json, message) => {
    const read = readLayoutOverrides(json);
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it("lists every problem in the rules, in plain words", () => {
    const read = readLayoutOverrides({
      sheets: {
        Scorecard: { C: "nmae", D: "period:", E: 3, " ": "name", F: "target:Q1" },
        scorecard: { A: "id" },
        Other: "name",
        "": { A: "id" },
      },
      version: 2,
    });
    expect(read).toEqual({
      ok: false,
      problems: [
        'Unknown entry "version" at the top of the layout override file; only "sheets", "description" and "$schema" are read.',
        'Sheet "Scorecard", "C": "nmae" is not a column role; use one of id, name, target, period, rag, commentary, national, neighbours, portfolio, outcome, priority, owner, ignore, or "period:LABEL" such as "period:Q2".',
        'Sheet "Scorecard", "D": "period:" needs a label after the colon, such as "period:Q2"; write "period" alone to keep the header as the label.',
        'Sheet "Scorecard", "E": the role must be text, one of id, name, target, period, rag, commentary, national, neighbours, portfolio, outcome, priority, owner, ignore, or "period:LABEL" such as "period:Q2".',
        'Sheet "Scorecard" has a rule with an empty header; use the header text or a column letter such as "C".',
        'Sheet "Scorecard", "F": "target:Q1" is not a column role; use one of id, name, target, period, rag, commentary, national, neighbours, portfolio, outcome, priority, owner, ignore, or "period:LABEL" such as "period:Q2".',
        'Sheet "scorecard" is listed twice (sheet names ignore case); merge the two entries.',
        'The rules for sheet "Other" must be an object that maps a header or column letter to a role.',
        'A sheet name in "sheets" is empty; use the sheet\'s name as shown on its tab, or "*" for every sheet.',
      ],
    });
  });

  it("the same header twice in one sheet", () => {
    const read = readLayoutOverrides({ sheets: { S: { Target: "target", "TARGET:": "ignore" } } });
    expect(read.ok ? [] : read.problems).toEqual([
      'Sheet "S" has two rules for "TARGET" (headers ignore case); keep one.',
    ]);
  });
});

describe("overrides applied to a sheet", () => {
  // "Indicator" holds codes ("NI 62") and "Title" the name; "Progress" is free text.
  const sheet = sheetOf("Scorecard", [
    ["Indicator", "Title", "Q1", "Q2 actual", "Progress", "Target"],
    ["NI 62", "Stability of placements of looked after children", 11, 12, "On track", 13],
  ]);

  it("without overrides the detector gets two columns wrong", () => {
    const layout = scorecard(detectLayout(sheet));
    expect(layout.columns.map((c) => c.role)).toEqual([
      "name",
      "ignore",
      "period",
      "period",
      "ignore",
      "target",
    ]);
  });

  it("overrides win, by header or column letter, and are marked", () => {
    const layout = scorecard(
      detectLayout(
        sheet,
        overrides({
          sheets: {
            Scorecard: {
              Indicator: "id",
              B: "name",
              Progress: "commentary",
              "q2 ACTUAL": "period:Q2 2012/13",
            },
          },
        }),
      ),
    );
    expect(layout.columns).toEqual([
      { column: 0, role: "id", header: "Indicator", overridden: true },
      { column: 1, role: "name", header: "Title", overridden: true },
      { column: 2, role: "period", header: "Q1", period: "Q1" },
      { column: 3, role: "period", header: "Q2 actual", period: "Q2 2012/13", overridden: true },
      { column: 4, role: "commentary", header: "Progress", overridden: true },
      { column: 5, role: "target", header: "Target" },
    ]);
  });

  it("can turn a column into ignore", () => {
    const layout = scorecard(
      detectLayout(
        sampleSheet("cypp-report-card-2007.csv", "Report card"),
        overrides({ sheets: { "*": { Current: "ignore" } } }),
      ),
    );
    expect(layout.columns[8]).toEqual({ column: 8, role: "ignore", header: "Current", overridden: true });
    expect(layout.columns.filter((c) => c.role === "period").map((c) => c.period)).toEqual([
      "2004",
      "2005",
      "2006",
    ]);
  });

  it("the sheet's own rules come before the rules for every sheet; letters before headers", () => {
    const layout = scorecard(
      detectLayout(
        sheet,
        overrides({
          sheets: {
            "*": { E: "owner", Progress: "rag" },
            scorecard: { Progress: "commentary", $E: "outcome" },
          },
        }),
      ),
    );
    expect(layout.columns[4]?.role).toBe("outcome");
  });

  it("a key that is a header on the sheet is a header, not a column letter", () => {
    const withRag = sheetOf("S", [
      ["Measure", "Q1", "RAG"],
      ["Attendance", 1, "Green"],
    ]);
    const layout = scorecard(detectLayout(withRag, overrides({ sheets: { S: { RAG: "ignore" } } })));
    expect(layout.columns.map((c) => c.role)).toEqual(["name", "period", "ignore"]);
  });

  it("rules for another sheet do not apply", () => {
    const layout = scorecard(detectLayout(sheet, overrides({ sheets: { Other: { B: "name" } } })));
    expect(layout.columns[1]?.role).toBe("ignore");
  });

  it("make a sheet without a recognisable header a scorecard, by header texts", () => {
    const odd = sheetOf("Odd", [
      ["Item", "This quarter", "Last quarter"],
      ["Attendance", 95.8, 95.9],
    ]);
    expect(detectLayout(odd).kind).toBe("not-scorecard");
    const layout = scorecard(
      detectLayout(
        odd,
        overrides({
          sheets: { Odd: { Item: "name", "This quarter": "period:Q2", "Last quarter": "period:Q1" } },
        }),
      ),
    );
    expect(layout.headerRows).toEqual([0]);
    expect(layout.columns.map((c) => `${c.role}:${c.period ?? ""}`)).toEqual([
      "name:",
      "period:Q2",
      "period:Q1",
    ]);
    expect(layout.indicatorRows).toEqual([1]);
  });

  it("make a sheet a scorecard by column letters alone: the first row with several cells is the header", () => {
    const odd = sheetOf("Odd", [
      ["Attendance data"],
      ["Item", "Value A", "Value B"],
      ["Attendance", 95.8, 95.9],
    ]);
    const layout = scorecard(
      detectLayout(odd, overrides({ sheets: { Odd: { A: "name", B: "period", C: "period:Q2" } } })),
    );
    expect(layout.headerRows).toEqual([1]);
    expect(layout.columns.map((c) => `${c.role}:${c.period ?? ""}`)).toEqual([
      "name:",
      "period:Value A",
      "period:Q2",
    ]);
    expect(layout.indicatorRows).toEqual([2]);
  });

  it("a catalogue sheet is read when its own rules ask for it", () => {
    const catalogue = sheetOf("Catalogue", [
      ["ID", "Name", "2012/13 value"],
      ["A1", "Attendance", 95],
    ]);
    expect(detectLayout(catalogue).kind).toBe("not-scorecard");
    expect(detectLayout(catalogue, overrides({ sheets: { "*": { Name: "name" } } })).kind).toBe(
      "not-scorecard",
    );
    expect(detectLayout(catalogue, overrides({ sheets: { Catalogue: { Name: "name" } } })).kind).toBe(
      "scorecard",
    );
  });
});
