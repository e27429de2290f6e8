import type { SheetSnapshot } from "../workbook/snapshot";
import type { ColumnLayout, ColumnRole, SheetLayout } from "../layout/types";
import type { Indicator } from "../catalogue/types";
import { readCell } from "../cells/read-cell";
import { readRagWord } from "../cells/read-rag-word";
import { toIndicatorScale } from "../catalogue/indicator-scale";
import { ragStatus, DEFAULT_TOLERANCE } from "../rag";
import { directionOfTravel } from "../trend";
import { benchmarkGap } from "../benchmark";
import { nearlyEqual } from "../numbers";
import type { Direction, RagStatus } from "../words";
import type { AnalysedIndicator } from "./analysed-indicator";
import { cellText } from "./cell-text";
import { describeValue } from "./describe-value";
import { FINDING_MESSAGES } from "./finding-messages";
import type { Finding } from "./findings";
import { makeFinding } from "./make-finding";
import { readValueCell } from "./read-value-cell";
import { periodLabel } from "./choose-period";

/** What analyseRow needs to know about the sheet, worked out once per sheet. */
export interface SheetContext {
  readonly sheet: SheetSnapshot;
  readonly layout: SheetLayout;
  readonly periods: readonly ColumnLayout[];
  /** Index into periods of the current period; -1 when the sheet has none. */
  readonly current: number;
  /** Section title (or sheet outcome) in force for each row. */
  readonly sectionOf: (row: number) => string;
}

function column(layout: SheetLayout, role: ColumnRole): number | undefined {
  return layout.columns.find((c) => c.role === role)?.column;
}

/** The catalogue's target for a period: one number, or the per-period entry for that label. */
export function catalogueTarget(indicator: Indicator | undefined, period: string): number | null {
  const t = indicator?.target;
  if (typeof t === "number") return t;
  if (t && typeof t === "object") {
    const key = Object.keys(t).find((k) => k.replace(/\s+/g, "").toLowerCase() === period.replace(/\s+/g, "").toLowerCase());
    return key !== undefined ? (t[key] ?? null) : null;
  }
  return null;
}

/** A benchmark cell on the sheet, on the indicator's scale; null when blank or unreadable. */
function benchmarkCell(context: SheetContext, row: number, role: "national" | "neighbours", indicator: Indicator | undefined): number | null {
  const col = column(context.layout, role);
  if (col === undefined) return null;
  const reading = readCell(context.sheet.values[row]?.[col], context.sheet.numberFormats[row]?.[col]);
  if (reading.kind !== "number") return null;
  if (!indicator) return reading.value;
  const scaled = toIndicatorScale(reading, indicator);
  return "value" in scaled ? scaled.value : null;
}

const describeBound = (bound: number | undefined, indicator: Indicator): string | undefined => (bound === undefined ? undefined : describeValue(bound, indicator));

/** Why the numbers give this colour, for a rag/mismatch message. */
function ragReason(value: number, target: number, indicator: Indicator | undefined, period: string): string {
  return `${period} value ${describeValue(value, indicator)} against target ${describeValue(target, indicator)}, ${indicator?.polarity ?? "higher"} is better`;
}

/**
 * Analyses one indicator row: reads every period cell, the target, the typed RAG and the
 * commentary; computes RAG, direction and benchmark gaps for the current period; and returns
 * the findings for the row's cells. `indicator` is the matched catalogue entry, if any.
 */
export function analyseRow(context: SheetContext, row: number, indicator: Indicator | undefined, sheetId: string, sheetName: string): { analysed: AnalysedIndicator; findings: Finding[] } {
  const { sheet, layout, periods, current } = context;
  const findings: Finding[] = [];
  const at = (col: number) => ({ sheet: sheet.name, row, column: col });
  const id = indicator?.id ?? sheetId;
  const extra = (more: { expected?: string; actual?: string } = {}) => ({ ...(id ? { indicatorId: id } : {}), ...more });

  // Period values, on the indicator's scale.
  const cells = periods.map((p) => readValueCell(sheet.values[row]?.[p.column], sheet.numberFormats[row]?.[p.column], periodLabel(p), indicator));
  const anyPoints = cells.some((c) => c.value !== null && Math.abs(c.value) > 1);
  const pointsScale = indicator?.unit === "percent" && (indicator.percentScale ?? "0-100") === "0-100";
  const values: (number | null)[] = cells.map((cell, i) => {
    const p = periods[i]!;
    for (const issue of cell.issues) findings.push(makeFinding(issue.code, at(p.column), issue.message, extra(issue.actual !== undefined ? { actual: issue.actual } : {})));
    let value = cell.value;
    // A bare fraction (0.97) on a 0-100 percent indicator whose other figures are points.
    const targetIsPoints = (catalogueTarget(indicator, periodLabel(p)) ?? 0) > 1;
    if (pointsScale && value !== null && cell.writtenAs === "plain" && value !== 0 && Math.abs(value) <= 1 && (anyPoints || targetIsPoints)) {
      findings.push(makeFinding("value/unit-mismatch", at(p.column), FINDING_MESSAGES.fractionOnPointsScale(value), extra({ actual: String(value), expected: "a percentage in points (0-100)" })));
      value = null;
    }
    if (value !== null && indicator && ((indicator.plausibleMin !== undefined && value < indicator.plausibleMin) || (indicator.plausibleMax !== undefined && value > indicator.plausibleMax))) {
      findings.push(makeFinding("value/out-of-range", at(p.column), FINDING_MESSAGES.outOfRange(describeValue(value, indicator), describeBound(indicator.plausibleMin, indicator), describeBound(indicator.plausibleMax, indicator)), extra({ actual: describeValue(value, indicator) })));
    }
    return value;
  });

  const period = current >= 0 ? periodLabel(periods[current]!) : "";
  const value = current >= 0 ? (values[current] ?? null) : null;
  const fromCatalogue = catalogueTarget(indicator, period);

  // Target: the sheet's number wins; text or a blank falls back to the catalogue's.
  let target = fromCatalogue;
  const targetCol = column(layout, "target");
  const needsTarget = indicator ? indicator.polarity !== "neutral" && indicator.unit !== "text" : false;
  if (targetCol !== undefined) {
    const raw = sheet.values[row]?.[targetCol];
    const reading = readCell(raw, sheet.numberFormats[row]?.[targetCol]);
    if (reading.kind === "number") {
      const scaled = indicator ? toIndicatorScale(reading, indicator) : { value: reading.value };
      if ("value" in scaled) {
        target = scaled.value;
        if (fromCatalogue !== null && !nearlyEqual(scaled.value, fromCatalogue)) {
          findings.push(makeFinding("target/mismatch", at(targetCol), FINDING_MESSAGES.targetMismatch(describeValue(scaled.value, indicator), describeValue(fromCatalogue, indicator)), extra({ expected: describeValue(fromCatalogue, indicator), actual: describeValue(scaled.value, indicator) })));
        }
      } else {
        findings.push(makeFinding("value/unit-mismatch", at(targetCol), `Target: ${scaled.mismatch}`, extra({ actual: cellText(raw) })));
      }
    } else if (reading.kind === "unreadable" && needsTarget) {
      findings.push(makeFinding("target/not-numeric", at(targetCol), FINDING_MESSAGES.targetNotNumeric(reading.text, fromCatalogue === null ? null : describeValue(fromCatalogue, indicator)), extra({ actual: reading.text })));
    }
  }
  if (needsTarget && target === null) {
    findings.push(makeFinding("target/missing", targetCol !== undefined ? at(targetCol) : { sheet: sheet.name, row }, FINDING_MESSAGES.targetMissing(), extra()));
  }

  const rules = { polarity: indicator?.polarity ?? "neutral", tolerance: indicator?.tolerance ?? DEFAULT_TOLERANCE, toleranceMode: indicator?.toleranceMode ?? "relative", ...(indicator?.floor !== undefined ? { floor: indicator.floor } : {}) } as const;
  // Unknown indicators get no colour: their polarity and tolerance are not agreed.
  const rag: RagStatus = indicator && indicator.unit !== "text" ? ragStatus(value, target, rules) : "No target";

  // The typed colour.
  let enteredRag: "Green" | "Amber" | "Red" | undefined;
  const ragCol = column(layout, "rag");
  if (ragCol !== undefined) {
    const typed = cellText(sheet.values[row]?.[ragCol]);
    enteredRag = typed === "" ? undefined : readRagWord(typed);
    const computedColour = rag === "Green" || rag === "Amber" || rag === "Red";
    if (typed !== "" && enteredRag === undefined) {
      findings.push(makeFinding("rag/invalid", at(ragCol), FINDING_MESSAGES.ragInvalid(typed), extra({ actual: typed })));
    } else if (enteredRag !== undefined && computedColour && enteredRag !== rag && value !== null && target !== null) {
      findings.push(makeFinding("rag/mismatch", at(ragCol), FINDING_MESSAGES.ragMismatch(enteredRag, rag, ragReason(value, target, indicator, period)), extra({ expected: rag, actual: enteredRag })));
    } else if (typed === "" && computedColour) {
      findings.push(makeFinding("rag/missing", at(ragCol), FINDING_MESSAGES.ragMissing(rag), extra({ expected: rag })));
    }
  }

  // Commentary for Reds.
  const commentaryCol = column(layout, "commentary");
  const commentary = commentaryCol !== undefined ? cellText(sheet.values[row]?.[commentaryCol]) : "";
  if (commentaryCol !== undefined && commentary === "" && (rag === "Red" || enteredRag === "Red")) {
    findings.push(makeFinding("commentary/missing", at(commentaryCol), FINDING_MESSAGES.commentaryMissing(), extra()));
  }

  const polarity = indicator?.polarity ?? "neutral";
  const series = current >= 0 ? values.slice(0, current + 1) : [];
  const direction: Direction = indicator?.unit === "text" ? "Not enough data" : directionOfTravel(series, polarity, "previous", 4, target ?? undefined);
  const national = benchmarkCell(context, row, "national", indicator) ?? indicator?.benchmarks?.national ?? null;
  const neighbours = benchmarkCell(context, row, "neighbours", indicator) ?? indicator?.benchmarks?.statisticalNeighbours ?? null;

  const outcomeCol = column(layout, "outcome");
  const sheetOutcome = outcomeCol !== undefined ? cellText(sheet.values[row]?.[outcomeCol]) : "";
  const analysed: AnalysedIndicator = {
    sheet: sheet.name,
    row,
    ...(indicator ? { indicator } : {}),
    id,
    name: indicator?.name ?? sheetName,
    outcomeArea: indicator?.outcomeArea || sheetOutcome || context.sectionOf(row) || sheet.name,
    period,
    value,
    target,
    rag,
    ...(enteredRag ? { enteredRag } : {}),
    direction,
    national,
    neighbours,
    gapNational: benchmarkGap(value, national, polarity, "points"),
    gapNeighbours: benchmarkGap(value, neighbours, polarity, "points"),
    commentary,
  };
  return { analysed, findings };
}
