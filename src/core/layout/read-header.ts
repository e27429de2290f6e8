import { columnLetter } from "../a1/column-letter";
import { cleanHeader } from "./clean-header";
import { decideColumn } from "./decide-column";
import type { LowerCellKind } from "./decide-column";
import { overrideKey, ruleForColumn } from "./layout-overrides";
import type { SheetRules } from "./layout-overrides";
import { parsePeriod } from "./parse-period";
import type { SheetGrid } from "./sheet-grid";
import type { ColumnLayout, ColumnRole } from "./types";

/** Score weights for choosing the header row (see `readHeader`). */
export const HEADER_SCORE = {
  /** Each column whose header we recognise. */
  recognised: 1,
  /** Each header cell of unknown text: data rows are full of them, header rows are not. */
  unknownText: -0.5,
  /** Each recognised column under a merged group cell, or whose meaning the group cell decided. */
  groupUsed: 0.25,
} as const;

/** One way of reading one or two rows as the header. */
export interface HeaderReading {
  /** Zero-based: [lower] or [group, lower]. */
  readonly rows: readonly number[];
  readonly columns: readonly ColumnLayout[];
  readonly score: number;
  /** Lower-row cells recognised on their own, and of unknown text (qualifies two-row readings). */
  readonly lowerKnown: number;
  readonly lowerUnknown: number;
  readonly hasNameOrId: boolean;
  readonly hasPeriod: boolean;
}

interface RawColumn {
  readonly column: number;
  readonly header: string;
  readonly group?: string;
  readonly role: ColumnRole;
  readonly period?: string;
  readonly qualifier?: string;
  readonly overridden: boolean;
  readonly lowerKind: LowerCellKind;
  readonly usedGroup: boolean;
  /** The group cell is a merged area over this and a neighbouring column. */
  readonly groupSpans: boolean;
  readonly ruleByHeader: boolean;
}

/**
 * Reads one row as the header, with the row above as its group row when `groupRow` is given,
 * applies the override rules, and scores the reading: recognised columns count
 * +1, header cells of unknown text -0.5, recognised columns under a merged group cell or
 * decided by the group cell +0.25, so a real group row is kept in `headerRows`. Column-letter
 * overrides decide columns but do not add to the score (they say nothing about which row
 * is the header).
 *
 * Bad input: rows outside the grid read as blank, giving an empty reading with score 0.
 *
 * @example readHeader(grid, 0, undefined, { own: [], everySheet: [] }).columns // one entry per non-blank header cell
 */
export function readHeader(
  grid: SheetGrid,
  lowerRow: number,
  groupRow: number | undefined,
  rules: SheetRules,
): HeaderReading {
  const cells: { column: number; lower: string; group: string }[] = [];
  for (let column = 0; column < grid.columnCount; column++) {
    const lower = cleanHeader(grid.value(lowerRow, column), grid.numberFormat(lowerRow, column));
    let group =
      groupRow === undefined
        ? ""
        : cleanHeader(grid.value(groupRow, column), grid.numberFormat(groupRow, column));
    if (group !== "" && groupRow !== undefined && sameSource(grid, groupRow, lowerRow, column)) group = "";
    cells.push({ column, lower, group });
  }
  const headersPresent = new Set<string>();
  for (const cell of cells) for (const key of headerKeys(cell.lower, cell.group)) headersPresent.add(key);

  const raw: RawColumn[] = [];
  for (const { column, lower, group } of cells) {
    const header = lower !== "" ? lower : group;
    const hit = ruleForColumn(rules, column, headerKeys(lower, group), headersPresent);
    if (header === "" && hit === undefined) continue;
    const decision = decideColumn(lower, group);
    const groupSpans = groupRow !== undefined && group !== "" && spansNeighbour(grid, groupRow, column);
    const base = {
      column,
      header,
      ...(lower !== "" && group !== "" ? { group } : {}),
      lowerKind: decision.lowerKind,
      usedGroup: decision.usedGroup,
      groupSpans,
    };
    if (hit !== undefined) {
      const role = hit.decision.role;
      const period =
        role === "period" || role === "trajectory"
          ? (hit.decision.period ?? parsePeriod(header) ?? (header !== "" ? header : columnLetter(column)))
          : undefined;
      raw.push({
        ...base,
        role,
        ...(period !== undefined ? { period } : {}),
        overridden: true,
        ruleByHeader: hit.byHeader,
      });
    } else {
      const meaning = decision.meaning;
      raw.push({
        ...base,
        role: meaning?.role ?? "ignore",
        ...(meaning?.period !== undefined ? { period: meaning.period } : {}),
        ...(decision.qualifier !== undefined ? { qualifier: decision.qualifier } : {}),
        overridden: false,
        ruleByHeader: false,
      });
    }
  }

  let score = 0;
  let lowerKnown = 0;
  let lowerUnknown = 0;
  for (const col of raw) {
    const lowerIsHeader =
      col.lowerKind === "known" || (col.overridden && col.ruleByHeader && col.lowerKind !== "blank");
    if (lowerIsHeader) lowerKnown++;
    else if (col.lowerKind === "unknown") lowerUnknown++;
    if (col.overridden) {
      if (col.ruleByHeader && col.role !== "ignore") score += HEADER_SCORE.recognised;
      continue;
    }
    if (col.role !== "ignore") score += HEADER_SCORE.recognised;
    else if (col.lowerKind === "unknown") score += HEADER_SCORE.unknownText;
    if (col.role !== "ignore" && (col.usedGroup || col.groupSpans)) score += HEADER_SCORE.groupUsed;
  }

  const columns = planColumns(tellRepeatedPeriodsApart(raw));
  return {
    rows: groupRow === undefined ? [lowerRow] : [groupRow, lowerRow],
    columns,
    score,
    lowerKnown,
    lowerUnknown,
    hasNameOrId: columns.some((c) => c.role === "name" || c.role === "id"),
    hasPeriod: columns.some((c) => c.role === "period" || c.role === "trajectory" || c.role === "baseline"),
  };
}

/** Roles whose columns keep the period their header names. */
const DATED_ROLES: readonly ColumnRole[] = ["period", "target", "baseline", "trajectory"];

/**
 * A plan's trajectory: when the header has a baseline column or two or more year-labelled
 * targets ("2007/8 Target", "2008/9 Target"), those targets are the trajectory ("trajectory"
 * columns, each with its period). A single "Target 2012/13" stays the row's target.
 */
function planColumns(columns: readonly ColumnLayout[]): ColumnLayout[] {
  const datedTargets = columns.filter((c) => c.role === "target" && c.period !== undefined && !c.overridden);
  const isPlan = columns.some((c) => c.role === "baseline") || datedTargets.length >= 2;
  return columns.map((c) => {
    if (c.role !== "target" || c.period === undefined || c.overridden) return c;
    if (isPlan) return { ...c, role: "trajectory" };
    return {
      column: c.column,
      role: c.role,
      header: c.header,
      ...(c.group !== undefined ? { group: c.group } : {}),
    };
  });
}

function sameSource(grid: SheetGrid, upperRow: number, lowerRow: number, column: number): boolean {
  const upper = grid.source(upperRow, column);
  const lower = grid.source(lowerRow, column);
  return upper.row === lower.row && upper.column === lower.column;
}

function spansNeighbour(grid: SheetGrid, row: number, column: number): boolean {
  const here = grid.source(row, column);
  return [column - 1, column + 1].some((c) => {
    if (c < 0 || c >= grid.columnCount) return false;
    const there = grid.source(row, c);
    return there.row === here.row && there.column === here.column;
  });
}

function headerKeys(lower: string, group: string): string[] {
  const keys: string[] = [];
  if (lower !== "") keys.push(overrideKey(lower));
  if (group !== "") keys.push(overrideKey(lower !== "" ? `${group} ${lower}` : group));
  return keys;
}

/** "Q1" under "2011/12" and "Q1" under "2012/13" become "Q1 2011/12" and "Q1 2012/13". */
function tellRepeatedPeriodsApart(raw: readonly RawColumn[]): ColumnLayout[] {
  const counts = new Map<string, number>();
  for (const col of raw)
    if (col.role === "period" && col.period !== undefined)
      counts.set(col.period, (counts.get(col.period) ?? 0) + 1);
  return raw.map((col) => {
    let period = col.period;
    if (
      period !== undefined &&
      !col.overridden &&
      col.qualifier !== undefined &&
      (counts.get(period) ?? 0) > 1
    )
      period = `${period} ${col.qualifier}`;
    return {
      column: col.column,
      role: col.role,
      header: col.header,
      ...(col.group !== undefined ? { group: col.group } : {}),
      ...(DATED_ROLES.includes(col.role) && period !== undefined ? { period } : {}),
      ...(col.overridden ? { overridden: true } : {}),
    };
  });
}
