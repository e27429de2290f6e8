/**
 * Action plans: improvement boards track actions or recommendations that have no numbers, only
 * a typed RAG and commentary ("Of the eighteen recommendations still within the Improvement
 * Plan, none are rated as red, 11 are assessed as amber and 7 are green"). A sheet with an
 * action column and a RAG column, and no period columns, is read here instead of being skipped
 * as "not a scorecard". Source: issue 13, docs/rules.md "Action plans".
 */
import { cellText } from "../validation/cell-text";
import { classifyHeader } from "../layout/classify-header";
import { headerKey } from "../layout/header-vocabulary";
import { readSheetGrid, isBlank, type SheetGrid } from "../layout/sheet-grid";
import { HEADER_SCAN_ROWS } from "../layout/types";
import type { SheetSnapshot } from "../workbook/snapshot";

/** What an action's typed RAG says. Blue and Complete mean done. */
export const ACTION_STATUSES = ["Red", "Amber", "Green", "Done", "Not rated", "Not a RAG word"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionRow {
  /** Zero-based row on the sheet. */
  readonly row: number;
  readonly ref: string;
  readonly action: string;
  readonly lead: string;
  /** The plan the action belongs to: its plan column, else the section title above it, else the sheet. */
  readonly plan: string;
  readonly status: ActionStatus;
  /** The RAG cell as typed. */
  readonly typed: string;
  readonly commentary: string;
}

export interface ActionPlan {
  readonly sheet: string;
  /** Zero-based columns of each part; undefined when the sheet has none. */
  readonly columns: {
    readonly action: number;
    readonly rag: number;
    readonly ref?: number;
    readonly lead?: number;
    readonly plan?: number;
    readonly commentary?: number;
  };
  readonly headerRow: number;
  readonly actions: readonly ActionRow[];
}

/** Header words of an action plan's own columns (the scorecard vocabulary covers the rest). */
const ACTION_HEADER =
  /^((improvement |key |agreed )?(actions?|recommendations?|action points?|tasks?)( required| to be taken| description| title)?|what (we will|will we) do|area for (improvement|development)|areas for (improvement|development))$/;
const PLAN_HEADER = /^(plan|action plan|workstream|work ?stream|board|programme|project|theme)$/;
const LEAD_HEADER =
  /^(lead|leads|lead officer|lead person|responsible|responsible officer|by whom|owner|action owner)$/;
const PROGRESS_HEADER =
  /^(progress|progress update|progress to date|update|latest update|comments?|commentary)$/;

/** A typed RAG word as an action's status; "Not a RAG word" for anything else. */
export function actionStatus(typed: string): ActionStatus {
  const word = typed
    .trim()
    .toLowerCase()
    .replace(/[.\s]+$/, "");
  if (word === "") return "Not rated";
  if (/^(r|red)$/.test(word)) return "Red";
  if (/^(a|amber)$/.test(word)) return "Amber";
  if (/^(g|green)$/.test(word)) return "Green";
  if (/^(b|blue|complete|completed|done|closed)$/.test(word)) return "Done";
  return "Not a RAG word";
}

type Part = "action" | "rag" | "ref" | "lead" | "plan" | "commentary";

function partOf(header: string): Part | undefined {
  const key = headerKey(header);
  if (key === "") return undefined;
  if (ACTION_HEADER.test(key)) return "action";
  if (PLAN_HEADER.test(key)) return "plan";
  if (LEAD_HEADER.test(key)) return "lead";
  if (PROGRESS_HEADER.test(key)) return "commentary";
  const role = classifyHeader(header)?.role;
  switch (role) {
    case "rag":
      return "rag";
    case "id":
      return "ref";
    case "name":
      return "action";
    case "owner":
      return "lead";
    case "commentary":
      return "commentary";
    case "priority":
    case "outcome":
    case "portfolio":
      return "plan";
    default:
      return undefined;
  }
}

function headerColumns(grid: SheetGrid, row: number): Partial<Record<Part, number>> | undefined {
  const found: Partial<Record<Part, number>> = {};
  for (let column = 0; column < grid.columnCount; column++) {
    const value = grid.value(row, column);
    if (typeof value !== "string") continue;
    const part = partOf(value);
    if (part !== undefined && found[part] === undefined) found[part] = column;
  }
  return found.action !== undefined && found.rag !== undefined ? found : undefined;
}

/**
 * Reads a sheet as an action plan: the first of its top rows that names an action column
 * (Action, Recommendation, Action point…) and a RAG column (RAG, Status, RAG rating…) is the
 * header; each later row with an action or a RAG is an action; a row with text in its first
 * cell only is a section title, naming the plan of the actions below it.
 * Bad input: a sheet without such a header, or with no action under it, gives undefined.
 * Never throws.
 * @example readActionPlan(sheetOf([["Recommendation", "Lead", "RAG"], ["Train staff", "HR", "Amber"]]))?.actions[0]?.status // "Amber"
 */
export function readActionPlan(sheet: SheetSnapshot): ActionPlan | undefined {
  const grid = readSheetGrid(sheet);
  const name = typeof sheet?.name === "string" ? sheet.name : "";
  for (let headerRow = 0; headerRow < Math.min(HEADER_SCAN_ROWS, grid.rowCount); headerRow++) {
    const columns = headerColumns(grid, headerRow);
    if (columns === undefined) continue;
    const at = (row: number, column: number | undefined): string =>
      column === undefined ? "" : cellText(grid.value(row, column)).trim();
    const actions: ActionRow[] = [];
    let section = "";
    for (let row = headerRow + 1; row < grid.rowCount; row++) {
      const filled: number[] = [];
      for (let column = 0; column < grid.columnCount; column++)
        if (!isBlank(grid.value(row, column))) filled.push(column);
      if (filled.length === 0) continue;
      const action = at(row, columns.action);
      const typed = at(row, columns.rag);
      // A lone text left of the actions, or in the action column of a plan that numbers its
      // actions (the number is missing), is a section title.
      const lone = filled.length === 1 && typed === "" ? filled[0]! : undefined;
      if (
        lone !== undefined &&
        (lone < columns.action! || action === "" || (lone === columns.action && columns.ref !== undefined))
      ) {
        section = cellText(grid.value(row, filled[0]!)).trim();
        continue;
      }
      if (action === "" && typed === "") continue;
      actions.push({
        row,
        ref: at(row, columns.ref),
        action,
        lead: at(row, columns.lead),
        plan: at(row, columns.plan) || section || name,
        status: actionStatus(typed),
        typed,
        commentary: at(row, columns.commentary),
      });
    }
    if (actions.length === 0) return undefined;
    return { sheet: name, columns: columns as ActionPlan["columns"], headerRow, actions };
  }
  return undefined;
}
