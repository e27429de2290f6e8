import type { Indicator } from "../catalogue/types";
import { catalogueTarget, ragRulesFor } from "../catalogue/indicator-rag-rules";
import { ragStatus } from "../rag";
import { directionOfTravelUpTo } from "../trend";
import type { Direction, RagStatus } from "../words";

/** One period of an indicator row: its figure and what the engine makes of it. */
export interface PeriodFigure {
  readonly period: string;
  /** Zero-based column of the period on the sheet. */
  readonly column: number;
  /** On the indicator's scale; null for a gap. */
  readonly value: number | null;
  readonly target: number | null;
  readonly rag: RagStatus;
  readonly direction: Direction;
}

/**
 * The target of each period: the catalogue's own for that period when it keeps one per period,
 * else the row's target (the sheet's, or the catalogue's single target).
 */
export function periodTargets(
  indicator: Indicator | undefined,
  periods: readonly string[],
  rowTarget: number | null,
): (number | null)[] {
  const perPeriod = typeof indicator?.target === "object";
  return periods.map((label) => (perPeriod ? catalogueTarget(indicator, label) : rowTarget));
}

/**
 * Every period of a row as the current period would be judged: RAG against that period's
 * target, direction from the values up to it (neutral for an unknown indicator, as the row's).
 * Given the row's own target at the current period, that figure equals the row's RAG and
 * direction. Unknown and text indicators get no colour. Never throws.
 */
export function periodFigures(
  indicator: Indicator | undefined,
  periods: readonly { readonly label: string; readonly column: number }[],
  values: readonly (number | null)[],
  targets: readonly (number | null)[],
): PeriodFigure[] {
  const rules = ragRulesFor(indicator);
  const judged = indicator !== undefined && indicator.unit !== "text";
  return periods.map(({ label, column }, k) => {
    const value = values[k] ?? null;
    const target = targets[k] ?? null;
    return {
      period: label,
      column,
      value,
      target,
      rag: judged ? ragStatus(value, target, rules) : "No target",
      direction:
        indicator?.unit === "text"
          ? "Not enough data"
          : directionOfTravelUpTo(values, k + 1, rules.polarity, "previous", 4, target ?? undefined),
    };
  });
}
