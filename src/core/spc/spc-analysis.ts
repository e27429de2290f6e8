import type { Polarity, SpcPointType, SpcVariation } from "../words";
import { isFiniteNumber } from "../numbers";
import { MIN_POINTS, RUN_LENGTH } from "./constants";
import { processLimits } from "./process-limits";
import { segmentSpecialCauses } from "./special-causes";
import type { ProcessLimits, SpecialCause, SpcOptions } from "./types";

/** One position of the series as the chart shows it. */
export interface SpcPoint {
  /** The value; null for a gap. */
  readonly value: number | null;
  /** The limits of the segment the position falls in; null when that segment has no values. */
  readonly limits: ProcessLimits | null;
  /** The rule that decided the point; null for common cause and for gaps. */
  readonly cause: SpecialCause | null;
  /** The point's type by polarity; null for a gap. */
  readonly type: SpcPointType | null;
}

/** Everything an XmR analysis finds, one entry per position of the input. */
export interface SpcAnalysis {
  readonly points: readonly SpcPoint[];
  /** How many positions hold a value. */
  readonly valueCount: number;
  /** Position of the latest value; −1 when there is none. */
  readonly latest: number;
  /** The variation icon: the type of the latest value, in MDC words; "Not enough data" under 13 values. */
  readonly variation: SpcVariation;
}

const VARIATION_OF: Record<SpcPointType, SpcVariation> = {
  common: "Common cause",
  improvement: "Special cause improving",
  concern: "Special cause concerning",
  "neutral high": "Special cause high",
  "neutral low": "Special cause low",
};

/** The variation icon's words for a point type. */
export function variationOfPointType(type: SpcPointType): SpcVariation {
  return VARIATION_OF[type];
}

/**
 * XmR analysis of a series, position by position: segments (split at each rebase position),
 * each segment's limits (processLimits, from its first `fixAfter` positions when given), the
 * special cause of each point (segmentSpecialCauses, inside its segment only) and its type by
 * polarity; the variation icon is the type of the latest value.
 *
 * Source: docs/rules.md, "SPC"; NHSRplotthedots 0.2.2, whose published cases the tests repeat.
 * `higher`: a cause upwards is improvement, downwards concern; `lower` the mirror; `neutral`
 * and `target` give neutral high / low. The series runs from its first value to its last:
 * blanks before and after (periods not reported yet) are not positions of the chart, so they
 * neither count towards `fixAfter` nor end the series; a gap between values stays a position.
 * Bad input: null, NaN and ±Infinity are gaps; rebase positions outside the values are
 * ignored; under 13 values the points are still typed but the icon is "Not enough data".
 * Never throws.
 *
 * @example spcAnalysis([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9], "higher").variation
 * // "Special cause improving": 9 is above the upper limit 69/13 + 2.66 × 4/12 ≈ 6.19
 */
export function spcAnalysis(
  values: readonly (number | null)[],
  polarity: Polarity,
  options: SpcOptions = {},
): SpcAnalysis {
  const list = (Array.isArray(values) ? values : []).map((v) => (isFiniteNumber(v) ? v : null));
  const first = list.findIndex((v) => v !== null);
  let latest = -1;
  list.forEach((v, i) => {
    if (v !== null) latest = i;
  });
  if (first < 0) return { points: list.map(emptyPoint), valueCount: 0, latest, variation: "Not enough data" };

  const starts = [
    first,
    ...(options.rebase ?? []).filter((p) => Number.isInteger(p) && p > first && p <= latest),
  ]
    .sort((a, b) => a - b)
    .filter((p, k, all) => k === 0 || p !== all[k - 1]);
  const points: SpcPoint[] = list.map(emptyPoint);
  const runLength = options.runLength ?? RUN_LENGTH;
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]! : latest + 1;
    const segment = list.slice(start, end);
    const limits = processLimits({
      values: segment,
      ...(options.fixAfter !== undefined ? { fixAfter: options.fixAfter } : {}),
      ...(options.screenOutliers !== undefined ? { screenOutliers: options.screenOutliers } : {}),
    });
    const causes = limits ? segmentSpecialCauses(segment, limits, runLength) : segment.map(() => null);
    // Blanks before the first value and after the last take the nearest segment's limits.
    const from = k === 0 ? 0 : start;
    const to = k + 1 === starts.length ? list.length : end;
    for (let i = from; i < to; i += 1) {
      const value = list[i] ?? null;
      const cause = i >= start && i < end ? (causes[i - start] ?? null) : null;
      points[i] = { value, limits, cause, type: value === null ? null : pointType(cause, polarity) };
    }
  });
  const valueCount = list.filter((v) => v !== null).length;
  const latestType = points[latest]?.type ?? "common";
  const variation = valueCount < MIN_POINTS ? "Not enough data" : variationOfPointType(latestType);
  return { points, valueCount, latest, variation };
}

function emptyPoint(value: number | null): SpcPoint {
  return { value, limits: null, cause: null, type: value === null ? null : "common" };
}

/** A point's type: its cause's direction read by polarity. */
function pointType(cause: SpecialCause | null, polarity: Polarity): SpcPointType {
  if (cause === null) return "common";
  switch (polarity) {
    case "higher":
      return cause.direction === 1 ? "improvement" : "concern";
    case "lower":
      return cause.direction === 1 ? "concern" : "improvement";
    default:
      return cause.direction === 1 ? "neutral high" : "neutral low";
  }
}
