import { buildSummaryPlan } from "../../src/core/summary/build-summary-plan";
import type { SummaryPlan } from "../../src/core/summary/plan";
import type { AnalysedIndicator } from "../../src/core/validation/analysed-indicator";
import type { WorkbookAnalysis } from "../../src/core/validation/analyse-workbook";
import type { Finding } from "../../src/core/validation/findings";

/**
 * A small analysed workbook and the real summary plan the core builds from it, so the adapter
 * is tested against the plan's actual layout (table keys, RAG headers, "All indicators" row).
 * One indicator is named "=1+1" and one commentary is a HYPERLINK formula: user text that must
 * land as text.
 */
function indicator(
  id: string,
  name: string,
  outcomeArea: string,
  rag: AnalysedIndicator["rag"],
  direction: AnalysedIndicator["direction"],
  commentary = "",
): AnalysedIndicator {
  return {
    sheet: "Q1",
    row: 1,
    id,
    name,
    outcomeArea,
    period: "Q1 2024/25",
    value: 0.5,
    target: 0.6,
    rag,
    direction,
    national: null,
    neighbours: null,
    gapNational: null,
    gapNeighbours: null,
    commentary,
    figures: [{ period: "Q1 2024/25", column: 2, value: 0.5, target: 0.6, rag, direction }],
  };
}

export function finding(severity: Finding["severity"], sheet: string, cell: string): Finding {
  return {
    code: severity === "warning" ? "value/number-as-text" : "value/not-numeric",
    severity,
    sheet,
    cell,
    row: 0,
    column: 0,
    message: "test finding",
  };
}

export function sampleAnalysis(): WorkbookAnalysis {
  return {
    source: "Scorecard Q1.xlsx",
    period: "Q1 2024/25",
    periods: ["Q1 2024/25"],
    catalogue: { name: "Example", version: "1" },
    layouts: [],
    indicators: [
      indicator("C1", "Children seen on time", "Children", "Green", "Improving"),
      indicator("C2", "=1+1", "Children", "Red", "Worsening", '=HYPERLINK("http://example.com")'),
      indicator("A1", "Adults helped", "Adults", "Amber", "Worsening"),
      indicator("A2", "Adults reviewed", "Adults", "Green", "No change"),
    ],
    findings: [finding("error", "Q1", "C5"), finding("warning", "Q1", "D7")],
  };
}

export function samplePlan(): SummaryPlan {
  return buildSummaryPlan(sampleAnalysis(), { generatedAt: "2024-04-02T09:00:00Z" });
}
