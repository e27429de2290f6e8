import { columnFor, detectLayout, detectWorkbookLayouts, sectionFor } from "../../../src/core/layout";
import type { LayoutOverrides, LayoutResult, SheetLayout } from "../../../src/core/layout";
import type { SheetSnapshot } from "../../../src/core/workbook/snapshot";
import { sampleSheet, sheetOf } from "./sheet-builders";

function scorecard(result: LayoutResult): SheetLayout {
  if (result.kind !== "scorecard") throw new Error(`expected a scorecard: ${result.reason}`);
  return result.layout;
}

function roles(layout: SheetLayout): string[] {
  return layout.columns.map((c) => (c.role === "period" ? `period:${c.period ?? ""}` : c.role));
}

describe("header not in row 1, in other case, with line breaks and extra spaces", () => {
  const sheet = sheetOf("Q2", [
    ["Children's Services Scorecard 2012/13"],
    ["Quarter 2"],
    [],
    ["SECTION", "pi\ndescription", "TARGET:", "Q1  ", "q2", "rag   status*", "Direction of travel"],
    ["Be Healthy", "Raise breastfeeding initiation", 54, 58, 60, "Green", "Up"],
  ]);
  const layout = scorecard(detectLayout(sheet));

  it("skips the title rows and finds the header in row 4", () => {
    expect(layout.headerRows).toEqual([3]);
    expect(layout.firstDataRow).toBe(4);
    expect(layout.indicatorRows).toEqual([4]);
  });

  it("reads the cleaned headers", () => {
    expect(layout.columns.map((c) => c.header)).toEqual([
      "SECTION",
      "pi description",
      "TARGET",
      "Q1",
      "q2",
      "rag status",
      "Direction of travel",
    ]);
    expect(roles(layout)).toEqual(["outcome", "name", "target", "period:Q1", "period:Q2", "rag", "ignore"]);
  });
});

describe("two-row header: a group row with merged cells", () => {
  // Ref, PI Description, Current and Target are merged down over both header rows;
  // "Leeds trend" spans the three years, "Benchmark" spans National and Similar.
  const sheet = sheetOf(
    "Report card",
    [
      ["Children and Young People's Plan: report card 2007"],
      [],
      ["Ref", "PI Description", "Leeds trend", null, null, "Benchmark", null, "Current", "Target"],
      [null, null, 2004, 2005, 2006, "National", "Similar", null, null],
      [3, "Increase re-registrations on Child Protection Register", 5, 4.5, 9.1, 13, 13, 11, 10],
      [4, "Reviews of Child Protection Cases in timescale", 96, 98, 97.7, 99, 99, 97, 99],
    ],
    ["A3:A4", "B3:B4", "C3:E3", "F3:G3", "H3:H4", "I3:I4"],
  );
  const layout = scorecard(detectLayout(sheet));

  it("lists both header rows", () => {
    expect(layout.headerRows).toEqual([2, 3]);
    expect(layout.firstDataRow).toBe(4);
    expect(layout.indicatorRows).toEqual([4, 5]);
  });

  it("combines the group text with the lower header", () => {
    expect(layout.columns).toEqual([
      { column: 0, role: "id", header: "Ref" },
      { column: 1, role: "name", header: "PI Description" },
      { column: 2, role: "period", header: "2004", group: "Leeds trend", period: "2004" },
      { column: 3, role: "period", header: "2005", group: "Leeds trend", period: "2005" },
      { column: 4, role: "period", header: "2006", group: "Leeds trend", period: "2006" },
      { column: 5, role: "national", header: "National", group: "Benchmark" },
      { column: 6, role: "neighbours", header: "Similar", group: "Benchmark" },
      { column: 7, role: "period", header: "Current", period: "Current" },
      { column: 8, role: "target", header: "Target" },
    ]);
  });

  it("also works without merges when the upper cells stand alone above blank lower cells", () => {
    const unmerged = sheetOf("Report card", [
      ["Ref", "PI Description", "Leeds trend", null, null, "Benchmark", null, "Current", "Target"],
      [null, null, 2004, 2005, 2006, "National", "Similar", null, null],
      [3, "Increase re-registrations on Child Protection Register", 5, 4.5, 9.1, 13, 13, 11, 10],
    ]);
    const l = scorecard(detectLayout(unmerged));
    expect(l.headerRows).toEqual([0, 1]);
    expect(roles(l)).toEqual([
      "id",
      "name",
      "period:2004",
      "period:2005",
      "period:2006",
      "national",
      "neighbours",
      "period:Current",
      "target",
    ]);
  });
});

describe("two-row header: the group decides the meaning", () => {
  it("a benchmark group over years makes benchmark columns", () => {
    const sheet = sheetOf(
      "S",
      [
        [null, null, null, "National", null, "Statistical neighbours"],
        ["Ref", "Measure", "2012", "2011", "2012", "Average"],
        ["NI 62", "Stability of placements", 11, 12, 11.5, 11.8],
      ],
      ["D1:E1"],
    );
    const layout = scorecard(detectLayout(sheet));
    expect(layout.headerRows).toEqual([0, 1]);
    expect(roles(layout)).toEqual(["id", "name", "period:2012", "national", "national", "neighbours"]);
    expect(layout.duplicateRoles).toEqual([{ role: "national", columns: [3, 4] }]);
  });

  it("a quarter group over Actual and Target", () => {
    const sheet = sheetOf(
      "S",
      [
        [null, null, "Q1", null, "Q2", null],
        ["Ref", "Measure", "Actual", "Target", "Actual", "Target"],
        ["A1", "Appraisals", 0.9, 1, 0.97, 1],
      ],
      ["C1:D1", "E1:F1"],
    );
    const layout = scorecard(detectLayout(sheet));
    expect(layout.headerRows).toEqual([0, 1]);
    expect(roles(layout)).toEqual(["id", "name", "period:Q1", "target", "period:Q2", "target"]);
    expect(layout.duplicateRoles).toEqual([{ role: "target", columns: [3, 5] }]);
  });

  it("tells repeated quarters apart by their year group", () => {
    const sheet = sheetOf(
      "S",
      [
        [null, "2011/12", null, "2012/13", null],
        ["Measure", "Q1", "Q2", "Q1", "Q2"],
        ["Children in care", 1402, 1410, 1432, 1431],
      ],
      ["B1:C1", "D1:E1"],
    );
    const layout = scorecard(detectLayout(sheet));
    expect(roles(layout)).toEqual([
      "name",
      "period:Q1 2011/12",
      "period:Q2 2011/12",
      "period:Q1 2012/13",
      "period:Q2 2012/13",
    ]);
  });

  it("never reads the first data row as headers under the real header", () => {
    const sheet = sheetOf("S", [
      ["Ref", "Measure", "Q1", "Q2", "Target"],
      ["Stay Safe"],
      [1, "Re-registrations", 5, 4.5, 10],
    ]);
    const layout = scorecard(detectLayout(sheet));
    expect(layout.headerRows).toEqual([0]);
    expect(layout.sectionRows).toEqual([{ row: 1, title: "Stay Safe" }]);
  });
});

describe("section rows and blank rows between indicators", () => {
  const sheet = sheetOf(
    "Scorecard",
    [
      ["Ref", "Indicator", "Q1", "Q2", "Target", "RAG"],
      ["Stay Safe"],
      [1, "Re-registrations on the Child Protection Register", 5, 4.5, 10, "Green"],
      [],
      [2, "Child protection reviews in timescale", 96, 98, 99, "Amber"],
      [null, "Be Healthy"],
      ["Healthy schools", null, null, null, null, null],
      [null, "Schools achieving the Healthy Schools Standard", 18.4, 46, 30, "Green"],
      [null, null, 12, 13, null, null],
      ["Ref", "Indicator", "Q1", "Q2", "Target", "RAG"],
      ["3", null, 1, 2, 3, null],
      [],
      ["Source: DfE LAIT, October 2012"],
    ],
    ["A7:F7"],
  );
  const layout = scorecard(detectLayout(sheet));

  it("records titles alone on their row as sections, merged or not, in any column", () => {
    expect(layout.sectionRows).toEqual([
      { row: 1, title: "Stay Safe" },
      { row: 5, title: "Be Healthy" },
      { row: 6, title: "Healthy schools" },
    ]);
  });

  it("counts rows with a name or an id as indicators; skips blanks, nameless rows and a repeated header", () => {
    expect(layout.firstDataRow).toBe(1);
    expect(layout.indicatorRows).toEqual([2, 4, 7, 10]);
  });

  it("does not take a note below the last indicator for a section", () => {
    expect(layout.sectionRows.map((s) => s.row)).not.toContain(12);
  });

  it("a row with a lone mark and no words ('*', suppressed) is not a section titled ''", () => {
    // Found by the property test with a fresh seed (npm run test:deep).
    const marked = scorecard(
      detectLayout(
        sheetOf("Scorecard", [
          ["Ref", "Indicator", "Q1", "Q2", "Target", "RAG"],
          [1, "Re-registrations on the Child Protection Register", 5, 4.5, 10, "Green"],
          [null, null, "*", null, null, null],
          [2, "Child protection reviews in timescale", 96, 98, 99, "Amber"],
        ]),
      ),
    );
    expect(marked.sectionRows).toEqual([]);
    expect(marked.indicatorRows).toEqual([1, 3]);
  });

  it("gives each row its section", () => {
    expect(sectionFor(layout, 2)).toBe("Stay Safe");
    expect(sectionFor(layout, 7)).toBe("Healthy schools");
    expect(sectionFor(layout, 1)).toBeUndefined();
  });
});

describe("duplicate and missing roles", () => {
  it("two Target columns: listed, and the first is used", () => {
    const layout = scorecard(
      detectLayout(
        sheetOf("S", [
          ["Measure", "Target", "Q1", "Q2", "Target"],
          ["Attendance", 95, 94, 96, 95],
        ]),
      ),
    );
    expect(layout.duplicateRoles).toEqual([{ role: "target", columns: [1, 4] }]);
    expect(columnFor(layout, "target")?.column).toBe(1);
    expect(layout.missingRoles).toEqual(["rag"]);
  });

  it("many periods are not duplicates", () => {
    const layout = scorecard(
      detectLayout(
        sheetOf("S", [
          ["ID", "Q1", "Q2", "Q3", "RAG", "Target"],
          ["A1", 1, 2, 3, "Red", 4],
        ]),
      ),
    );
    expect(layout.duplicateRoles).toEqual([]);
    expect(layout.missingRoles).toEqual([]);
  });

  it("an id without a name is enough", () => {
    const layout = scorecard(
      detectLayout(
        sheetOf("S", [
          ["PI Ref", "2011", "2012"],
          ["NI 62", 1, 2],
        ]),
      ),
    );
    expect(layout.missingRoles).toEqual(["target", "rag"]);
  });

  it("a merged header cell counts in every column it covers", () => {
    const layout = scorecard(
      detectLayout(
        sheetOf(
          "S",
          [
            ["Measure", "Target", null, "Q1"],
            ["Attendance", 95, "by 2015", 94],
          ],
          ["B1:C1"],
        ),
      ),
    );
    expect(roles(layout)).toEqual(["name", "target", "target", "period:Q1"]);
    expect(layout.duplicateRoles).toEqual([{ role: "target", columns: [1, 2] }]);
  });
});

describe("month headers stored as dates", () => {
  it("reads serial numbers with a date format (Office.js) and Date objects (exceljs)", () => {
    const base = sheetOf("S", [
      ["Measure", 41000, 41030, new Date(Date.UTC(2012, 5, 1))],
      ["Children in care", 1432, 1431, 1440],
    ]);
    const sheet: SheetSnapshot = {
      ...base,
      numberFormats: [
        ["General", "mmm-yy", "mmm-yy", "mmm-yy"],
        ["General", "0", "0", "0"],
      ],
    };
    const layout = scorecard(detectLayout(sheet));
    expect(roles(layout)).toEqual(["name", "period:Apr 2012", "period:May 2012", "period:Jun 2012"]);
  });
});

describe("a workbook with several scorecards, notes and the catalogue", () => {
  const titled = sampleSheet("cypp-report-card-2007.csv", "Report card");
  const workbook = {
    source: "scorecards.xlsx",
    sheets: [
      sampleSheet("directorate-scorecard-2012-13-q2.csv", "Q2 2012-13"),
      { ...titled, values: [["Leeds CYPP report card 2007"], [], ...titled.values] },
      sheetOf("Notes", [
        ["Notes"],
        ["Figures are provisional until the annual return is signed off."],
        ["Contact the performance team."],
      ]),
      sheetOf("Catalogue", [
        ["ID", "Name", "Polarity", "Unit", "Target"],
        ["CYPP-03", "Re-registrations", "lower", "percent", 10],
      ]),
      sheetOf("Lookups", [
        ["Measure", "Owner"],
        ["Attendance", "J Smith"],
      ]),
      sheetOf("Blank", []),
    ],
  };
  const results = detectWorkbookLayouts(workbook);

  it("gives one result per sheet, in order", () => {
    expect(results.map((r) => [r.kind, r.kind === "scorecard" ? r.layout.sheet : r.sheet])).toEqual([
      ["scorecard", "Q2 2012-13"],
      ["scorecard", "Report card"],
      ["not-scorecard", "Notes"],
      ["not-scorecard", "Catalogue"],
      ["not-scorecard", "Lookups"],
      ["not-scorecard", "Blank"],
    ]);
  });

  it("reads the scorecard below a title row", () => {
    const layout = scorecard(results[1] as LayoutResult);
    expect(layout.headerRows).toEqual([2]);
    expect(layout.indicatorRows).toHaveLength(44);
    expect(layout.indicatorRows[0]).toBe(3);
  });

  it("says why each other sheet was skipped", () => {
    const reasons = results.map((r) => (r.kind === "not-scorecard" ? r.reason : ""));
    expect(reasons[2]).toMatch(/^No header row in the first 20 rows/);
    expect(reasons[3]).toBe('"Catalogue" is the indicator catalogue, not a scorecard.');
    expect(reasons[4]).toMatch(
      /^Row 1 looks like a header with an indicator column, but no column is a period/,
    );
    expect(reasons[5]).toBe("The sheet is empty.");
  });

  it("a sheet with periods but no indicator column", () => {
    const result = detectLayout(
      sheetOf("Chart data", [
        ["Label", "Q1", "Q2"],
        ["Series 1", 1, 2],
      ]),
    );
    expect(result.kind === "not-scorecard" && result.reason).toMatch(
      /^Row 1 looks like a header with period columns, but no column names the indicator/,
    );
  });

  it("a workbook without sheets gives no results", () => {
    expect(detectWorkbookLayouts({ source: "x", sheets: undefined as unknown as [] })).toEqual([]);
  });
});

describe("bad input never throws", () => {
  it.each([
    ["null sheet", null],
    ["no values", { name: "S" }],
    ["values not an array", { name: "S", values: "A1", numberFormats: [], formulas: [] }],
    ["rows not arrays", { name: 7, values: [null, "x", 3], numberFormats: null, formulas: [] }],
  ])("%s -> not a scorecard", (_label, sheet) => {
    const result = detectLayout(sheet as unknown as SheetSnapshot);
    expect(result.kind).toBe("not-scorecard");
  });

  it("ragged rows, error cells, junk merges and booleans are read without trouble", () => {
    const sheet = sheetOf(
      "S",
      [
        ["Measure", { error: "#REF!" }, "Q1", true],
        ["Attendance", 1],
        ["Exclusions", { error: "#N/A" }, 3, false, "extra"],
      ],
      ["nonsense", "A:C", "ZZZZ1:A1", "B10:C12"],
    );
    const layout = scorecard(detectLayout(sheet));
    expect(roles(layout)).toEqual(["name", "period:Q1"]);
    expect(layout.indicatorRows).toEqual([1, 2]);
  });

  it("a bad overrides object is ignored", () => {
    const result = detectLayout(
      sheetOf("S", [
        ["Measure", "Q1"],
        ["A", 1],
      ]),
      { sheets: null } as unknown as LayoutOverrides,
    );
    expect(result.kind).toBe("scorecard");
  });
});
