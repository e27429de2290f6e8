import type { SheetSnapshot } from "../workbook/snapshot";
import type { ColumnLayout, ColumnRole, SheetLayout } from "../layout/types";
import type { Indicator } from "../catalogue/types";
import { isCellError } from "../cells/cell-value";
import { readCell } from "../cells/read-cell";
import { addInFunctionsIn } from "../formulas/add-in-functions";
import { readRagWord } from "../cells/read-rag-word";
import { toIndicatorScale } from "../catalogue/indicator-scale";
import { ragStatus } from "../rag";
import { catalogueTarget, ragRulesFor } from "../catalogue/indicator-rag-rules";
import { directionOfTravel } from "../trend";
import { benchmarkGap } from "../benchmark";
import { nearlyEqual } from "../numbers";
import type { Direction, RagStatus } from "../words";
import type { AnalysedIndicator } from "./analysed-indicator";
import { cellText } from "./cell-text";
import { describeValue } from "./describe-value";
import { FINDING_MESSAGES } from "./finding-messages";
import type { Finding, FindingCode, Severity } from "./findings";
import { readTrajectory, trajectoryStatus } from "./trajectory-row";
import { makeFinding } from "./make-finding";
import { readValueCell, type ValueCell } from "./read-value-cell";
import { describeGrade, GRADE_MESSAGES, gradeScaleOf, readGradeCell, type GradeScale } from "../grades";
import { columnFor, periodLabel } from "../layout/layout-queries";
import { indicatorSpc } from "./indicator-spc";
import { periodFigures, periodTargets } from "./period-figures";

/** What analyseRow needs to know about the sheet, worked out once per sheet. */
export interface SheetContext {
  readonly sheet: SheetSnapshot;
  readonly layout: SheetLayout;
  readonly periods: readonly ColumnLayout[];
  /** Index into periods of the current period; -1 when the sheet has none. */
  readonly current: number;
  /** Each row is reported for its own latest period with a figure (LATEST_EACH), `current` as fallback. */
  readonly latestEach: boolean;
  /** The current period has no figure on any row (reported once for the sheet, not per cell). */
  readonly currentIsEmpty: boolean;
  /** Section title (or sheet outcome) in force for each row. */
  readonly sectionOf: (row: number) => string;
  /** Today on the time axis (periodPosition), for "has this target's period started?". */
  readonly asOf?: number;
}

function column(layout: SheetLayout, role: ColumnRole): number | undefined {
  return columnFor(layout, role)?.column;
}

/** A benchmark cell on the sheet, on the indicator's scale; null when blank or unreadable. */
function benchmarkCell(
  context: SheetContext,
  row: number,
  role: "national" | "neighbours",
  indicator: Indicator | undefined,
): number | null {
  const col = column(context.layout, role);
  if (col === undefined) return null;
  const reading = readCell(context.sheet.values[row]?.[col], context.sheet.numberFormats[row]?.[col]);
  if (reading.kind !== "number") return null;
  if (!indicator) return reading.value;
  const scaled = toIndicatorScale(reading, indicator);
  return "value" in scaled ? scaled.value : null;
}

const describeBound = (bound: number | undefined, indicator: Indicator): string | undefined =>
  bound === undefined ? undefined : describeValue(bound, indicator);

/** Why the numbers give this colour, for a rag/mismatch message. */
function ragReason(value: number, target: number, indicator: Indicator | undefined, period: string): string {
  const scale = gradeScaleOf(indicator);
  if (scale)
    return `${period} grade ${describeGrade(value, scale)} against target ${describeGrade(target, scale)} on ${scale.title}, where ${GRADE_MESSAGES.describeBest(scale)}`;
  return `${period} value ${describeValue(value, indicator)} against target ${describeValue(target, indicator)}, ${indicator?.polarity ?? "higher"} is better`;
}

/** One row being analysed: where it is, what it matched, and the findings collected so far. */
interface RowScope {
  readonly context: SheetContext;
  readonly row: number;
  readonly indicator: Indicator | undefined;
  readonly findings: Finding[];
  /** Adds a finding at a column of this row, with the row's indicator id. */
  report(
    code: FindingCode,
    column: number | undefined,
    message: string,
    more?: { expected?: string; actual?: string; severity?: Severity },
  ): void;
  /** The text of this row's cell in the column with this role ("" when there is none). */
  text(role: ColumnRole): string;
}

function rowScope(
  context: SheetContext,
  row: number,
  indicator: Indicator | undefined,
  id: string,
): RowScope {
  const findings: Finding[] = [];
  return {
    context,
    row,
    indicator,
    findings,
    report: (code, col, message, more = {}) =>
      findings.push(
        makeFinding(
          code,
          { sheet: context.sheet.name, row, ...(col !== undefined ? { column: col } : {}) },
          message,
          { ...(id ? { indicatorId: id } : {}), ...more },
        ),
      ),
    text: (role) => {
      const col = column(context.layout, role);
      return col === undefined ? "" : cellText(context.sheet.values[row]?.[col]);
    },
  };
}

/**
 * A period cell of a grade indicator: the grade's number, read through the scale ("Good",
 * "Grade 2 (adequate)", 2). A word not on the scale, or a number and word that disagree, is
 * value/not-numeric; a number not on the scale, a percentage or money is value/unit-mismatch.
 * Gaps and formula errors are read as any value cell.
 */
function readGradeValueCell(
  scale: GradeScale,
  ...[raw, numberFormat, period, indicator, formula]: Parameters<typeof readValueCell>
): ValueCell {
  const reading = readGradeCell(raw, scale, numberFormat);
  if (reading.kind === "grade") return { value: reading.grade.value, writtenAs: "plain", issues: [] };
  if (reading.kind !== "not-a-grade") return readValueCell(raw, numberFormat, period, indicator, formula);
  const code: FindingCode =
    reading.problem === "number" || reading.problem === "unit" ? "value/unit-mismatch" : "value/not-numeric";
  return {
    value: null,
    writtenAs: "none",
    issues: [{ code, message: reading.message, actual: reading.text }],
  };
}

/** A grade indicator's target cell: a grade of the scale, else the catalogue's target (target/not-numeric). */
function readGradeTarget(
  scope: RowScope,
  targetCol: number,
  scale: GradeScale,
  fromCatalogue: number | null,
): number | null {
  const { context, row } = scope;
  const raw = context.sheet.values[row]?.[targetCol];
  const reading = readGradeCell(raw, scale, context.sheet.numberFormats[row]?.[targetCol]);
  if (reading.kind === "grade") {
    const target = reading.grade.value;
    if (fromCatalogue !== null && target !== fromCatalogue) {
      const [sheetTarget, agreed] = [describeGrade(target, scale), describeGrade(fromCatalogue, scale)];
      scope.report("target/mismatch", targetCol, FINDING_MESSAGES.targetMismatch(sheetTarget, agreed), {
        expected: agreed,
        actual: sheetTarget,
      });
    }
    return target;
  }
  if (reading.kind !== "gap") {
    const fallback = fromCatalogue === null ? null : describeGrade(fromCatalogue, scale);
    scope.report("target/not-numeric", targetCol, GRADE_MESSAGES.targetNotAGrade(reading.message, fallback), {
      actual: reading.text,
    });
  }
  return fromCatalogue;
}

/**
 * Every period value of the row on the indicator's scale (null for gaps and unreadable cells),
 * reporting each cell's problems, a bare fraction on a 0-100 indicator, and implausible values.
 */
function readPeriodValues(scope: RowScope): { values: (number | null)[]; current: number } {
  const { context, row, indicator } = scope;
  const { sheet, periods } = context;
  const scale = gradeScaleOf(indicator);
  const read: typeof readValueCell = scale ? (...cell) => readGradeValueCell(scale, ...cell) : readValueCell;
  const cells = periods.map((p) =>
    read(
      sheet.values[row]?.[p.column],
      sheet.numberFormats[row]?.[p.column],
      periodLabel(p),
      indicator,
      sheet.formulas[row]?.[p.column] ?? "",
    ),
  );
  const anyPoints = cells.some((c) => c.value !== null && Math.abs(c.value) > 1);
  const pointsScale = indicator?.unit === "percent" && (indicator.percentScale ?? "0-100") === "0-100";
  const latestWithFigure = cells
    .map((c) => c.value !== null || (indicator?.unit === "text" && c.gap === undefined))
    .lastIndexOf(true);
  const current = context.latestEach && latestWithFigure >= 0 ? latestWithFigure : context.current;
  const values = cells.map((cell, i) => {
    const p = periods[i]!;
    // No figure in the period being reported is what an officer chases: a warning, not info.
    const chase =
      i === current && cell.gap !== undefined && cell.gap !== "suppressed" && !context.currentIsEmpty;
    if (chase)
      scope.report(
        "value/no-figure",
        p.column,
        FINDING_MESSAGES.noFigure(periodLabel(p), cellText(sheet.values[row]?.[p.column])),
        { actual: cellText(sheet.values[row]?.[p.column]) },
      );
    for (const issue of cell.issues)
      if (!chase)
        scope.report(
          issue.code,
          p.column,
          issue.message,
          issue.actual !== undefined ? { actual: issue.actual } : {},
        );
    let value = cell.value;
    // A bare fraction (0.97) on a 0-100 percent indicator whose other figures are points.
    const targetIsPoints = (catalogueTarget(indicator, periodLabel(p)) ?? 0) > 1;
    if (
      pointsScale &&
      value !== null &&
      cell.writtenAs === "plain" &&
      value !== 0 &&
      Math.abs(value) <= 1 &&
      (anyPoints || targetIsPoints)
    ) {
      scope.report("value/unit-mismatch", p.column, FINDING_MESSAGES.fractionOnPointsScale(value), {
        actual: String(value),
        expected: "a percentage in points (0-100)",
      });
      value = null;
    }
    if (
      value !== null &&
      indicator &&
      ((indicator.plausibleMin !== undefined && value < indicator.plausibleMin) ||
        (indicator.plausibleMax !== undefined && value > indicator.plausibleMax))
    ) {
      const shown = describeValue(value, indicator);
      scope.report(
        "value/out-of-range",
        p.column,
        FINDING_MESSAGES.outOfRange(
          shown,
          describeBound(indicator.plausibleMin, indicator),
          describeBound(indicator.plausibleMax, indicator),
        ),
        { actual: shown },
      );
    }
    return value;
  });
  return { values, current };
}

/** A plan's own target for the period ("2007/8 Target" for the 2007/08 figures), on the indicator's scale. */
function plannedTarget(
  context: SheetContext,
  row: number,
  indicator: Indicator | undefined,
  period: string,
): number | null {
  const col = context.layout.columns.find((c) => c.role === "trajectory" && c.period === period)?.column;
  if (col === undefined || period === "") return null;
  const reading = readCell(context.sheet.values[row]?.[col], context.sheet.numberFormats[row]?.[col]);
  if (reading.kind !== "number") return null;
  if (!indicator) return reading.value;
  const scaled = toIndicatorScale(reading, indicator);
  return "value" in scaled ? scaled.value : null;
}

/** The target for RAG: the sheet's number wins; text or a blank falls back to the catalogue's. */
function readTarget(scope: RowScope, period: string): number | null {
  const { context, row, indicator } = scope;
  const fromCatalogue = plannedTarget(context, row, indicator, period) ?? catalogueTarget(indicator, period);
  const targetCol = column(context.layout, "target");
  const needsTarget = indicator ? indicator.polarity !== "neutral" && indicator.unit !== "text" : false;
  let target = fromCatalogue;
  const scale = gradeScaleOf(indicator);
  if (targetCol !== undefined && scale) target = readGradeTarget(scope, targetCol, scale, fromCatalogue);
  else if (targetCol !== undefined) {
    const raw = context.sheet.values[row]?.[targetCol];
    const reading = readCell(raw, context.sheet.numberFormats[row]?.[targetCol]);
    if (reading.kind === "number") {
      const scaled = indicator ? toIndicatorScale(reading, indicator) : { value: reading.value };
      if ("value" in scaled) {
        target = scaled.value;
        if (fromCatalogue !== null && !nearlyEqual(scaled.value, fromCatalogue)) {
          const [sheetTarget, agreed] = [
            describeValue(scaled.value, indicator),
            describeValue(fromCatalogue, indicator),
          ];
          scope.report("target/mismatch", targetCol, FINDING_MESSAGES.targetMismatch(sheetTarget, agreed), {
            expected: agreed,
            actual: sheetTarget,
          });
        }
      } else {
        scope.report("value/unit-mismatch", targetCol, FINDING_MESSAGES.targetUnitMismatch(scaled.mismatch), {
          actual: cellText(raw),
        });
      }
    } else if (needsTarget) {
      // A bound ("<5", "≤ 10") or other text where a number target should be.
      const bound =
        reading.kind === "gap" && reading.reason === "suppressed" && /^\s*[<\u2264]/.test(reading.text);
      if (bound || reading.kind === "unreadable") {
        const fallback = fromCatalogue === null ? null : describeValue(fromCatalogue, indicator);
        const message = bound ? FINDING_MESSAGES.targetBound : FINDING_MESSAGES.targetNotNumeric;
        scope.report("target/not-numeric", targetCol, message(reading.text, fallback), {
          actual: reading.text,
        });
      }
    }
  }
  // A plan's targets are its trajectory columns, checked on their own (trajectory-row.ts).
  const planned = context.layout.columns.some((c) => c.role === "trajectory");
  if (needsTarget && target === null && !planned)
    scope.report("target/missing", targetCol, FINDING_MESSAGES.targetMissing());
  return target;
}

/** Checks the typed RAG colour against the computed one; returns the typed colour, if any. */
function checkTypedRag(
  scope: RowScope,
  rag: RagStatus,
  value: number | null,
  target: number | null,
  period: string,
): "Green" | "Amber" | "Red" | undefined {
  const ragCol = column(scope.context.layout, "rag");
  if (ragCol === undefined) return undefined;
  const raw = scope.context.sheet.values[scope.row]?.[ragCol];
  if (isCellError(raw)) {
    const addIn = addInFunctionsIn(scope.context.sheet.formulas[scope.row]?.[ragCol] ?? "");
    const message =
      addIn.length > 0
        ? FINDING_MESSAGES.addInNotCalculated(addIn, raw.error)
        : FINDING_MESSAGES.ragCellError(raw.error);
    scope.report("value/formula-error", ragCol, message, { actual: raw.error });
    return undefined;
  }
  const typed = scope.text("rag");
  const entered = typed === "" ? undefined : readRagWord(typed);
  const computedColour = rag === "Green" || rag === "Amber" || rag === "Red";
  if (typed !== "" && entered === undefined) {
    scope.report("rag/invalid", ragCol, FINDING_MESSAGES.ragInvalid(typed), { actual: typed });
  } else if (
    entered !== undefined &&
    computedColour &&
    entered !== rag &&
    value !== null &&
    target !== null
  ) {
    scope.report(
      "rag/mismatch",
      ragCol,
      FINDING_MESSAGES.ragMismatch(entered, rag, ragReason(value, target, scope.indicator, period)),
      { expected: rag, actual: entered },
    );
  } else if (typed === "" && computedColour) {
    scope.report("rag/missing", ragCol, FINDING_MESSAGES.ragMissing(rag), { expected: rag });
  }
  return entered;
}

/**
 * Analyses one indicator row: reads every period cell, the target, the typed RAG and the
 * commentary; computes RAG, direction and benchmark gaps for the current period; and returns
 * the findings for the row's cells. `indicator` is the matched catalogue entry, if any.
 */
export function analyseRow(
  context: SheetContext,
  row: number,
  indicator: Indicator | undefined,
  sheetId: string,
  sheetName: string,
): { analysed: AnalysedIndicator; findings: Finding[] } {
  const { sheet, periods } = context;
  const id = indicator?.id ?? sheetId;
  const scope = rowScope(context, row, indicator, id);

  const { values, current } = readPeriodValues(scope);
  const period = current >= 0 ? periodLabel(periods[current]!) : "";
  const value = current >= 0 ? (values[current] ?? null) : null;
  const target = readTarget(scope, period);

  const rules = ragRulesFor(indicator);
  const polarity = rules.polarity;
  // Unknown indicators get no colour: their polarity and tolerance are not agreed.
  const rag: RagStatus =
    indicator && indicator.unit !== "text" ? ragStatus(value, target, rules) : "No target";
  const enteredRag = checkTypedRag(scope, rag, value, target, period);

  // A Red (computed or typed) needs a line of commentary, where the sheet has the column.
  const commentaryCol = column(context.layout, "commentary");
  const commentary = scope.text("commentary");
  if (commentaryCol !== undefined && commentary === "" && (rag === "Red" || enteredRag === "Red")) {
    scope.report("commentary/missing", commentaryCol, FINDING_MESSAGES.commentaryMissing());
  }

  const series = current >= 0 ? values.slice(0, current + 1) : [];
  const direction: Direction =
    indicator?.unit === "text"
      ? "Not enough data"
      : directionOfTravel(series, polarity, "previous", 4, target ?? undefined);
  const national =
    benchmarkCell(context, row, "national", indicator) ?? indicator?.benchmarks?.national ?? null;
  const neighbours =
    benchmarkCell(context, row, "neighbours", indicator) ??
    indicator?.benchmarks?.statisticalNeighbours ??
    null;

  const labels = periods.map((p) => ({ label: periodLabel(p), column: p.column }));
  const targets = periodTargets(
    indicator,
    labels.map((p) => p.label),
    target,
  ).map((t, k) => (k === current ? target : t));
  const figures = periodFigures(indicator, labels, values, targets);
  const spc = indicatorSpc(
    indicator,
    series,
    labels.slice(0, series.length).map((p) => p.label),
    targets.slice(0, series.length),
    rag,
    polarity,
  );
  if (spc && spc.unknownRebase.length > 0) {
    const col = current >= 0 ? periods[current]?.column : undefined;
    if (col !== undefined)
      scope.report(
        "spc/rebase-unknown",
        col,
        FINDING_MESSAGES.spcRebaseUnknown(spc.unknownRebase, spc.periods),
      );
  }
  if (spc?.story) {
    const col = current >= 0 ? periods[current]?.column : undefined;
    if (col !== undefined) scope.report("spc/differs-from-rag", col, spc.story);
  }

  const trajectory = readTrajectory(sheet, context.layout, row, indicator, scope.report, context.asOf);
  const onTrack =
    trajectory.length > 0 && indicator && indicator.unit !== "text"
      ? trajectoryStatus(trajectory, value, current >= 0 ? periods[current] : undefined, rules)
      : undefined;

  const analysed: AnalysedIndicator = {
    sheet: sheet.name,
    row,
    ...(indicator ? { indicator } : {}),
    id,
    name: indicator?.name ?? sheetName,
    outcomeArea: indicator?.outcomeArea || scope.text("outcome") || context.sectionOf(row) || sheet.name,
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
    figures,
    ...(spc ? { spc } : {}),
    ...(trajectory.length > 0 ? { trajectory } : {}),
    ...(onTrack ? { onTrack } : {}),
  };
  return { analysed, findings: scope.findings };
}
