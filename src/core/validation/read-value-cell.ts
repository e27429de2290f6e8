import type { GapReason } from "../cells/cell-reading";
import type { CellValue } from "../cells/cell-value";
import { describeGap } from "../cells/placeholders";
import { addInFunctionsIn } from "../formulas/add-in-functions";
import { readCell } from "../cells/read-cell";
import type { Indicator } from "../catalogue/types";
import { toIndicatorScale } from "../catalogue/indicator-scale";
import { FINDING_MESSAGES } from "./finding-messages";
import type { FindingCode } from "./findings";

/** A problem with one value cell, before it is pinned to a place. */
export interface CellIssue {
  readonly code: FindingCode;
  readonly message: string;
  readonly actual?: string;
}

/** A value cell read for an indicator: the number on the indicator's scale (or null) and any issues. */
export interface ValueCell {
  readonly value: number | null;
  /** Set when the cell is blank or a placeholder: no figure was given. */
  readonly gap?: GapReason;
  /** Unit as written: a fraction typed without a % format is "plain". */
  readonly writtenAs: "plain" | "percent" | "currency" | "none";
  readonly issues: readonly CellIssue[];
}

/**
 * Reads one period cell of an indicator row. Placeholders are gaps (info; suppression marks such
 * as `<5` get their own code, value/suppressed), unreadable cells
 * are errors with the reading's own message, numbers are brought onto the indicator's
 * scale (0.97 with a % format is 97 on a 0-100 scale). Text indicators (milestones reported in
 * words or as a typed RAG word) take any words and only object to formula errors. An error
 * cached from one of the add-in's own functions (`formula`, e.g. "_xldudf_KPI_RAG(D5,C5)") says
 * the workbook was calculated without the add-in. Never throws.
 */
export function readValueCell(
  raw: CellValue,
  numberFormat: string | undefined,
  period: string,
  indicator: Indicator | undefined,
  formula = "",
): ValueCell {
  const reading = readCell(raw, numberFormat);
  if (reading.kind === "gap") {
    const issues: CellIssue[] =
      reading.reason === "blank"
        ? []
        : reading.reason === "suppressed"
          ? [
              {
                code: "value/suppressed",
                message: FINDING_MESSAGES.suppressed(
                  reading.text,
                  period,
                  describeGap(reading.reason, reading.text),
                ),
                actual: reading.text,
              },
            ]
          : [
              {
                code: "value/placeholder",
                message: FINDING_MESSAGES.placeholder(reading.text, period),
                actual: reading.text,
              },
            ];
    return { value: null, writtenAs: "none", issues, gap: reading.reason };
  }
  if (reading.kind === "unreadable") {
    const addIn = reading.reason === "formula-error" ? addInFunctionsIn(formula) : [];
    if (addIn.length > 0)
      return {
        value: null,
        writtenAs: "none",
        issues: [
          {
            code: "value/formula-error",
            message: FINDING_MESSAGES.addInNotCalculated(addIn, reading.text),
            actual: reading.text,
          },
        ],
      };
    // A text indicator (a milestone reported as words or a typed RAG) takes words in its period cells.
    if (indicator?.unit === "text" && reading.reason !== "formula-error")
      return { value: null, writtenAs: "none", issues: [] };
    const code: FindingCode =
      reading.reason === "formula-error"
        ? "value/formula-error"
        : reading.reason === "multiple-values"
          ? "value/multiple"
          : "value/not-numeric";
    return {
      value: null,
      writtenAs: "none",
      issues: [{ code, message: reading.message, actual: reading.text }],
    };
  }
  const issues: CellIssue[] = [];
  if (reading.note !== undefined) {
    issues.push({
      code: "value/multiple",
      message: `The cell holds a value with extra figures ${reading.note}; ${reading.unit === "percent" ? `${+(reading.value * 100).toFixed(4)}%` : reading.value} is used. Move the extra figures to a comment or their own row.`,
      actual: String(raw),
    });
  } else if (typeof raw === "string") {
    issues.push({ code: "value/number-as-text", message: FINDING_MESSAGES.numberAsText(raw), actual: raw });
  }
  if (!indicator) return { value: reading.value, writtenAs: reading.unit, issues };
  const scaled = toIndicatorScale(reading, indicator);
  if ("mismatch" in scaled) {
    return {
      value: null,
      writtenAs: reading.unit,
      issues: [
        ...issues,
        {
          code: "value/unit-mismatch",
          message: FINDING_MESSAGES.unitMismatch(scaled.mismatch),
          actual: String(raw),
        },
      ],
    };
  }
  return { value: scaled.value, writtenAs: reading.unit, issues };
}
