/**
 * The layout of a scorecard sheet: which row holds the headers, what each column means,
 * which rows hold indicators and which are section titles. Produced by `detectLayout`.
 */

/**
 * What a scorecard column holds. "ignore" marks a column we saw but do not use. A plan's
 * "baseline" and its year-labelled "trajectory" targets ("2007/8 Target") carry a period like
 * period columns do.
 */
export const COLUMN_ROLES = [
  "id",
  "name",
  "target",
  "period",
  "rag",
  "commentary",
  "national",
  "neighbours",
  "portfolio",
  "outcome",
  "priority",
  "owner",
  "baseline",
  "trajectory",
  "ignore",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/**
 * Roles a scorecard should have. Without "name" (or "id") or "period" the sheet is not a
 * scorecard; a missing "target" or "rag" is reported but the sheet is still read.
 */
export const REQUIRED_ROLES = ["name", "period", "target", "rag"] as const satisfies readonly ColumnRole[];

/** How many rows from the top are searched for the header row. */
export const HEADER_SCAN_ROWS = 20;

export interface ColumnLayout {
  /** Zero-based column index (0 = A). */
  readonly column: number;
  readonly role: ColumnRole;
  /** The header text, cleaned of line breaks, repeated spaces and trailing ":" or "*". */
  readonly header: string;
  /** For a two-row header: the cleaned text of the group cell above ("Benchmark", "Leeds trend"). */
  readonly group?: string;
  /**
   * For role "period": the period label, written one way whatever the header said:
   * "Q2" (from "Q2", "Quarter 2", "Qtr 2"), "Q1 2012/13", "2006", "2012/13" (from "2012-13",
   * "2012/2013"), "Apr", "Apr 2012" (from "April 2012", "Apr-12"), "Current", "Latest",
   * "Actual", "Outturn", "YTD".
   */
  readonly period?: string;
  /** True when a layout override, not detection, decided this column. */
  readonly overridden?: boolean;
}

/** A row that only holds a title, such as "Stay Safe", that applies to the rows below it. */
export interface SectionRow {
  /** Zero-based row index. */
  readonly row: number;
  readonly title: string;
}

export interface DuplicateRole {
  readonly role: ColumnRole;
  /** Zero-based columns, left to right; the first is the one used for the role. */
  readonly columns: readonly number[];
}

export interface SheetLayout {
  readonly sheet: string;
  /** Zero-based header rows: one, or two when a group row sits above the headers. */
  readonly headerRows: readonly number[];
  /** Zero-based: the first non-blank row below the header (the row just below it when there is none). */
  readonly firstDataRow: number;
  /** Columns with a header or an override, left to right. Period columns appear in sheet order. */
  readonly columns: readonly ColumnLayout[];
  /** Zero-based rows holding an indicator (a name or an id). */
  readonly indicatorRows: readonly number[];
  /** Title rows between indicators; each applies to the indicator rows below it. */
  readonly sectionRows: readonly SectionRow[];
  /** Roles found in more than one column (periods excepted: many are normal). */
  readonly duplicateRoles: readonly DuplicateRole[];
  /** Required roles not found ("target", "rag"; "name" and "period" are never missing in a scorecard). */
  readonly missingRoles: readonly ColumnRole[];
}

export type LayoutResult =
  | { readonly kind: "scorecard"; readonly layout: SheetLayout }
  | { readonly kind: "not-scorecard"; readonly sheet: string; readonly reason: string };

/** One column decision from a layout override file. */
export interface ColumnOverride {
  readonly role: ColumnRole;
  /** For role "period": the label to use instead of the one read from the header. */
  readonly period?: string;
}

/**
 * Layout overrides, read from a mapping file by `readLayoutOverrides`.
 * `sheets` maps a sheet name (case-insensitive) or "*" (every sheet) to column rules;
 * each rule maps a header text (cleaned, case-insensitive) or a column letter to a decision.
 */
export interface LayoutOverrides {
  readonly sheets: Readonly<Record<string, Readonly<Record<string, ColumnOverride>>>>;
}

export type LayoutOverridesRead =
  | { readonly ok: true; readonly overrides: LayoutOverrides }
  | { readonly ok: false; readonly problems: readonly string[] };
