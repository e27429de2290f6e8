import type { WorkbookSnapshot, SheetSnapshot } from "../workbook/snapshot";
import type { Catalogue, Indicator } from "../catalogue/types";
import { detectWorkbookLayouts } from "../layout";
import type { LayoutOverrides, LayoutResult, SheetLayout } from "../layout";
import { indexCatalogue } from "../matching";
import { cellAddress } from "../a1";
import type { AnalysedIndicator } from "./analysed-indicator";
import { readActionPlan, type ActionPlan } from "../action-plan/read-action-plan";
import { analyseRow, type SheetContext } from "./analyse-row";
import { cellText } from "./cell-text";
import { choosePeriod, isLatestEach, LATEST_EACH, periodHasFigures } from "./choose-period";
import { columnFor, periodColumns, periodLabel, sectionFor } from "../layout/layout-queries";
import { FINDING_MESSAGES } from "./finding-messages";
import type { Finding } from "./findings";
import { makeFinding } from "./make-finding";

export interface AnalyseOptions {
  /** The current period label ("Q2", "2006", "Current"), or "latest-each" for each indicator's
   * latest figure; default: the latest period with any value. */
  readonly period?: string;
  readonly overrides?: LayoutOverrides;
  /** Today on the time axis (periodPosition of the date): a plan target not set once its period has started is a warning. */
  readonly asOf?: number;
}

/** Everything validation and the summary need, from one pass over the workbook. */
export interface WorkbookAnalysis {
  readonly source: string;
  /** The current period of the first scorecard sheet (or the one asked for); "" when none. */
  readonly period: string;
  /** Every period label seen, in sheet order, without repeats. */
  readonly periods: readonly string[];
  readonly catalogue: { readonly name: string; readonly version: string };
  readonly layouts: readonly LayoutResult[];
  readonly indicators: readonly AnalysedIndicator[];
  readonly findings: readonly Finding[];
  /** Sheets read as action plans (actions with a typed RAG, no numbers); absent when none. */
  readonly actionPlans?: readonly ActionPlan[];
}

function headerFindings(layout: SheetLayout): Finding[] {
  const findings: Finding[] = [];
  const headerRow = layout.headerRows[layout.headerRows.length - 1] ?? 0;
  for (const role of layout.missingRoles) {
    findings.push(
      makeFinding(
        "header/missing-column",
        { sheet: layout.sheet, row: headerRow },
        FINDING_MESSAGES.missingColumn(role),
        { expected: role },
      ),
    );
  }
  for (const dup of layout.duplicateRoles) {
    const headers = dup.columns.map(
      (c) => layout.columns.find((l) => l.column === c)?.header ?? cellAddress(headerRow, c),
    );
    for (const col of dup.columns.slice(1)) {
      findings.push(
        makeFinding(
          "header/duplicate-column",
          { sheet: layout.sheet, row: headerRow, column: col },
          FINDING_MESSAGES.duplicateColumn(dup.role, headers),
          { expected: dup.role },
        ),
      );
    }
  }
  return findings;
}

/**
 * An action plan's findings: a RAG word that is not Red, Amber, Green, Blue or Complete
 * (`action/unknown-status`), and a Red with no commentary (`commentary/missing`).
 */
function actionPlanFindings(plan: ActionPlan): Finding[] {
  const findings: Finding[] = [];
  for (const action of plan.actions) {
    const place = (column: number | undefined) => ({
      sheet: plan.sheet,
      row: action.row,
      ...(column !== undefined ? { column } : {}),
    });
    const more = action.ref ? { indicatorId: action.ref } : {};
    if (action.status === "Not a RAG word")
      findings.push(
        makeFinding(
          "action/unknown-status",
          place(plan.columns.rag),
          FINDING_MESSAGES.actionUnknownStatus(action.typed),
          { ...more, actual: action.typed },
        ),
      );
    if (action.status === "Red" && action.commentary === "" && plan.columns.commentary !== undefined)
      findings.push(
        makeFinding(
          "commentary/missing",
          place(plan.columns.commentary),
          FINDING_MESSAGES.commentaryMissing(),
          more,
        ),
      );
  }
  return findings;
}

/**
 * Analyses a workbook against a catalogue: finds each scorecard sheet's layout, matches its
 * rows to catalogue indicators, reads every value, computes RAG, direction and benchmark
 * gaps for the current period, and collects every finding. Pure: no I/O, never throws.
 * Rule sources: docs/rules.md; finding codes: findings.ts.
 */
export function analyseWorkbook(
  workbook: WorkbookSnapshot,
  catalogue: Catalogue,
  options: AnalyseOptions = {},
): WorkbookAnalysis {
  const layouts = detectWorkbookLayouts(workbook, options.overrides);
  const findings: Finding[] = [];
  const indicators: AnalysedIndicator[] = [];
  const matcher = indexCatalogue(catalogue);
  const firstSeen = new Map<string, string>();
  const allPeriods: string[] = [];
  const actionPlans: ActionPlan[] = [];
  let reportPeriod = "";
  const analysis = (period: string, periods: readonly string[]): WorkbookAnalysis => ({
    source: workbook.source,
    period,
    periods,
    catalogue: { name: catalogue.name, version: catalogue.version },
    layouts,
    indicators,
    findings,
    ...(actionPlans.length > 0 ? { actionPlans } : {}),
  });

  const scorecards: { sheet: SheetSnapshot; layout: SheetLayout }[] = [];
  for (const result of layouts) {
    if (result.kind === "scorecard") {
      const sheet = workbook.sheets.find((s) => s.name === result.layout.sheet);
      if (sheet) scorecards.push({ sheet, layout: result.layout });
    }
  }
  // A sheet of actions with a typed RAG and no numbers is an action plan, not a skipped sheet.
  const skipped: { sheet: string; reason: string }[] = [];
  for (const result of layouts) {
    if (result.kind !== "not-scorecard") continue;
    const sheet = workbook.sheets.find((s) => s.name === result.sheet);
    const plan = sheet ? readActionPlan(sheet) : undefined;
    if (plan) {
      actionPlans.push(plan);
      findings.push(...actionPlanFindings(plan));
    } else skipped.push(result);
  }
  // A skipped sheet is news (info); a workbook with no scorecard at all checked nothing (error).
  for (const result of skipped) {
    const nothingChecked = scorecards.length === 0 && actionPlans.length === 0;
    const message = nothingChecked
      ? FINDING_MESSAGES.noScorecardAnywhere(result.reason)
      : FINDING_MESSAGES.noScorecard(result.reason);
    findings.push(
      makeFinding(
        "sheet/no-scorecard",
        { sheet: result.sheet },
        message,
        nothingChecked ? { severity: "error" } : {},
      ),
    );
  }

  // The asked-for period must exist somewhere, or nothing below means anything.
  if (options.period !== undefined && options.period.trim() !== "") {
    const found =
      isLatestEach(options.period) ||
      scorecards.some(({ sheet, layout }) => choosePeriod(sheet, layout, options.period) >= 0);
    if (!found) {
      const seen = new Map<string, boolean>();
      for (const { sheet, layout } of scorecards) {
        for (const p of periodColumns(layout))
          seen.set(
            periodLabel(p),
            (seen.get(periodLabel(p)) ?? false) || periodHasFigures(sheet, layout, p.column),
          );
      }
      const available = [...seen.keys()];
      const periods = available.map((label) => ({ label, hasFigures: seen.get(label) === true }));
      findings.push(
        makeFinding("period/unknown", {}, FINDING_MESSAGES.periodUnknown(options.period, periods), {
          actual: options.period,
          expected: available.join(", "),
        }),
      );
      return analysis(options.period, available);
    }
  }

  for (const { sheet, layout } of scorecards) {
    findings.push(...headerFindings(layout));
    const periods = periodColumns(layout);
    for (const p of periods) if (!allPeriods.includes(periodLabel(p))) allPeriods.push(periodLabel(p));
    const current = choosePeriod(sheet, layout, options.period);
    const latestEach = isLatestEach(options.period);
    if (reportPeriod === "" && current >= 0)
      reportPeriod = latestEach ? LATEST_EACH : periodLabel(periods[current]!);
    // A period asked for by name that has no figures on this sheet: said once, not once per row.
    const currentIsEmpty =
      !latestEach && current >= 0 && !periodHasFigures(sheet, layout, periods[current]!.column);
    if (currentIsEmpty && options.period !== undefined) {
      const headerRow = layout.headerRows[layout.headerRows.length - 1] ?? 0;
      findings.push(
        makeFinding(
          "period/empty",
          { sheet: sheet.name, row: headerRow, column: periods[current]!.column },
          FINDING_MESSAGES.periodEmpty(periodLabel(periods[current]!), sheet.name),
          { actual: periodLabel(periods[current]!) },
        ),
      );
    }
    const context: SheetContext = {
      sheet,
      layout,
      periods,
      current,
      latestEach,
      currentIsEmpty,
      sectionOf: (row) => sectionFor(layout, row) ?? "",
      ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    };
    const idCol = columnFor(layout, "id")?.column;
    const nameCol = columnFor(layout, "name")?.column;

    for (const row of layout.indicatorRows) {
      const sheetId = idCol !== undefined ? cellText(sheet.values[row]?.[idCol]) : "";
      const sheetName = nameCol !== undefined ? cellText(sheet.values[row]?.[nameCol]) : "";
      const match = matcher.match(sheetId || undefined, sheetName || undefined);
      const labelCol = sheetId !== "" && idCol !== undefined ? idCol : (nameCol ?? idCol ?? 0);
      let indicator: Indicator | undefined;
      if (match.kind === "id" || match.kind === "name" || match.kind === "alias") {
        indicator = match.indicator;
        if (match.kind === "id" && sheetName !== "" && nameCol !== undefined) {
          if (!match.nameAgrees) {
            findings.push(
              makeFinding(
                "indicator/name-mismatch",
                { sheet: sheet.name, row, column: nameCol },
                FINDING_MESSAGES.nameMismatch(indicator.id, sheetName, indicator.name),
                { indicatorId: indicator.id, expected: indicator.name, actual: sheetName },
              ),
            );
          }
        }
        const here = `${sheet.name}!${cellAddress(row, labelCol)}`;
        const before = firstSeen.get(indicator.id);
        if (before !== undefined) {
          findings.push(
            makeFinding(
              "indicator/duplicate",
              { sheet: sheet.name, row, column: labelCol },
              FINDING_MESSAGES.duplicateIndicator(indicator.id, before),
              { indicatorId: indicator.id },
            ),
          );
        } else {
          firstSeen.set(indicator.id, here);
        }
      } else {
        const label = sheetId !== "" ? sheetId : sheetName;
        const suggestion = match.kind === "near" ? match.suggestion.name : undefined;
        findings.push(
          makeFinding(
            "indicator/unknown",
            { sheet: sheet.name, row, column: labelCol },
            FINDING_MESSAGES.unknownIndicator(label, suggestion),
            { actual: label, ...(suggestion ? { expected: suggestion } : {}) },
          ),
        );
      }
      const { analysed, findings: rowFindings } = analyseRow(context, row, indicator, sheetId, sheetName);
      indicators.push(analysed);
      findings.push(...rowFindings);
    }
  }

  if (scorecards.length > 0) {
    for (const indicator of catalogue.indicators) {
      if (firstSeen.has(indicator.id)) continue;
      const mandatory = indicator.mandatory === true;
      findings.push(
        makeFinding(
          "indicator/missing",
          {},
          FINDING_MESSAGES.missingIndicator(indicator.id, indicator.name, mandatory),
          { indicatorId: indicator.id, ...(mandatory ? { severity: "error" as const } : {}) },
        ),
      );
    }
  }

  return analysis(reportPeriod, allPeriods);
}
