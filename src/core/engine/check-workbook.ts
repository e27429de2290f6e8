import type { CatalogueLoad } from "../catalogue/types";
import type { LayoutOverrides } from "../layout";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import {
  analyseWorkbook,
  failedReport,
  FINDING_MESSAGES,
  makeFinding,
  validationReport,
  type Finding,
  type FindingPlace,
  type ValidationReport,
  type WorkbookAnalysis,
} from "../validation";
import { columnIndex } from "../a1";
import { buildSummaryPlan, type SummaryPlan } from "../summary";
import { chooseCatalogue, type CatalogueOrigin } from "./choose-catalogue";

export interface CheckOptions {
  /** File name for the report (default: the snapshot's source). */
  readonly file?: string;
  readonly catalogue?: CatalogueLoad;
  readonly period?: string;
  readonly overrides?: LayoutOverrides;
  /** Today on the time axis (periodPosition of the date), for plan targets whose period has started. */
  readonly asOf?: number;
  readonly strict?: boolean;
  /**
   * Findings a host adds from what only it knows, given the analysis (the CLI's map/unused,
   * placed by line in the mapping file). They count in the report and appear in the summary.
   */
  readonly moreFindings?: (analysis: WorkbookAnalysis) => readonly Finding[];
}

export interface CheckResult {
  readonly report: ValidationReport;
  /** Absent when the catalogue could not be loaded. */
  readonly analysis?: WorkbookAnalysis;
  readonly catalogueOrigin: CatalogueOrigin;
}

/** A catalogue problem's path as a place: "Catalogue!C2" points at a cell; a JSON path does not. */
function placeOfProblem(path: string): FindingPlace {
  const match = /^(.+)!\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(path);
  const column = match ? columnIndex(match[2]!) : undefined;
  if (!match || column === undefined) return {};
  const sheet = match[1]!.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheet, row: Number(match[3]) - 1, column };
}

/**
 * The one use-case behind "Validate workbook" everywhere (CLI, pane, workbench): choose the
 * catalogue, analyse, report. A broken catalogue is one fatal `catalogue/invalid` finding per
 * problem, so the user sees all of them at once.
 */
export function checkWorkbook(workbook: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const file = options.file ?? workbook.source;
  const choice = chooseCatalogue(workbook, options.catalogue);
  if (!choice.ok) {
    const findings = choice.problems.map((p) =>
      makeFinding(
        "catalogue/invalid",
        placeOfProblem(p.path),
        FINDING_MESSAGES.catalogueProblem(p.path, p.message),
        { actual: p.path },
      ),
    );
    if (findings.length === 0)
      findings.push(makeFinding("catalogue/invalid", {}, FINDING_MESSAGES.catalogueNotLoaded));
    return { report: failedReport(file, findings), catalogueOrigin: choice.origin };
  }
  const analysed = analyseWorkbook(workbook, choice.catalogue, {
    ...(options.period !== undefined ? { period: options.period } : {}),
    ...(options.overrides ? { overrides: options.overrides } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
  });
  const more = options.moreFindings?.(analysed) ?? [];
  const analysis = more.length === 0 ? analysed : { ...analysed, findings: [...analysed.findings, ...more] };
  return {
    report: validationReport(analysis, { file, strict: options.strict === true }),
    analysis,
    catalogueOrigin: choice.origin,
  };
}

export interface SummarizeOptions extends CheckOptions {
  /** When the summary is made: the local wall-clock time (localTimestamp). */
  readonly generatedAt: string;
  /** Last time's analysis: the summary gains a Changes sheet (`--compare`, "Compare with a previous file…"). */
  readonly previous?: WorkbookAnalysis;
}

/** Validation plus the summary plan: "Generate summary" in the pane and workbench, and `scorecard summarize`. */
export function summarizeWorkbook(
  workbook: WorkbookSnapshot,
  options: SummarizeOptions,
): CheckResult & { plan?: SummaryPlan } {
  const result = checkWorkbook(workbook, options);
  if (!result.analysis) return result;
  return {
    ...result,
    plan: buildSummaryPlan(result.analysis, {
      generatedAt: options.generatedAt,
      ...(options.previous ? { previous: options.previous } : {}),
    }),
  };
}
