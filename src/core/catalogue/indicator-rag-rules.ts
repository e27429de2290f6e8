import { DEFAULT_TOLERANCE, type RagRules } from "../rag/rag-status";
import { DEFAULT_GRADE_TOLERANCE } from "../grades/grade-rag";
import { gradeScaleOf, scalePolarity } from "../grades/read-grade-scale";
import type { Indicator } from "./types";

const samePeriod = (a: string, b: string): boolean =>
  a.replace(/\s+/g, "").toLowerCase() === b.replace(/\s+/g, "").toLowerCase();

/**
 * The catalogue's target for a period: the indicator's one number, or its per-period entry
 * for that label (matched ignoring case and spaces); null when there is none.
 * Source: docs/rules.md, "Per-period targets". Bad input (no indicator): null.
 * @example catalogueTarget({ ..., target: { Q1: 10, Q2: 20 } }, "q2") // 20
 */
export function catalogueTarget(indicator: Indicator | undefined, period: string): number | null {
  const t = indicator?.target;
  if (typeof t === "number") return t;
  if (t && typeof t === "object") {
    const key = Object.keys(t).find((k) => samePeriod(k, period));
    return key !== undefined ? (t[key] ?? null) : null;
  }
  return null;
}

/**
 * How a catalogue indicator is judged against its target: its polarity, tolerance (default
 * 0.05), tolerance mode (default relative) and floor. The one place validation and KPI.STATUS
 * get their RAG rules from. Source: docs/rules.md, "RAG against a target".
 * A grade indicator is judged in whole grades: the polarity of its scale, tolerance (default 1
 * grade) in absolute mode. Its grades are consecutive whole numbers, so this is gradeRag's rule
 * (docs/rules.md "Grades").
 * Bad input (no indicator): neutral, so no colour is ever guessed for an unknown row.
 * @example ragRulesFor({ ..., polarity: "lower", floor: 9 }) // { polarity: "lower", tolerance: 0.05, toleranceMode: "relative", floor: 9 }
 */
export function ragRulesFor(indicator: Indicator | undefined): RagRules {
  const scale = gradeScaleOf(indicator);
  if (scale)
    return {
      polarity: scalePolarity(scale),
      tolerance: indicator?.tolerance ?? DEFAULT_GRADE_TOLERANCE,
      toleranceMode: "absolute",
      ...(indicator?.floor !== undefined ? { floor: indicator.floor } : {}),
    };
  return {
    polarity: indicator?.polarity ?? "neutral",
    tolerance: indicator?.tolerance ?? DEFAULT_TOLERANCE,
    toleranceMode: indicator?.toleranceMode ?? "relative",
    ...(indicator?.floor !== undefined ? { floor: indicator.floor } : {}),
  };
}
