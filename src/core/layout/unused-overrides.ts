import { columnLetter } from "../a1/column-letter";
import { nameSimilarity, normalizeName } from "../matching";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { cleanHeader } from "./clean-header";
import { overrideKey, ruleKey } from "./layout-overrides";
import { isBlank, readSheetGrid } from "./sheet-grid";
import { HEADER_SCAN_ROWS } from "./types";
import type { LayoutOverrides, LayoutResult } from "./types";

/**
 * Least similarity (as `nameSimilarity` of the normalised texts) for a sheet name or header
 * to be offered as "did you mean": half the letters the same. Lower than the catalogue's
 * NEAR_MATCH_THRESHOLD (0.8) because the choice is among a handful of sheets or headers, and
 * a shortened header ("Progress" for "Progress Summary", 0.5) is a likely slip.
 */
export const CLOSEST_TEXT_THRESHOLD = 0.5;

/** A mapping-file entry that changed nothing, and what it could have meant. */
export type UnusedOverride =
  /** A sheet name that no sheet of the workbook has. */
  | {
      readonly kind: "sheet";
      readonly mapSheet: string;
      readonly sheets: readonly string[];
      readonly closest?: string;
    }
  /**
   * A header key that no column has: on the named sheet (`sheet`; `row` is its zero-based
   * header row when the sheet is a scorecard), or, for "*", on any scorecard sheet.
   */
  | {
      readonly kind: "header";
      readonly mapSheet: string;
      readonly key: string;
      readonly sheet?: string;
      readonly row?: number;
      readonly headers: readonly string[];
      readonly closest?: string;
    }
  /** A column letter beyond the sheet's last column (`lastColumn`, a letter; "" for a blank sheet). */
  | {
      readonly kind: "column";
      readonly mapSheet: string;
      readonly key: string;
      readonly sheet?: string;
      readonly row?: number;
      readonly lastColumn: string;
    };

/** The header texts a sheet offers to a rule, and how many columns it has. */
interface SheetTargets {
  readonly sheet: string;
  /** Zero-based header row of a scorecard sheet. */
  readonly row?: number;
  /** Header texts as shown (for messages), and their keys (for matching). */
  readonly headers: readonly string[];
  readonly keys: ReadonlySet<string>;
  readonly columnCount: number;
}

/**
 * Lists the entries of a layout override (mapping) file that matched nothing in a workbook,
 * so a typing slip is reported instead of silently giving the same result as no mapping:
 * - a sheet name that is not a sheet of the workbook (compared as `rulesForSheet` does:
 *   trimmed, ignoring case), with the closest sheet name;
 * - a rule whose key is neither a header of that sheet nor a column letter inside it, with the
 *   closest header. On a scorecard sheet the headers are those of its detected header row
 *   (lower row, and group and lower row, as `ruleForColumn` compares them); on a sheet that is
 *   not a scorecard even with the mapping, any text in the first HEADER_SCAN_ROWS rows counts.
 *   A "*" rule is unused when it matches no column on any scorecard sheet (on any sheet when
 *   none is a scorecard).
 * Closest: the highest `nameSimilarity` of the normalised texts, if at least
 * CLOSEST_TEXT_THRESHOLD; ties go to the first in sheet or column order.
 *
 * Bad input: a missing workbook, overrides or layouts count as empty; never throws.
 *
 * @example unusedOverrides(workbook, { sheets: { "Scorecard Q9": { C: { role: "name" } } } }, layouts)
 * // [{ kind: "sheet", mapSheet: "Scorecard Q9", sheets: ["Scorecard Q2", "Notes"], closest: "Scorecard Q2" }]
 */
export function unusedOverrides(
  workbook: WorkbookSnapshot,
  overrides: LayoutOverrides | undefined,
  layouts: readonly LayoutResult[],
): UnusedOverride[] {
  const sheets = Array.isArray(workbook?.sheets) ? workbook.sheets : [];
  const mapped =
    overrides !== undefined && typeof overrides?.sheets === "object" && overrides.sheets !== null
      ? overrides.sheets
      : {};
  const results = Array.isArray(layouts) ? layouts : [];
  const targets = sheets.map((sheet) =>
    sheetTargets(
      sheet,
      results.find((r) => (r.kind === "scorecard" ? r.layout.sheet : r.sheet) === sheet.name),
    ),
  );
  const scorecardTargets = targets.filter((t) => t.row !== undefined);
  const unused: UnusedOverride[] = [];

  for (const [mapSheet, rules] of Object.entries(mapped)) {
    const keys = Object.keys(typeof rules === "object" && rules !== null ? rules : {});
    if (mapSheet.trim() === "*") {
      const everywhere = scorecardTargets.length > 0 ? scorecardTargets : targets;
      for (const key of keys) {
        if (everywhere.some((t) => keyUsed(key, t))) continue;
        const headers = unique(everywhere.flatMap((t) => t.headers));
        unused.push(withClosest({ kind: "header", mapSheet, key, headers }, key, headers));
      }
      continue;
    }
    const target = targets.find((t) => t.sheet.trim().toLowerCase() === mapSheet.trim().toLowerCase());
    if (target === undefined) {
      const names = sheets.map((s) => s.name);
      unused.push(withClosest({ kind: "sheet", mapSheet, sheets: names }, mapSheet, names));
      continue;
    }
    for (const key of keys) {
      if (keyUsed(key, target)) continue;
      const read = ruleKey(key);
      const place = { sheet: target.sheet, ...(target.row !== undefined ? { row: target.row } : {}) };
      // "$C" and a single letter ("H") mean a column; a longer word ("RAG", "ID") most likely a header.
      if (read.forcedLetter || /^[a-z]$/.test(read.key))
        unused.push({
          kind: "column",
          mapSheet,
          key,
          ...place,
          lastColumn: columnLetter(target.columnCount - 1),
        });
      else
        unused.push(
          withClosest(
            { kind: "header", mapSheet, key, ...place, headers: target.headers },
            key,
            target.headers,
          ),
        );
    }
  }
  return unused;
}

/** A rule key names a column of the sheet: a header it has, or a column letter inside it. */
function keyUsed(key: string, target: SheetTargets): boolean {
  const read = ruleKey(key);
  if (!read.forcedLetter && target.keys.has(read.key)) return true;
  return read.letterColumn !== undefined && read.letterColumn < target.columnCount;
}

function sheetTargets(
  sheet: WorkbookSnapshot["sheets"][number],
  result: LayoutResult | undefined,
): SheetTargets {
  const grid = readSheetGrid(sheet);
  const headers: string[] = [];
  const keys = new Set<string>();
  const add = (text: string): void => {
    if (text === "") return;
    keys.add(overrideKey(text));
    if (!headers.includes(text)) headers.push(text);
  };
  if (result?.kind === "scorecard") {
    for (const column of result.layout.columns) {
      add(column.header);
      if (column.group !== undefined && column.header !== "")
        keys.add(overrideKey(`${column.group} ${column.header}`));
    }
    const row = result.layout.headerRows[result.layout.headerRows.length - 1] ?? 0;
    return { sheet: sheet.name, row, headers, keys, columnCount: grid.columnCount };
  }
  for (let row = 0; row < Math.min(HEADER_SCAN_ROWS, grid.rowCount); row++) {
    for (let column = 0; column < grid.columnCount; column++) {
      const value = grid.value(row, column);
      if (!isBlank(value)) add(cleanHeader(value, grid.numberFormat(row, column)));
    }
  }
  return { sheet: sheet.name, headers, keys, columnCount: grid.columnCount };
}

function withClosest<T extends UnusedOverride>(entry: T, text: string, candidates: readonly string[]): T {
  const found = closestText(text, candidates);
  return found === undefined ? entry : { ...entry, closest: found };
}

/**
 * The candidate most like `text` (normalised as indicator names are, then `nameSimilarity`),
 * if at least CLOSEST_TEXT_THRESHOLD alike; the first on a tie.
 *
 * Bad input: no candidates give undefined; non-text normalises to "" (like nothing else).
 *
 * @example closestText("Scorecard Q9", ["Notes", "Scorecard Q2"]) // "Scorecard Q2"
 * @example closestText("Nonexistent header", ["ID", "Q1"]) // undefined
 */
export function closestText(text: string, candidates: readonly string[]): string | undefined {
  const wanted = normalizeName(text);
  let best: string | undefined;
  let bestScore = CLOSEST_TEXT_THRESHOLD;
  for (const candidate of candidates) {
    const score = nameSimilarity(wanted, normalizeName(candidate));
    if (score > bestScore || (best === undefined && score >= bestScore)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}
