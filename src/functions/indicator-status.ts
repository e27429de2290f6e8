import type { Catalogue } from "../core/catalogue/types";
import { catalogueTarget, ragRulesFor } from "../core/catalogue/indicator-rag-rules";
import { findCatalogueIndicator } from "../core/catalogue/find-catalogue-indicator";
import { toIndicatorScale } from "../core/catalogue/indicator-scale";
import { readCell } from "../core/cells/read-cell";
import type { CellValue } from "../core/cells/cell-value";
import { ragStatus } from "../core/rag";
import type { RagStatus } from "../core/words";
import { ArgumentProblem, isOmitted } from "./arguments";
import { FUNCTION_MESSAGES } from "./function-messages";

/**
 * KPI.STATUS's rule: the RAG word for a catalogue indicator, using its polarity, target
 * (the period's, when the catalogue has one per period), tolerance and floor. The actual is
 * brought onto the indicator's scale ("97%" is 97 on a 0-100 indicator).
 */
export function indicatorStatus(
  catalogue: Catalogue,
  origin: string,
  id: unknown,
  actual: unknown,
  period: unknown,
): RagStatus {
  const idText = typeof id === "number" ? String(id) : typeof id === "string" ? id : "";
  const indicator = findCatalogueIndicator(catalogue, idText);
  if (!indicator) {
    throw new ArgumentProblem("na", FUNCTION_MESSAGES.unknownIndicator(idText, catalogue.name, origin));
  }
  const reading = readCell(actual as CellValue);
  let value: number | null = null;
  if (reading.kind === "number") {
    const scaled = toIndicatorScale(reading, indicator);
    if ("mismatch" in scaled)
      throw new ArgumentProblem("value", FUNCTION_MESSAGES.unreadableCell("actual", scaled.mismatch));
    value = scaled.value;
  } else if (reading.kind === "unreadable") {
    throw new ArgumentProblem("value", FUNCTION_MESSAGES.unreadableCell("actual", reading.message));
  }
  const periodText = isOmitted(period) ? "" : String(period).trim();
  const target = catalogueTarget(indicator, periodText);
  if (indicator.target !== undefined && typeof indicator.target === "object" && periodText === "") {
    throw new ArgumentProblem(
      "value",
      FUNCTION_MESSAGES.periodNeeded(indicator.id, Object.keys(indicator.target)),
    );
  }
  if (indicator.unit === "text") return "No target";
  return ragStatus(value, target, ragRulesFor(indicator));
}
