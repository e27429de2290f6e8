import type { Finding, Severity } from "../validation/findings";

/** One row of the Validation sheet: a finding, or several alike gathered with their count. */
export interface FindingGroup {
  readonly code: string;
  readonly severity: Severity;
  readonly count: number;
  readonly sheet: string;
  /** The cells, "D4" or "J4, J5, J10 and 17 more". */
  readonly cells: string;
  readonly indicators: string;
  readonly message: string;
}

/** How many cells or ids a grouped row names before "and N more". */
const LISTED = 10;

function listOf(items: readonly string[]): string {
  const unique = [...new Set(items.filter((item) => item !== ""))];
  if (unique.length <= LISTED) return unique.join(", ");
  return `${unique.slice(0, LISTED).join(", ")} and ${unique.length - LISTED} more`;
}

/**
 * The Validation sheet's rows, in the order given (most severe first): every fatal and error
 * finding on its own row; warnings with the same code, sheet and message in one row (the 20
 * identical "No target" lines of a report card); info findings with the same code and sheet in
 * one row (44 optional indicators absent), each row with its count.
 * Source: issue 9 (a committee reads errors first; repeated lines hide them).
 * Bad input: none; an empty list gives no rows.
 * @example groupFindings(twentyTargetMissing).length // 1, with count 20
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  findings.forEach((finding, index) => {
    const key =
      finding.severity === "fatal" || finding.severity === "error"
        ? `#${index}`
        : finding.severity === "warning"
          ? `${finding.code}\u0000${finding.sheet}\u0000${finding.message}`
          : `${finding.code}\u0000${finding.sheet}\u0000info`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  });
  return [...groups.values()].map((members) => {
    const first = members[0]!;
    const same = members.every((member) => member.message === first.message);
    const message =
      members.length === 1 || same
        ? first.message
        : `${members.length} findings like this one: ${first.message}`;
    return {
      code: first.code,
      severity: first.severity,
      count: members.length,
      sheet: first.sheet,
      cells: listOf(members.map((member) => member.cell)),
      indicators: listOf(members.map((member) => member.indicatorId ?? "")),
      message,
    };
  });
}
