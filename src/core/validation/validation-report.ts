import type { WorkbookAnalysis } from "./analyse-workbook";
import { countFindings, sortFindings, type Finding, type FindingCounts } from "./findings";

/** The validation result, as `scorecard validate --json` prints it (a contract, issue 3). */
export interface ValidationReport {
  readonly file: string;
  /** No fatal or error findings (with strict: no warnings either). */
  readonly valid: boolean;
  readonly period: string;
  readonly catalogue: { readonly name: string; readonly version: string };
  readonly counts: FindingCounts;
  readonly findings: readonly Finding[];
}

/** True when findings with these counts make a workbook valid. */
export function isValid(counts: FindingCounts, strict: boolean): boolean {
  return counts.fatal === 0 && counts.error === 0 && (!strict || counts.warning === 0);
}

/** Builds the report from an analysis: findings sorted most severe first, counted. */
export function validationReport(
  analysis: WorkbookAnalysis,
  options: { file?: string; strict?: boolean } = {},
): ValidationReport {
  const findings = sortFindings(analysis.findings);
  const counts = countFindings(findings);
  return {
    file: options.file ?? analysis.source,
    valid: isValid(counts, options.strict === true),
    period: analysis.period,
    catalogue: analysis.catalogue,
    counts,
    findings,
  };
}

/** A report for a file that could not be analysed at all (unreadable, bad catalogue). */
export function failedReport(
  file: string,
  findings: readonly Finding[],
  catalogue: { name: string; version: string } = { name: "", version: "" },
): ValidationReport {
  return {
    file,
    valid: false,
    period: "",
    catalogue,
    counts: countFindings(findings),
    findings: sortFindings(findings),
  };
}
