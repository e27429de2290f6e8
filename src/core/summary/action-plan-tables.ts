import type { ActionPlan, ActionRow, ActionStatus } from "../action-plan/read-action-plan";
import type { PlannedCell, PlannedTable } from "./plan";
import { header, label, longText, userText, type Row } from "./planned-cells";
import { RAG_COLOURS } from "./rag-colours";

/** The columns of the action counts, in this order; "Not a RAG word" only when some cell has one. */
const COUNTED: readonly ActionStatus[] = ["Red", "Amber", "Green", "Done", "Not rated"];

/** Where the tables go: the summary sheet's rows and tables as they are built. */
interface Sheet {
  readonly rows: Row[];
  readonly tables: PlannedTable[];
}

const statusCell = (status: ActionStatus, bold = false): PlannedCell =>
  status === "Red" || status === "Amber" || status === "Green"
    ? { value: status, fill: RAG_COLOURS[status].fill, fontColor: RAG_COLOURS[status].font, bold }
    : { value: status, bold };

function countsTable(
  sheet: Sheet,
  title: string,
  key: string,
  groupTitle: string,
  actions: readonly ActionRow[],
  groupOf: (a: ActionRow) => string,
  statuses: readonly ActionStatus[],
): void {
  const { rows, tables } = sheet;
  rows.push([label(title, { bold: true })]);
  const top = rows.length;
  rows.push([...header([groupTitle]), ...statuses.map((s) => statusCell(s, true)), ...header(["Total"])]);
  const groups = [...new Set(actions.map(groupOf))];
  const row = (name: string, members: readonly ActionRow[], bold: boolean): Row => [
    label(name, { bold, asText: true }),
    ...statuses.map((s) => ({ value: members.filter((a) => a.status === s).length, bold })),
    { value: members.length, bold },
  ];
  for (const group of groups)
    rows.push(
      row(
        group,
        actions.filter((a) => groupOf(a) === group),
        false,
      ),
    );
  rows.push(row("All actions", actions, true));
  tables.push({ key, row: top, column: 0, rowCount: rows.length - top, columnCount: statuses.length + 2 });
  rows.push([]);
}

/**
 * The action-plan roll-up on the Scorecard Summary (issue 13): actions counted by RAG per plan
 * and per lead (Blue and Complete count as Done), then every Red action and every Amber action
 * without commentary. Nothing when there are no plans.
 */
export function addActionPlanTables(sheet: Sheet, plans: readonly ActionPlan[]): void {
  const actions = plans.flatMap((p) => p.actions);
  if (actions.length === 0) return;
  const statuses: ActionStatus[] = [
    ...COUNTED,
    ...(actions.some((a) => a.status === "Not a RAG word") ? (["Not a RAG word"] as const) : []),
  ];
  countsTable(
    sheet,
    "Action plans: RAG by plan",
    "actions-by-plan",
    "Plan",
    actions,
    (a) => a.plan,
    statuses,
  );
  countsTable(
    sheet,
    "Action plans: RAG by lead",
    "actions-by-lead",
    "Lead",
    actions,
    (a) => a.lead || "(no lead)",
    statuses,
  );
  const { rows, tables } = sheet;
  rows.push([label("Red actions, and Amber actions without commentary", { bold: true })]);
  const top = rows.length;
  rows.push(header(["Plan", "Ref", "Action", "Lead", "RAG", "Commentary"]));
  const listed = actions.filter((a) => a.status === "Red" || (a.status === "Amber" && a.commentary === ""));
  for (const a of listed)
    rows.push([
      userText(a.plan),
      userText(a.ref),
      longText(a.action),
      userText(a.lead),
      statusCell(a.status),
      longText(a.commentary),
    ]);
  if (listed.length === 0) rows.push([label("None: no Red actions, and every Amber action has commentary.")]);
  tables.push({
    key: "actions-to-discuss",
    row: top,
    column: 0,
    rowCount: rows.length - top,
    columnCount: 6,
  });
}
