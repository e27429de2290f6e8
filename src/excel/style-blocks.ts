import { cellAddress, formatRange, type CellRange } from "../core/a1";
import type { PlannedCell, PlannedSheet } from "../core/summary/plan";
import { ExcelAdapterError } from "./errors";
import { EXCEL_MESSAGES } from "./messages";
import { hexColourDigits } from "../core/workbook/excel-rules";

/**
 * Fill, font colour and bold of a planned sheet as few rectangles as simply found, so a header
 * row is one `format` call, not eight. Pure.
 */

export interface CellStyle {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: true;
  readonly wrap?: true;
}

/** A rectangle of cells with one style (CellRange: zero-based, inclusive). */
export interface StyleBlock extends CellRange {
  /** A1 address of the block, e.g. "A8:G8". */
  readonly address: string;
  readonly style: CellStyle;
}

function styleOf(cell: PlannedCell | null | undefined, where: () => string): CellStyle | undefined {
  if (cell === null || cell === undefined) return undefined;
  const style: { fill?: string; fontColor?: string; bold?: true; wrap?: true } = {};
  if (cell.fill !== undefined) style.fill = checkedColour(cell.fill, where);
  if (cell.fontColor !== undefined) style.fontColor = checkedColour(cell.fontColor, where);
  if (cell.bold === true) style.bold = true;
  if (cell.wrap === true) style.wrap = true;
  return style.fill === undefined &&
    style.fontColor === undefined &&
    style.bold === undefined &&
    style.wrap === undefined
    ? undefined
    : style;
}

function checkedColour(colour: string, where: () => string): string {
  const digits = hexColourDigits(colour);
  if (digits === undefined)
    throw new ExcelAdapterError("invalid-plan", EXCEL_MESSAGES.invalidColour(where(), String(colour)));
  return `#${digits}`;
}

function keyOf(style: CellStyle): string {
  return `${style.fill ?? ""}|${style.fontColor ?? ""}|${style.bold === true ? "b" : ""}|${style.wrap === true ? "w" : ""}`;
}

/**
 * Groups styled cells into rectangles: runs of neighbouring cells with the same style in a row,
 * then runs with the same columns and style in consecutive rows merged into one block.
 * Unstyled cells are left out (a new sheet has no formatting to undo).
 *
 * Bad input: a colour not written #RRGGBB throws ExcelAdapterError("invalid-plan") naming the cell,
 * before anything is written to the workbook.
 *
 * @example styleBlocks({ name: "S", cells: [[{ value: "a", bold: true }, { value: "b", bold: true }]] })
 *   // [{ top: 0, left: 0, bottom: 0, right: 1, address: "A1:B1", style: { bold: true } }]
 */
export function styleBlocks(sheet: PlannedSheet): StyleBlock[] {
  const done: StyleBlock[] = [];
  // Blocks still growing downwards, keyed by "left:right:style".
  let open = new Map<string, StyleBlock>();
  sheet.cells.forEach((row, r) => {
    const runs: { left: number; right: number; style: CellStyle }[] = [];
    row.forEach((cell, c) => {
      const style = styleOf(cell, () => `${sheet.name}!${cellAddress(r, c)}`);
      if (style === undefined) return;
      const last = runs[runs.length - 1];
      if (last !== undefined && last.right === c - 1 && keyOf(last.style) === keyOf(style)) last.right = c;
      else runs.push({ left: c, right: c, style });
    });
    const next = new Map<string, StyleBlock>();
    for (const run of runs) {
      const key = `${run.left}:${run.right}:${keyOf(run.style)}`;
      const above = open.get(key);
      const top = above?.top ?? r;
      if (above !== undefined) open.delete(key);
      next.set(key, { top, left: run.left, bottom: r, right: run.right, address: "", style: run.style });
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done
    .map((b) => ({ ...b, address: formatRange(b) }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}
