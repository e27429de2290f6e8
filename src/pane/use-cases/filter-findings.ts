import { SEVERITIES, type Finding, type Severity } from "../../core/validation/findings";

/** The findings filter: words to look for and the severities to show. */
export interface FindingFilter {
  readonly text: string;
  readonly severities: ReadonlySet<Severity>;
}

/** The filter the pane starts with: everything but info (as the CLI's text report). */
export const DEFAULT_FILTER: FindingFilter = {
  text: "",
  severities: new Set<Severity>(["fatal", "error", "warning"]),
};

/** Where a finding points, as a person reads it: "Scorecard Q2!D4", "Notes" or "" (file-level). */
export function findingPlace(finding: Finding): string {
  if (finding.sheet === "") return "";
  return finding.cell === "" ? finding.sheet : `${finding.sheet}!${finding.cell}`;
}

/**
 * Findings matching the filter: of a shown severity, and containing every word of the text
 * (ignoring case) somewhere in the place, code, indicator id or message.
 * @example filterFindings(findings, { text: "d4 rag", severities: new Set(["error"]) }) // the rag/mismatch at Scorecard Q2!D4
 */
export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const words = filter.text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  return findings.filter((finding) => {
    if (!filter.severities.has(finding.severity)) return false;
    if (words.length === 0) return true;
    const haystack = [findingPlace(finding), finding.code, finding.indicatorId ?? "", finding.message]
      .join(" ")
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** Findings grouped by severity, most severe first, leaving out empty groups; order kept within each. */
export function groupBySeverity(
  findings: readonly Finding[],
): { readonly severity: Severity; readonly findings: readonly Finding[] }[] {
  return SEVERITIES.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.severity === severity),
  })).filter((g) => g.findings.length > 0);
}

/**
 * The cell to select for a finding: its own, or A1 of its sheet for a sheet-level finding;
 * undefined for a file-level one (nothing to go to).
 */
export function findingTarget(
  finding: Finding,
): { readonly sheet: string; readonly address: string } | undefined {
  if (finding.sheet === "") return undefined;
  return { sheet: finding.sheet, address: finding.cell === "" ? "A1" : finding.cell };
}
