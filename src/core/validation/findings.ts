/**
 * Findings: what validation says about a workbook, each pinned to a cell.
 * The codes are a contract (issue 3): the CLI's JSON, the pane's list and the summary's
 * Validation sheet all show them. Each code's severity is decided here, once.
 */

export const SEVERITIES = ["fatal", "error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Every finding code with its severity. Two are raised where they are made: `indicator/missing`
 * is an error for a mandatory indicator, `sheet/no-scorecard` when no sheet is a scorecard.
 */
export const FINDING_SEVERITY = {
  "file/unreadable": "fatal",
  "file/too-large": "fatal",
  "catalogue/invalid": "fatal",
  "period/unknown": "fatal",
  "period/empty": "warning",
  "sheet/no-scorecard": "info", // raised to "error" when no sheet is a scorecard (nothing was checked)
  "map/unused": "warning",
  "header/missing-column": "warning",
  "header/duplicate-column": "warning",
  "indicator/unknown": "error",
  "indicator/name-mismatch": "warning",
  "indicator/duplicate": "error",
  "indicator/missing": "info", // raised to "error" for mandatory indicators
  "value/placeholder": "info",
  "value/suppressed": "info",
  "value/no-figure": "warning",
  "value/not-numeric": "error",
  "value/number-as-text": "warning",
  "value/formula-error": "error",
  "value/unit-mismatch": "error",
  "value/out-of-range": "warning",
  "value/multiple": "warning",
  "target/missing": "warning",
  "target/not-numeric": "warning",
  "target/mismatch": "warning",
  "rag/invalid": "error",
  "rag/mismatch": "error",
  "rag/missing": "warning",
  "commentary/missing": "warning",
  "spc/differs-from-rag": "info",
  "spc/rebase-unknown": "warning",
  "trajectory/wrong-way": "warning",
  "trajectory/not-set": "info", // raised to "warning" once the target's period has started
  "trajectory/unit-mismatch": "warning",
  "action/unknown-status": "warning",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;
export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** Sheet name; "" for findings about the file or the catalogue. */
  readonly sheet: string;
  /** A1 address of the cell, "" when the finding is not about one cell. */
  readonly cell: string;
  /** 1-based row and column as Excel numbers them; 0 when not about a cell. */
  readonly row: number;
  readonly column: number;
  readonly indicatorId?: string;
  /** Plain English: what is wrong and what to do. */
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
}

/** Where a finding points: a sheet and zero-based row/column, or nothing (file-level). */
export interface FindingPlace {
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: number;
}

export interface FindingCounts {
  fatal: number;
  error: number;
  warning: number;
  info: number;
}

/** Counts findings by severity. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { fatal: 0, error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Orders findings as a reader scans them: most severe first, then sheet, row, column. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = (s: Severity): number => SEVERITIES.indexOf(s);
  return [...findings].sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      a.sheet.localeCompare(b.sheet) ||
      a.row - b.row ||
      a.column - b.column ||
      a.code.localeCompare(b.code),
  );
}
