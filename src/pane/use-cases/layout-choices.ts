import { columnLetter } from "../../core/a1";
import {
  detectWorkbookLayouts,
  type ColumnOverride,
  type ColumnRole,
  type LayoutOverrides,
  type LayoutResult,
} from "../../core/layout";
import { periodColumns, periodLabel } from "../../core/validation";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";

/** One column of a scorecard sheet as the Columns section shows it. */
export interface ColumnChoice {
  /** Zero-based column index. */
  readonly column: number;
  readonly letter: string;
  readonly header: string;
  /** What detection alone decided. */
  readonly detectedRole: ColumnRole;
  /** What is used now (the user's override, else the detected role). */
  readonly role: ColumnRole;
  readonly period?: string;
  /** True when the user changed this column's role. */
  readonly changed: boolean;
}

export type SheetLayoutChoice =
  | {
      readonly kind: "scorecard";
      readonly sheet: string;
      readonly indicatorRows: number;
      readonly columns: readonly ColumnChoice[];
    }
  | { readonly kind: "skipped"; readonly sheet: string; readonly reason: string };

/** An empty set of overrides: detection decides every column. */
export const NO_OVERRIDES: LayoutOverrides = { sheets: {} };

/** The override key for a column: "$C" always means the column letter, whatever the headers say. */
const letterKey = (column: number): string => `$${columnLetter(column)}`;

/**
 * Each sheet's columns with their detected and current roles, and the sheets skipped as not
 * scorecards with the reason (from detectWorkbookLayouts, without and with the overrides).
 * A column the user turned into a scorecard column that detection did not list is included.
 * `current` is the layouts already detected with the overrides (a validation's own), so they
 * are not detected again; detection without overrides runs only when there are overrides.
 */
export function layoutChoices(
  snapshot: WorkbookSnapshot,
  overrides: LayoutOverrides = NO_OVERRIDES,
  current: readonly LayoutResult[] = detectWorkbookLayouts(snapshot, overrides),
): SheetLayoutChoice[] {
  const detected = overrideCount(overrides) > 0 ? detectWorkbookLayouts(snapshot) : current;
  return current.map((result, index) => {
    if (result.kind === "not-scorecard")
      return { kind: "skipped", sheet: result.sheet, reason: result.reason };
    const base = detected[index];
    const baseColumns = base?.kind === "scorecard" ? base.layout.columns : [];
    const own = ownRules(overrides, result.layout.sheet);
    const columns = result.layout.columns.map((column): ColumnChoice => {
      const detectedRole = baseColumns.find((c) => c.column === column.column)?.role ?? "ignore";
      return {
        column: column.column,
        letter: columnLetter(column.column),
        header: column.group ? `${column.group} ${column.header}` : column.header,
        detectedRole,
        role: column.role,
        ...(column.period !== undefined ? { period: column.period } : {}),
        changed: own[letterKey(column.column)] !== undefined,
      };
    });
    return {
      kind: "scorecard",
      sheet: result.layout.sheet,
      indicatorRows: result.layout.indicatorRows.length,
      columns,
    };
  });
}

function ownRules(overrides: LayoutOverrides, sheet: string): Readonly<Record<string, ColumnOverride>> {
  const entry = Object.entries(overrides.sheets).find(
    ([name]) => name.trim().toLowerCase() === sheet.trim().toLowerCase(),
  );
  return entry?.[1] ?? {};
}

/**
 * The overrides with one column's role set by the user. Setting a column back to its detected
 * role removes the override, so the result only holds real changes. Returns a new object.
 * @example withColumnRole(NO_OVERRIDES, "Scorecard Q2", 2, "ignore", "commentary")
 * // { sheets: { "Scorecard Q2": { $C: { role: "ignore" } } } }
 */
export function withColumnRole(
  overrides: LayoutOverrides,
  sheet: string,
  column: number,
  role: ColumnRole,
  detectedRole: ColumnRole,
): LayoutOverrides {
  const sheets: Record<string, Record<string, ColumnOverride>> = {};
  for (const [name, rules] of Object.entries(overrides.sheets)) sheets[name] = { ...rules };
  const name =
    Object.keys(sheets).find((n) => n.trim().toLowerCase() === sheet.trim().toLowerCase()) ?? sheet;
  const rules = sheets[name] ?? {};
  if (role === detectedRole) delete rules[letterKey(column)];
  else rules[letterKey(column)] = { role };
  if (Object.keys(rules).length === 0) delete sheets[name];
  else sheets[name] = rules;
  return { sheets };
}

/** How many column roles the user changed, over all sheets. */
export function overrideCount(overrides: LayoutOverrides): number {
  return Object.values(overrides.sheets).reduce((total, rules) => total + Object.keys(rules).length, 0);
}

/**
 * The period labels of every scorecard sheet, in sheet order, without repeats: the choices of
 * the Period section (the engine matches the chosen label ignoring case and spacing).
 * @example periodChoices(layouts) // ["Q1", "Q2", "Q3", "Q4"]
 */
export function periodChoices(layouts: readonly LayoutResult[]): string[] {
  const labels: string[] = [];
  for (const result of layouts) {
    if (result.kind !== "scorecard") continue;
    for (const column of periodColumns(result.layout)) {
      const label = periodLabel(column);
      if (!labels.some((l) => l.toLowerCase() === label.toLowerCase())) labels.push(label);
    }
  }
  return labels;
}
