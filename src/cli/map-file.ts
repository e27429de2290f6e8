/**
 * The --map file: reading it (a missing file, text that is not JSON and a bad mapping each say
 * so, with the place), and reporting its entries that matched nothing as `map/unused` findings.
 */
import * as path from "path";
import { cleanHeader, readLayoutOverrides, type LayoutOverrides, type LayoutResult } from "../core/layout";
import { unusedOverrides, type UnusedOverride } from "../core/layout";
import { FINDING_MESSAGES, makeFinding, type Finding } from "../core/validation";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { readInputFile } from "./io";
import { CLI_MESSAGES } from "./messages";

/** A mapping file as read: the overrides, and the line of each sheet name and rule key in it. */
export interface MapFile {
  readonly file: string;
  readonly overrides: LayoutOverrides;
  readonly keys: readonly KeyPosition[];
}

export type MapFileRead =
  { readonly ok: true; readonly map: MapFile } | { readonly ok: false; readonly message: string };

/** Where an object key sits in a JSON text: its path of keys, and its 1-based line and column. */
export interface KeyPosition {
  readonly path: readonly string[];
  readonly line: number;
  readonly column: number;
}

/** Reads and checks a --map file. Never throws. */
export function readMapFile(file: string): MapFileRead {
  const read = readInputFile(file);
  if (!read.ok) {
    if (read.problem === "missing")
      return { ok: false, message: CLI_MESSAGES.mapNotFound(file, path.resolve(file)) };
    return { ok: false, message: CLI_MESSAGES.mapUnreadable(file, read.reason) };
  }
  const text = new TextDecoder("utf-8").decode(read.data).replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(
      /\s*\(line \d+ column \d+\)$/,
      "",
    );
    const position = /at position (\d+)/.exec(detail);
    const at = lineAndColumn(text, position ? Number(position[1]) : text.length);
    return {
      ok: false,
      message: CLI_MESSAGES.mapNotJson(file, detail, CLI_MESSAGES.lineAndColumn(at.line, at.column)),
    };
  }
  const overrides = readLayoutOverrides(json);
  if (!overrides.ok) return { ok: false, message: CLI_MESSAGES.mapProblems(file, overrides.problems) };
  return { ok: true, map: { file, overrides: overrides.overrides, keys: keyPositions(text) } };
}

/**
 * One `map/unused` warning per mapping entry that matched nothing in the workbook, naming the
 * entry, its line in the mapping file, and the closest sheet name or header.
 */
export function mapFindings(
  map: MapFile,
  workbook: WorkbookSnapshot,
  layouts: readonly LayoutResult[],
): Finding[] {
  return unusedOverrides(workbook, map.overrides, layouts).map((unused) => findingFor(unused, map));
}

function findingFor(unused: UnusedOverride, map: MapFile): Finding {
  const sheetKey = map.keys
    .filter((k) => k.path.length === 2 && k.path[0] === "sheets" && k.path[1]?.trim() === unused.mapSheet)
    .pop();
  if (unused.kind === "sheet") {
    const where = placeIn(map.file, sheetKey);
    return makeFinding(
      "map/unused",
      {},
      FINDING_MESSAGES.mapUnusedSheet(unused.mapSheet, where, unused.closest, unused.sheets),
      {
        actual: unused.mapSheet,
        ...(unused.closest !== undefined ? { expected: unused.closest } : {}),
      },
    );
  }
  const ruleKey = map.keys
    .filter(
      (k) =>
        k.path.length === 3 &&
        k.path[0] === "sheets" &&
        k.path[1]?.trim() === unused.mapSheet &&
        cleanHeader(k.path[2] ?? "") === unused.key,
    )
    .pop();
  const where = placeIn(map.file, ruleKey);
  const scope =
    unused.mapSheet.trim() === "*"
      ? 'for every sheet ("*")'
      : `on sheet "${unused.sheet ?? unused.mapSheet}"`;
  const place =
    unused.sheet !== undefined
      ? { sheet: unused.sheet, ...(unused.row !== undefined ? { row: unused.row } : {}) }
      : {};
  if (unused.kind === "column") {
    return makeFinding(
      "map/unused",
      place,
      FINDING_MESSAGES.mapUnusedColumn(unused.key, scope, where, unused.lastColumn),
      { actual: unused.key },
    );
  }
  return makeFinding(
    "map/unused",
    place,
    FINDING_MESSAGES.mapUnusedHeader(unused.key, scope, where, unused.closest, unused.headers),
    {
      actual: unused.key,
      ...(unused.closest !== undefined ? { expected: unused.closest } : {}),
    },
  );
}

function placeIn(file: string, key: KeyPosition | undefined): string {
  return key === undefined ? file : CLI_MESSAGES.mapPlace(file, key.line);
}

/** 1-based line and column of a 0-based offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1] ?? "").length + 1 };
}

/**
 * Every object key in a JSON text with its path and 1-based line and column. The text must be
 * valid JSON (it has been parsed already); array elements appear in paths as "".
 *
 * @example keyPositions('{\n  "sheets": { "Q2": {} }\n}')
 * // [{ path: ["sheets"], line: 2, column: 3 }, { path: ["sheets", "Q2"], line: 2, column: 15 }]
 */
export function keyPositions(text: string): KeyPosition[] {
  const found: KeyPosition[] = [];
  const stack: { object: boolean; key: string; expectKey: boolean }[] = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      line++;
      lineStart = i + 1;
    } else if (ch === "{" || ch === "[") {
      stack.push({ object: ch === "{", key: "", expectKey: ch === "{" });
    } else if (ch === "}" || ch === "]") {
      stack.pop();
    } else if (ch === ",") {
      const top = stack[stack.length - 1];
      if (top?.object) top.expectKey = true;
    } else if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        top.key = key;
        top.expectKey = false;
        found.push({
          path: [...stack.slice(0, -1).map((frame) => frame.key), key],
          line,
          column: i - lineStart + 1,
        });
      }
      i = end;
    }
  }
  return found;
}
