import { cellAddress, parseRange } from "../core/a1";
import type { Finding, Severity } from "../core/validation/findings";
import { HIGHLIGHT_FILLS, MAX_HIGHLIGHTED_CELLS } from "./limits";

/**
 * Deciding which finding cells to colour and which to restore. Pure: highlights.ts loads and
 * writes; this module only compares.
 *
 * Each highlighted cell is remembered with the fill it had before (or null for none) and the
 * colour we gave it, in the workbook setting "scorecardKit.highlights". A cell whose fill is no
 * longer our colour has been recoloured by the user since: it is theirs again and left alone.
 */

/** A cell's fill as Office.js reports it (RangeFill color, pattern and patternColor; pattern: ExcelApi 1.9). */
export interface CellFill {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string;
}

/** One highlighted cell, as saved in the workbook setting. */
export interface SavedHighlight {
  readonly sheet: string;
  readonly address: string;
  /** The fill before we coloured it; null when it had none (pattern "None"). */
  readonly previous: CellFill | null;
  /** The colour we gave it. */
  readonly colour: string;
}

/** A cell a finding asks to colour. */
export interface HighlightTarget {
  readonly sheet: string;
  readonly address: string;
  readonly colour: string;
}

/** The highlight colour for a severity: errors and fatal findings red, warnings amber, info none. */
export function highlightColour(severity: Severity): string | undefined {
  if (severity === "fatal" || severity === "error") return HIGHLIGHT_FILLS.error;
  if (severity === "warning") return HIGHLIGHT_FILLS.warning;
  return undefined;
}

/** Sheet and address as one key, ignoring case (Excel compares sheet names ignoring case). */
export function cellKey(sheet: string, address: string): string {
  return `${sheet.toLowerCase()}!${address.toUpperCase()}`;
}

/**
 * The cells to colour for some findings: one per cell, the most severe colour winning; findings
 * without a sheet or cell, info findings and addresses that are not one cell are skipped.
 * At most `limit` cells (MAX_HIGHLIGHTED_CELLS), red ones first.
 *
 * @example highlightTargets([{ severity: "warning", sheet: "Q1", cell: "c5", ... }]) // [{ sheet: "Q1", address: "C5", colour: "#FFEB9C" }]
 */
export function highlightTargets(
  findings: readonly Finding[],
  limit = MAX_HIGHLIGHTED_CELLS,
): HighlightTarget[] {
  const targets = new Map<string, HighlightTarget>();
  for (const finding of findings) {
    const colour = highlightColour(finding.severity);
    if (colour === undefined || finding.sheet === "" || finding.cell === "") continue;
    const bounds = parseRange(finding.cell);
    if (bounds === undefined || bounds.top !== bounds.bottom || bounds.left !== bounds.right) continue;
    const address = cellAddress(bounds.top, bounds.left);
    const key = cellKey(finding.sheet, address);
    const known = targets.get(key);
    if (known === undefined || (known.colour !== HIGHLIGHT_FILLS.error && colour === HIGHLIGHT_FILLS.error)) {
      targets.set(key, { sheet: finding.sheet, address, colour });
    }
  }
  const all = [...targets.values()];
  if (all.length <= limit) return all;
  const errorsFirst = [
    ...all.filter((t) => t.colour === HIGHLIGHT_FILLS.error),
    ...all.filter((t) => t.colour !== HIGHLIGHT_FILLS.error),
  ];
  return errorsFirst.slice(0, Math.max(0, limit));
}

const isText = (v: unknown): v is string => typeof v === "string";

function parseFill(value: unknown): CellFill | null | undefined {
  if (value === null) return null;
  if (typeof value !== "object" || value === undefined) return undefined;
  const f = value as Record<string, unknown>;
  return isText(f.color) && isText(f.pattern) && isText(f.patternColor)
    ? { color: f.color, pattern: f.pattern, patternColor: f.patternColor }
    : undefined;
}

/**
 * The saved highlights from the setting's JSON text. Entries that do not have the expected shape
 * are dropped; text that is not JSON gives [].
 *
 * @example parseSavedHighlights('[{"sheet":"Q1","address":"C5","previous":null,"colour":"#FFC7CE"}]').length // 1
 */
export function parseSavedHighlights(text: string | undefined): SavedHighlight[] {
  if (text === undefined || text === "") return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return []; // not ours to understand: start afresh rather than fail the pane
  }
  if (!Array.isArray(parsed)) return [];
  const saved: SavedHighlight[] = [];
  for (const entry of parsed as unknown[]) {
    if (typeof entry !== "object" || entry === null) continue;
    const e = entry as Record<string, unknown>;
    const previous = parseFill(e.previous);
    if (!isText(e.sheet) || !isText(e.address) || !isText(e.colour) || previous === undefined) continue;
    saved.push({ sheet: e.sheet, address: e.address, previous, colour: e.colour });
  }
  return saved;
}

/** True when the cell still shows the solid colour we gave it. */
export function stillOurs(current: CellFill, colour: string): boolean {
  return current.pattern === "Solid" && current.color.toUpperCase() === colour.toUpperCase();
}

export interface HighlightActions {
  /** Cells to colour. */
  readonly paint: readonly HighlightTarget[];
  /** Cells to give back their previous fill (null: clear the fill). */
  readonly restore: readonly {
    readonly sheet: string;
    readonly address: string;
    readonly previous: CellFill | null;
  }[];
  /** What the setting should hold afterwards. */
  readonly saved: readonly SavedHighlight[];
}

/**
 * What to do, given what was saved, what the findings ask for now (pass [] to clear) and the
 * current fill of every cell involved (keyed by cellKey; cells on sheets that are gone are absent).
 *
 * - saved and still our colour: repaint if a finding still points at it (keeping the original
 *   previous fill), else restore the previous fill;
 * - saved but recoloured by the user, or on a sheet that is gone: forget it, touch nothing;
 * - newly targeted: remember its current fill ("None" pattern -> null) and paint it.
 */
export function planHighlights(
  saved: readonly SavedHighlight[],
  targets: readonly HighlightTarget[],
  currentFills: ReadonlyMap<string, CellFill>,
): HighlightActions {
  const paint: HighlightTarget[] = [];
  const restore: { sheet: string; address: string; previous: CellFill | null }[] = [];
  const kept: SavedHighlight[] = [];
  const wanted = new Map(targets.map((t) => [cellKey(t.sheet, t.address), t]));
  const handled = new Set<string>();
  for (const entry of saved) {
    const key = cellKey(entry.sheet, entry.address);
    if (handled.has(key)) continue;
    handled.add(key);
    const current = currentFills.get(key);
    if (current === undefined || !stillOurs(current, entry.colour)) continue;
    const target = wanted.get(key);
    if (target === undefined) {
      restore.push({ sheet: entry.sheet, address: entry.address, previous: entry.previous });
    } else {
      paint.push(target);
      kept.push({ ...entry, colour: target.colour });
    }
  }
  const keptKeys = new Set(kept.map((k) => cellKey(k.sheet, k.address)));
  for (const target of targets) {
    const key = cellKey(target.sheet, target.address);
    if (keptKeys.has(key)) continue;
    const current = currentFills.get(key);
    if (current === undefined) continue;
    paint.push(target);
    kept.push({
      sheet: target.sheet,
      address: target.address,
      previous: current.pattern === "None" ? null : current,
      colour: target.colour,
    });
  }
  return { paint, restore, saved: kept };
}
