/**
 * A plan's trajectory on one indicator row: the baseline and the year-labelled targets
 * ("2006/7 Baseline | 2007/8 Target | 2008/9 Target"), checked for what makes a plan unsound: a
 * target that moves against the polarity, a target not yet set, and a baseline and target in
 * different units. Source: issue 13, docs/rules.md "Trajectory tables".
 */
import type { Indicator } from "../catalogue/types";
import { toIndicatorScale } from "../catalogue/indicator-scale";
import { readCell } from "../cells";
import type { ColumnLayout, SheetLayout } from "../layout/types";
import type { RagRules } from "../rag";
import { onTrackStatus } from "../trajectory/on-track";
import { readPeriod } from "../trajectory/period-position";
import type { OnTrackStatus } from "../words";
import type { SheetSnapshot } from "../workbook/snapshot";
import { describeValue } from "./describe-value";
import { FINDING_MESSAGES } from "./finding-messages";
import type { FindingCode, Severity } from "./findings";

/** One point of a plan: the baseline or a target, at its period. */
export interface TrajectoryPoint {
  readonly kind: "baseline" | "target";
  /** The header's period, "2007/08"; "" for a baseline header without one. */
  readonly period: string;
  /** Where the period ends on the time axis (periodPosition); undefined when it names none. */
  readonly position?: number;
  /** Zero-based column on the sheet. */
  readonly column: number;
  /** On the indicator's scale; null when not set or unreadable. */
  readonly value: number | null;
}

/** Adds a finding at a column of the row (the row's RowScope.report). */
export type ReportAt = (
  code: FindingCode,
  column: number,
  message: string,
  more?: { actual?: string; severity?: Severity },
) => void;

/** How long a period runs, in years, by its kind (for "has it started?"). */
const PERIOD_LENGTH: Record<string, number> = {
  "financial year": 1,
  "calendar year": 1,
  "financial quarter": 0.25,
  "calendar quarter": 0.25,
  month: 1 / 12,
  date: 1 / 365,
};

/** A percent cell and a count cell cannot be one measure's baseline and target. */
type ShownUnit = "percent" | "number";

/**
 * Reads the row's baseline and trajectory targets and reports, at their cells:
 * - `trajectory/not-set`: TBA, To be agreed, Not known, N/A or blank (a warning once the
 *   period has started by `asOf`, a position on the time axis; info before, or without a date);
 * - `trajectory/wrong-way`: a target that moves against the polarity from the point before it
 *   (the baseline or the previous target), for an indicator whose polarity is higher or lower;
 * - `trajectory/unit-mismatch`: a target written as a percentage where the baseline is a
 *   count, or the reverse.
 * Returns the points in column order (baseline first when there is one); [] when the sheet has
 * no trajectory. Bad input: unreadable cells are not-set points; never throws.
 */
export function readTrajectory(
  sheet: SheetSnapshot,
  layout: SheetLayout,
  row: number,
  indicator: Indicator | undefined,
  report: ReportAt,
  asOf?: number,
): TrajectoryPoint[] {
  const columns = [
    ...layout.columns.filter((c) => c.role === "baseline").slice(0, 1),
    ...layout.columns.filter((c) => c.role === "trajectory"),
  ];
  if (!columns.some((c) => c.role === "trajectory")) return [];
  const points: TrajectoryPoint[] = [];
  const units: (ShownUnit | undefined)[] = [];
  for (const col of columns) {
    const kind = col.role === "baseline" ? "baseline" : "target";
    const period = col.period ?? "";
    const reading = readPeriod(period);
    const raw = sheet.values[row]?.[col.column];
    const cell = readCell(raw, sheet.numberFormats[row]?.[col.column]);
    let value: number | null = null;
    let unit: ShownUnit | undefined;
    if (cell.kind === "number") {
      unit = cell.unit === "percent" ? "percent" : "number";
      const scaled = indicator ? toIndicatorScale(cell, indicator) : { value: cell.value };
      value = "value" in scaled ? scaled.value : null;
    } else {
      const text = cell.text;
      const started =
        asOf !== undefined &&
        reading?.dated === true &&
        asOf > reading.position - (PERIOD_LENGTH[reading.kind] ?? 1);
      report(
        "trajectory/not-set",
        col.column,
        FINDING_MESSAGES.trajectoryNotSet(kind, period, text, started),
        started ? { actual: text, severity: "warning" } : { actual: text },
      );
    }
    points.push({
      kind,
      period,
      ...(reading?.dated ? { position: reading.position } : {}),
      column: col.column,
      value,
    });
    units.push(unit);
  }
  reportUnitMismatch(points, units, report);
  reportWrongWay(points, indicator, report);
  return points;
}

function reportUnitMismatch(
  points: readonly TrajectoryPoint[],
  units: readonly (ShownUnit | undefined)[],
  report: ReportAt,
): void {
  const baselineUnit = points[0]?.kind === "baseline" ? units[0] : undefined;
  if (baselineUnit === undefined) return;
  points.forEach((point, k) => {
    const unit = units[k];
    if (point.kind === "target" && unit !== undefined && unit !== baselineUnit)
      report(
        "trajectory/unit-mismatch",
        point.column,
        FINDING_MESSAGES.trajectoryUnitMismatch(point.period, baselineUnit, unit),
      );
  });
}

function reportWrongWay(
  points: readonly TrajectoryPoint[],
  indicator: Indicator | undefined,
  report: ReportAt,
): void {
  const polarity = indicator?.polarity;
  if (polarity !== "higher" && polarity !== "lower") return;
  let before: TrajectoryPoint | undefined;
  for (const point of points) {
    if (point.value === null) continue;
    if (before !== undefined && before.value !== null && point.kind === "target") {
      const worse = polarity === "higher" ? point.value < before.value : point.value > before.value;
      if (worse)
        report(
          "trajectory/wrong-way",
          point.column,
          FINDING_MESSAGES.trajectoryWrongWay(
            point.period,
            describeValue(point.value, indicator),
            before.kind === "baseline" ? "the baseline" : `the ${before.period} target`,
            describeValue(before.value, indicator),
            polarity,
          ),
          { actual: describeValue(point.value, indicator) },
        );
    }
    before = point;
  }
}

/**
 * The current value against the trajectory: the straight line between the two plan points
 * (baseline or targets, with values and dated periods) around the current period, judged by
 * `onTrackStatus` with the indicator's RAG rules. Before the first point the first value is
 * expected, after the last the last target. Undefined when the current period is not dated or
 * the plan has no two dated points with values.
 */
export function trajectoryStatus(
  points: readonly TrajectoryPoint[],
  value: number | null,
  current: ColumnLayout | undefined,
  rules: RagRules,
): OnTrackStatus | undefined {
  const now = current ? readPeriod(current.period ?? current.header) : undefined;
  if (!now?.dated) return undefined;
  const dated = points
    .filter(
      (p): p is TrajectoryPoint & { position: number; value: number } =>
        p.position !== undefined && p.value !== null,
    )
    .sort((a, b) => a.position - b.position);
  if (dated.length < 2) return undefined;
  // The segment whose end is the first point at or after now (the first or last segment outside the plan).
  const firstAfter = dated.findIndex((p) => p.position >= now.position);
  const endIndex = firstAfter === -1 ? dated.length - 1 : Math.max(1, firstAfter);
  const [start, end] = [dated[endIndex - 1]!, dated[endIndex]!];
  return onTrackStatus({
    actual: value,
    baseline: start.value,
    target: end.value,
    start: start.position,
    end: end.position,
    now: now.position,
    polarity: rules.polarity,
    tolerance: rules.tolerance,
    toleranceMode: rules.toleranceMode,
  });
}
