/**
 * The two real scorecard layouts from /work/shared/samples, read as an adapter would hand them
 * over. Expected roles checked by reading the CSV headers by hand against the header vocabulary.
 */
import { columnFor, detectLayout, periodColumns } from "../../../src/core/layout";
import type { SheetLayout } from "../../../src/core/layout";
import { sampleSheet } from "./sheet-builders";

function layoutOf(file: string, name: string): SheetLayout {
  const result = detectLayout(sampleSheet(file, name));
  if (result.kind !== "scorecard") throw new Error(`expected a scorecard: ${result.reason}`);
  return result.layout;
}

describe("CYPP report card 2007 (annual, one row per PI, trend years and benchmarks)", () => {
  const layout = layoutOf("cypp-report-card-2007.csv", "Report card");

  it("reads every column", () => {
    expect(layout.columns).toEqual([
      { column: 0, role: "outcome", header: "Outcome" },
      { column: 1, role: "id", header: "Ref" },
      { column: 2, role: "name", header: "PI Description" },
      { column: 3, role: "period", header: "2004", period: "2004" },
      { column: 4, role: "period", header: "2005", period: "2005" },
      { column: 5, role: "period", header: "2006", period: "2006" },
      { column: 6, role: "national", header: "National" },
      { column: 7, role: "neighbours", header: "Similar" },
      { column: 8, role: "period", header: "Current", period: "Current" },
      { column: 9, role: "target", header: "Target" },
    ]);
  });

  it("keeps the periods in sheet order", () => {
    expect(periodColumns(layout).map((c) => c.period)).toEqual(["2004", "2005", "2006", "Current"]);
  });

  it("finds the header in row 1 and all 44 indicators", () => {
    expect(layout.sheet).toBe("Report card");
    expect(layout.headerRows).toEqual([0]);
    expect(layout.firstDataRow).toBe(1);
    expect(layout.indicatorRows).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
    expect(layout.sectionRows).toEqual([]);
  });

  it("reports the missing RAG column and no duplicates", () => {
    expect(layout.missingRoles).toEqual(["rag"]);
    expect(layout.duplicateRoles).toEqual([]);
    expect(columnFor(layout, "target")?.column).toBe(9);
  });
});

describe("Directorate scorecard 2012/13 Q2 (quarterly, RAG and commentary)", () => {
  const layout = layoutOf("directorate-scorecard-2012-13-q2.csv", "Scorecard");

  it("reads every column", () => {
    expect(layout.columns).toEqual([
      { column: 0, role: "outcome", header: "Section" },
      { column: 1, role: "priority", header: "Priority" },
      { column: 2, role: "commentary", header: "Progress Summary" },
      { column: 3, role: "rag", header: "Overall Progress" },
      { column: 4, role: "name", header: "Supporting Measure" },
      { column: 5, role: "target", header: "Target" },
      { column: 6, role: "period", header: "Q1", period: "Q1" },
      { column: 7, role: "period", header: "Q2", period: "Q2" },
      { column: 8, role: "period", header: "Q3", period: "Q3" },
      { column: 9, role: "period", header: "Q4", period: "Q4" },
      { column: 10, role: "portfolio", header: "Executive Portfolio" },
    ]);
  });

  it("finds all 19 indicators, nothing missing", () => {
    expect(layout.headerRows).toEqual([0]);
    expect(layout.firstDataRow).toBe(1);
    expect(layout.indicatorRows).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(layout.missingRoles).toEqual([]);
    expect(layout.duplicateRoles).toEqual([]);
  });
});
