import { cellAddress } from "../../../core/a1/cell-address";
import { parseRange, type CellRange } from "../../../core/a1/parse-range";
import { addInFunctionsIn } from "../../../core/formulas";
import { displayFormula, shiftFormula, usesAnyName } from "./formula-text";
import { freezeMessages } from "./messages";
import type { FreezeProblem } from "./types";
import {
  attributeValue,
  findElement,
  unescapeXml,
  withAttributeValue,
  withoutAttribute,
  type FoundElement,
} from "./xml-text";

/**
 * Freezing inside one worksheet part (SpreadsheetML CT_Worksheet, ECMA-376 Part 1, 18.3.1):
 * a `<c>` cell whose formula is to be frozen loses its `<f>` element and keeps its cached `<v>`.
 * Everything else in the part keeps its exact characters.
 */

export interface SheetFreezeOptions {
  /** The worksheet's name, for the problems reported. */
  readonly sheetName: string;
  /** Freeze every formula, not only those that call the add-in's functions. */
  readonly allFormulas?: boolean;
  /** Defined names (upper case) that call the add-in's functions: formulas using them count too. */
  readonly addInNames?: ReadonlySet<string>;
}

export interface SheetFreezeResult {
  /** The part's new text; the very same string when nothing changed. */
  readonly xml: string;
  /** Cells whose formula was replaced by its value. */
  readonly frozen: number;
  /** Cells that should have been frozen but were kept, in document order. */
  readonly kept: readonly FreezeProblem[];
}

/** A `<c>` element as found in the part. */
interface CellElement {
  /** Where the whole element starts and ends (exclusive) in the part. */
  readonly start: number;
  readonly end: number;
  /** The namespace prefix with its colon ("x:"), or "". */
  readonly prefix: string;
  /** The start tag's attribute text, exactly as written. */
  readonly attributes: string;
  /** The text between the start and end tags ("" for an empty-element tag). */
  readonly content: string;
  /** The end tag exactly as written ("" for an empty-element tag). */
  readonly endTag: string;
  /** The value of t (the cell's type), "n" when absent. */
  readonly type: string;
  readonly row: number;
  readonly column: number;
}

interface FormulaCell extends CellElement {
  readonly formula: FoundElement;
  /** The f element's t: "normal", "shared", "array" or "dataTable". */
  readonly formulaType: string;
  /** The formula text, unescaped ("" for a shared formula's other cells and data tables). */
  readonly text: string;
}

/**
 * A row's start tag, or a whole cell: `<row …>`, `<c …/>` or `<c …>…</c>`, with any prefix.
 * Groups: 1 prefix, 2 the row's attributes, 3 the cell's attributes, 4 its content, 5 its end tag.
 */
const ROW_OR_CELL =
  /<((?:[A-Za-z_][\w.-]*:)?)(?:row(?=[\s/>])([^>]*)>|c(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)(<\/\1c\s*>)))/g;
const SHEET_DATA = /<((?:[A-Za-z_][\w.-]*:)?)sheetData(?=[\s/>])[^>]*?(\/?)>/;

/**
 * Freezes the formulas of one worksheet part's text. A cell is frozen when its formula calls
 * the add-in's functions (or always, with allFormulas) and it holds a usable cached value;
 * otherwise it keeps its formula and is reported. A shared formula is frozen only when every
 * cell of the group can be. Never throws on odd XML: what it cannot read it leaves alone.
 *
 * @example
 * freezeSheetXml('<worksheet><sheetData><row r="5"><c r="E5" t="str"><f>KPI.RAG(D5,C5)</f><v>Green</v></c></row></sheetData></worksheet>', { sheetName: "Q2" }).xml
 * // '<worksheet><sheetData><row r="5"><c r="E5" t="inlineStr"><is><t xml:space="preserve">Green</t></is></c></row></sheetData></worksheet>'
 */
export function freezeSheetXml(xml: string, options: SheetFreezeOptions): SheetFreezeResult {
  const { formulas, strings } = scanCells(xml);
  if (formulas.length === 0) return { xml, frozen: 0, kept: [] };

  const names = options.addInNames ?? new Set<string>();
  const callsAddIn = (text: string): boolean => addInFunctionsIn(text).length > 0 || usesAnyName(text, names);
  const isTarget = (text: string, formulaType: string): boolean =>
    options.allFormulas === true || (formulaType !== "dataTable" && callsAddIn(text));

  const groups = sharedGroups(formulas);
  const toFreeze: FormulaCell[] = [];
  const kept: { at: number; problem: FreezeProblem }[] = [];
  const report = (cell: FormulaCell, text: string, why: ValueProblem, sharedFormula?: string): void => {
    kept.push({ at: cell.start, problem: problemFor(cell, text, why, options.sheetName, sharedFormula) });
  };

  for (const cell of formulas) {
    if (cell.formulaType === "shared" && attributeValue(cell.formula.attributes, "si") !== undefined)
      continue;
    if (!isTarget(cell.text, cell.formulaType)) continue;
    const why = valueProblem(cell);
    if (why === undefined) toFreeze.push(cell);
    else report(cell, cell.text, why);
  }
  for (const group of groups.values()) {
    const master = group.master;
    const masterText = master?.text ?? "";
    if (!isTarget(masterText, "shared")) continue;
    const problems = group.members.map((cell) => ({ cell, why: valueProblem(cell) }));
    if (problems.every(({ why }) => why === undefined)) {
      for (const cell of group.members) toFreeze.push(cell);
      continue;
    }
    const range = (master && attributeValue(master.formula.attributes, "ref")) ?? rangeOf(group.members);
    for (const { cell, why } of problems) {
      if (why === undefined) continue;
      const text = master ? shiftFormula(masterText, cell.row - master.row, cell.column - master.column) : "";
      report(cell, text, why, range);
    }
  }
  // Shared formulas were looked at after the other cells: report in document order.
  kept.sort((a, b) => a.at - b.at);
  if (toFreeze.length === 0) return { xml, frozen: 0, kept: kept.map((k) => k.problem) };

  const edits: { start: number; end: number; text: string }[] = toFreeze.map((cell) => ({
    start: cell.start,
    end: cell.end,
    text: frozenCell(cell),
  }));
  for (const edit of arrayMembersToInline(toFreeze, strings)) edits.push(edit);
  edits.sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of edits) {
    pieces.push(xml.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  pieces.push(xml.slice(at));
  return { xml: pieces.join(""), frozen: toFreeze.length, kept: kept.map((k) => k.problem) };
}

/**
 * Every cell with a formula, and every `t="str"` cell without one (a string result inside an
 * array formula's range), in document order. Cells without `r` take their place from the
 * order of rows and cells, as the schema allows.
 */
function scanCells(xml: string): { formulas: FormulaCell[]; strings: CellElement[] } {
  const formulas: FormulaCell[] = [];
  const strings: CellElement[] = [];
  const sheetData = SHEET_DATA.exec(xml);
  if (sheetData === null || sheetData[2] === "/") return { formulas, strings };
  const dataEnd = xml.lastIndexOf(`</${sheetData[1] ?? ""}sheetData`);
  if (dataEnd < 0) return { formulas, strings };

  const pattern = new RegExp(ROW_OR_CELL.source, "g");
  pattern.lastIndex = sheetData.index + sheetData[0].length;
  let row = -1;
  let column = -1;
  for (let match = pattern.exec(xml); match !== null && match.index < dataEnd; match = pattern.exec(xml)) {
    const rowAttributes = match[2];
    if (rowAttributes !== undefined) {
      const r = attributeValue(rowAttributes, "r");
      row = r === undefined ? row + 1 : Number(r) - 1;
      column = -1;
      continue;
    }
    const attributes = match[3] ?? "";
    const position = packedPosition(rAttribute(attributes));
    if (position < 0) column += 1;
    else {
      row = Math.floor(position / COLUMNS);
      column = position % COLUMNS;
    }
    const content = match[4];
    // Most cells hold a number or a shared-string index: no "f" anywhere, nothing to look at.
    const formula = content === undefined || !content.includes("f") ? undefined : findElement(content, "f");
    const type = attributes.includes("t") ? (attributeValue(attributes, "t") ?? "n") : "n";
    if (formula === undefined && type !== "str") continue;
    const cell: FormulaCell = {
      start: match.index,
      end: match.index + match[0].length,
      prefix: match[1] ?? "",
      attributes,
      content: content ?? "",
      endTag: match[5] ?? "",
      type,
      row,
      column,
      formula: formula ?? NO_FORMULA,
      formulaType: formula === undefined ? "" : (attributeValue(formula.attributes, "t") ?? "normal"),
      text: formula === undefined ? "" : unescapeXml(formula.content ?? ""),
    };
    if (formula !== undefined) formulas.push(cell);
    else strings.push(cell);
  }
  return { formulas, strings };
}

/** Stands in for the `<f>` of a text cell without a formula (never used). */
const NO_FORMULA: FoundElement = { start: 0, end: 0, prefix: "", attributes: "", content: undefined };

/** The value of a cell's r: read directly when it comes first, as Excel writes it. */
function rAttribute(attributes: string): string | undefined {
  if (attributes.startsWith(' r="')) {
    const end = attributes.indexOf('"', 4);
    if (end > 0) return attributes.slice(4, end);
  }
  return attributeValue(attributes, "r");
}

const A = 65;
const Z = 90;
const LOWER_CASE = 32;
const ZERO = 48;
const NINE = 57;
/** Columns in Excel's grid (A to XFD): a row and a column packed in one number. */
const COLUMNS = 16384;

/**
 * "D5" -> row 4 * COLUMNS + column 3: a fast path for the `r` of every cell that allocates
 * nothing; -1 when absent or not an A1 reference.
 */
function packedPosition(reference: string | undefined): number {
  if (reference === undefined) return -1;
  let column = 0;
  let at = 0;
  for (; at < reference.length; at += 1) {
    let code = reference.charCodeAt(at);
    if (code > Z) code -= LOWER_CASE;
    if (code < A || code > Z) break;
    column = column * 26 + (code - A + 1);
  }
  if (at === 0 || at > 3 || at === reference.length || column > COLUMNS) return -1;
  let row = 0;
  for (; at < reference.length; at += 1) {
    const code = reference.charCodeAt(at);
    if (code < ZERO || code > NINE) return -1;
    row = row * 10 + (code - ZERO);
  }
  return row >= 1 ? (row - 1) * COLUMNS + (column - 1) : -1;
}

interface SharedGroup {
  /** The cell holding the formula text (with `ref`), when the part has it. */
  master?: FormulaCell;
  readonly members: FormulaCell[];
}

/** Cells of shared formulas, by their `si`. */
function sharedGroups(formulas: readonly FormulaCell[]): Map<string, SharedGroup> {
  const groups = new Map<string, SharedGroup>();
  for (const cell of formulas) {
    if (cell.formulaType !== "shared") continue;
    const si = attributeValue(cell.formula.attributes, "si");
    if (si === undefined) continue;
    let group = groups.get(si);
    if (group === undefined) {
      group = { members: [] };
      groups.set(si, group);
    }
    group.members.push(cell);
    if (group.master === undefined && cell.text.trim() !== "") group.master = cell;
  }
  return groups;
}

/** The smallest range holding every cell ("D5:D9"), for a group whose first cell is missing. */
function rangeOf(cells: readonly CellElement[]): string {
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  for (const cell of cells) {
    top = Math.min(top, cell.row);
    bottom = Math.max(bottom, cell.row);
    left = Math.min(left, cell.column);
    right = Math.max(right, cell.column);
  }
  const first = cellAddress(top, left);
  const last = cellAddress(bottom, right);
  return first === last ? first : `${first}:${last}`;
}

type ValueProblem =
  { readonly kind: "no-value" } | { readonly kind: "name-error" | "error-value"; readonly value: string };

/**
 * Why a cell's cached value cannot stand in for its formula, or undefined when it can. An
 * empty `<v>` is no value, except for a text result (`t="str"`), where it is the empty text.
 */
function valueProblem(cell: CellElement): ValueProblem | undefined {
  if (cell.type === "inlineStr") return findElement(cell.content, "is") ? undefined : { kind: "no-value" };
  const v = findElement(cell.content, "v");
  if (v === undefined) return { kind: "no-value" };
  const text = v.content ?? "";
  if (cell.type === "e") {
    const error = unescapeXml(text).trim();
    if (error === "") return { kind: "no-value" };
    return { kind: error.toUpperCase() === "#NAME?" ? "name-error" : "error-value", value: error };
  }
  if (cell.type === "str") return undefined;
  return text.trim() === "" ? { kind: "no-value" } : undefined;
}

function problemFor(
  cell: FormulaCell,
  text: string,
  why: ValueProblem,
  sheet: string,
  sharedFormula: string | undefined,
): FreezeProblem {
  const functions = addInFunctionsIn(text);
  const shared = sharedFormula === undefined ? "" : freezeMessages.sharedGroup(sharedFormula);
  const base = {
    sheet,
    cell: cellAddress(cell.row, cell.column),
    formula: formulaShown(cell, text),
    ...(sharedFormula === undefined ? {} : { sharedFormula }),
  };
  switch (why.kind) {
    case "name-error":
      return {
        kind: why.kind,
        ...base,
        value: why.value,
        problem: freezeMessages.nameError(functions) + shared,
        action: freezeMessages.nameErrorAction(functions),
      };
    case "error-value":
      return {
        kind: why.kind,
        ...base,
        value: why.value,
        problem: freezeMessages.errorValue(why.value) + shared,
        action: freezeMessages.errorValueAction(),
      };
    case "no-value":
      return {
        kind: why.kind,
        ...base,
        problem: freezeMessages.noValue() + shared,
        action: freezeMessages.noValueAction(),
      };
  }
}

/** The formula as Excel shows it; a data table as {=TABLE(row input, column input)}. */
function formulaShown(cell: FormulaCell, text: string): string {
  if (cell.formulaType === "dataTable") {
    const r1 = unescapeXml(attributeValue(cell.formula.attributes, "r1") ?? "");
    const r2 = unescapeXml(attributeValue(cell.formula.attributes, "r2") ?? "");
    return `{=TABLE(${r1},${r2})}`;
  }
  return displayFormula(text);
}

/**
 * The cell without its formula: `<f>` removed, `cm` (dynamic-array metadata) removed, and a
 * text result turned into an inline string, since `t="str"` means "a formula's text".
 */
function frozenCell(cell: FormulaCell): string {
  const content = cell.content.slice(0, cell.formula.start) + cell.content.slice(cell.formula.end);
  const attributes = cell.attributes.includes("cm")
    ? withoutAttribute(cell.attributes, "cm")
    : cell.attributes;
  return cellText(cell, attributes, content);
}

function cellText(cell: CellElement, attributes: string, content: string): string {
  if (cell.type !== "str") return `<${cell.prefix}c${attributes}>${content}${cell.endTag}`;
  const v = findElement(content, "v");
  if (v === undefined) return `<${cell.prefix}c${attributes}>${content}${cell.endTag}`;
  const p = cell.prefix;
  const inline = `<${p}is><${p}t xml:space="preserve">${v.content ?? ""}</${p}t></${p}is>`;
  return (
    `<${p}c${withAttributeValue(attributes, "t", "inlineStr")}>` +
    content.slice(0, v.start) +
    inline +
    content.slice(v.end) +
    cell.endTag
  );
}

/**
 * Text results in the other cells of frozen array formulas and data tables: without the formula
 * around them, they become inline strings too.
 */
function arrayMembersToInline(
  frozen: readonly FormulaCell[],
  strings: readonly CellElement[],
): { start: number; end: number; text: string }[] {
  if (strings.length === 0) return [];
  const ranges: CellRange[] = [];
  for (const cell of frozen) {
    if (cell.formulaType !== "array" && cell.formulaType !== "dataTable") continue;
    const range = parseRange(attributeValue(cell.formula.attributes, "ref") ?? "");
    if (range !== undefined) ranges.push(range);
  }
  if (ranges.length === 0) return [];
  const inside = (cell: CellElement): boolean =>
    ranges.some(
      (r) => cell.row >= r.top && cell.row <= r.bottom && cell.column >= r.left && cell.column <= r.right,
    );
  return strings
    .filter((cell) => cell.content !== "" && inside(cell))
    .map((cell) => ({
      start: cell.start,
      end: cell.end,
      text: cellText(cell, cell.attributes, cell.content),
    }));
}
