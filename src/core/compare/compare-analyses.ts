/**
 * What changed between two analysed workbooks (last quarter's and this quarter's): the first
 * question at every committee. Indicators are paired through the catalogue, as validation
 * matches them: by catalogue id when both rows matched one, else by the sheet's id or name.
 */
import type { Indicator } from "../catalogue/types";
import { cellAddress, sheetAddress } from "../a1";
import { columnFor } from "../layout/layout-queries";
import type { SheetLayout } from "../layout/types";
import { normalizeId, normalizeName } from "../matching";
import { describeValue, type AnalysedIndicator, type WorkbookAnalysis } from "../validation";
import type { Direction, RagStatus } from "../words";

export const CHANGE_KINDS = [
  "New Red",
  "RAG changed",
  "Direction turned",
  "Target changed",
  "Added",
  "Dropped",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One change between the files, with what it was, what it is and where each lives. */
export interface IndicatorChange {
  readonly kind: ChangeKind;
  readonly id: string;
  readonly name: string;
  readonly outcomeArea: string;
  /** "Green", "Improving", "90%"; "" for an added indicator. */
  readonly previous: string;
  /** "Amber", "Worsening", "95%"; "" for a dropped indicator. */
  readonly current: string;
  /** The values behind the change: "92% → 87%, target 90%". */
  readonly detail: string;
  /** Sheet-qualified cells, "Scorecard!F5"; "" when the file has no such row (or the catalogue holds the target). */
  readonly previousCell: string;
  readonly currentCell: string;
}

const COLOURS: readonly RagStatus[] = ["Green", "Amber", "Red"];
const JUDGED_DIRECTIONS: readonly Direction[] = ["Improving", "Worsening", "No change", "Up", "Down"];

/** The key two rows share when they are the same indicator. */
function pairingKey(i: AnalysedIndicator): string {
  if (i.indicator) return `catalogue:${normalizeId(i.indicator.id)}`;
  if (i.id !== "") return `id:${normalizeId(i.id)}`;
  return `name:${normalizeName(i.name)}`;
}

/** Where an indicator's figures sit in its file. */
interface Places {
  readonly value: string;
  readonly target: string;
  readonly rag: string;
}

function placesOf(i: AnalysedIndicator, layouts: ReadonlyMap<string, SheetLayout>): Places {
  const layout = layouts.get(i.sheet);
  const at = (column: number | undefined): string =>
    column === undefined ? "" : sheetAddress(i.sheet, cellAddress(i.row, column));
  const figure = i.figures.find((f) => f.period === i.period);
  const value = at(figure?.column);
  const ragColumn = layout ? columnFor(layout, "rag")?.column : undefined;
  const targetColumn = layout ? columnFor(layout, "target")?.column : undefined;
  return { value, target: at(targetColumn), rag: ragColumn === undefined ? value : at(ragColumn) };
}

function layoutsOf(analysis: WorkbookAnalysis): Map<string, SheetLayout> {
  const map = new Map<string, SheetLayout>();
  for (const result of analysis.layouts)
    if (result.kind === "scorecard") map.set(result.layout.sheet, result.layout);
  return map;
}

const shown = (value: number | null, indicator: Indicator | undefined): string =>
  value === null ? "no figure" : describeValue(value, indicator);

/** "92% (Q1)" */
const valueAt = (i: AnalysedIndicator): string =>
  `${shown(i.value, i.indicator)}${i.period ? ` (${i.period})` : ""}`;

const sameNumber = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The changes from `previous` to `current`, in the order of the current file's rows (dropped
 * indicators last, in the previous file's order). One indicator can have several rows: its
 * colour and its target may both change. A colour change into Red is a "New Red".
 * Rows that appear more than once with the same key are paired in order of appearance.
 * Source: issue 12. Bad input: none; two empty analyses give [].
 * @example compareAnalyses(q1, q2) // [{ kind: "RAG changed", previous: "Green", current: "Amber", … }]
 */
export function compareAnalyses(previous: WorkbookAnalysis, current: WorkbookAnalysis): IndicatorChange[] {
  const before = new Map<string, AnalysedIndicator[]>();
  for (const i of previous.indicators) {
    const key = pairingKey(i);
    before.set(key, [...(before.get(key) ?? []), i]);
  }
  const [oldLayouts, newLayouts] = [layoutsOf(previous), layoutsOf(current)];
  const changes: IndicatorChange[] = [];
  for (const now of current.indicators) {
    const candidates = before.get(pairingKey(now));
    const then = candidates?.shift();
    const newPlaces = placesOf(now, newLayouts);
    const about = { id: now.id, name: now.name, outcomeArea: now.outcomeArea };
    if (!then) {
      changes.push({
        kind: "Added",
        ...about,
        previous: "",
        current: now.rag,
        detail: `${valueAt(now)}; not in the previous file`,
        previousCell: "",
        currentCell: newPlaces.value,
      });
      continue;
    }
    const oldPlaces = placesOf(then, oldLayouts);
    if (then.rag !== now.rag && (COLOURS.includes(then.rag) || COLOURS.includes(now.rag))) {
      const target = now.target === null ? "" : `, target ${shown(now.target, now.indicator)}`;
      changes.push({
        kind: now.rag === "Red" ? "New Red" : "RAG changed",
        ...about,
        previous: then.rag,
        current: now.rag,
        detail: `${valueAt(then)} → ${valueAt(now)}${target}`,
        previousCell: oldPlaces.rag,
        currentCell: newPlaces.rag,
      });
    }
    if (
      then.direction !== now.direction &&
      JUDGED_DIRECTIONS.includes(then.direction) &&
      JUDGED_DIRECTIONS.includes(now.direction)
    ) {
      changes.push({
        kind: "Direction turned",
        ...about,
        previous: then.direction,
        current: now.direction,
        detail: `${valueAt(then)} → ${valueAt(now)}`,
        previousCell: oldPlaces.value,
        currentCell: newPlaces.value,
      });
    }
    if (!sameNumber(then.target, now.target)) {
      changes.push({
        kind: "Target changed",
        ...about,
        previous: then.target === null ? "no target" : shown(then.target, then.indicator),
        current: now.target === null ? "no target" : shown(now.target, now.indicator),
        detail: oldPlaces.target === "" && newPlaces.target === "" ? "the catalogue's target" : "",
        previousCell: oldPlaces.target,
        currentCell: newPlaces.target,
      });
    }
  }
  for (const left of before.values())
    for (const then of left)
      changes.push({
        kind: "Dropped",
        id: then.id,
        name: then.name,
        outcomeArea: then.outcomeArea,
        previous: then.rag,
        current: "",
        detail: `${valueAt(then)}; not in the current file`,
        previousCell: placesOf(then, oldLayouts).value,
        currentCell: "",
      });
  return changes;
}
