import type { CellValue } from "../../../core/cells/cell-value";
import type { SheetSnapshot } from "../../../core/workbook/snapshot";
import type { Styles } from "./parts";
import {
  addressOf,
  MAX_COLUMNS,
  MAX_ROWS,
  parseCellRef,
  parseRangeRef,
  slideFormula,
  type CellRef,
  type RangeRef,
} from "./refs";
import {
  decodeAttribute,
  endsName,
  localName,
  TAG_CDATA,
  TAG_CLOSE,
  TAG_END,
  TAG_OPEN,
  XmlScanner,
} from "./xml-scan";

/**
 * One worksheet part, read as it inflates: the text is handed over in chunks (push), each
 * complete `<row>` is sliced out and scanned on its own (scanning one huge string with a single
 * indexOf loop got ~200x slower once V8 optimised it), and the cell limit is checked after every
 * row. What is kept per row is sparse until finish() builds the rectangular grids.
 *
 * The cell rules follow exceljs 4.4 (lib/xlsx/xform/sheet/cell-xform.js, row.js, worksheet.js)
 * and cellValueFromExcelJs, so the snapshot matches readWorkbookSnapshot's; see index.ts for the
 * few deliberate differences.
 */

/** Thrown when the grids so far already pass the cell limit; `rowNumber` (1-based) is the row that passed it. */
export class CellLimitError extends Error {
  constructor(
    readonly cellCount: number,
    readonly rowNumber?: number,
  ) {
    super(`cell limit passed at ${cellCount} cells`);
  }
}

/** Thrown for a structure Excel could not have written (a row 0, an impossible reference). */
export class MalformedSheetError extends Error {}

export interface SheetContext {
  readonly styles: Styles;
  readonly sharedStrings: readonly (string | null)[];
  readonly date1904: boolean;
  /** The most cells this sheet's grid may have (the limit less the earlier sheets' cells). */
  readonly cellBudget: number;
}

/** A cell that counts for the used range but shows as blank (a formula without result, a covered merged cell). */
const COUNTED_NULL = Object.freeze({ countedNull: true });
type Stored = CellValue | typeof COUNTED_NULL;
/** In `blanks`: a `<c>` with neither value nor style (exceljs drops it). */
const BARE = null;

interface RowStore {
  /** The number format of the row's own style (`<row s=>`), used by covered merged cells exceljs creates. */
  readonly format: string | undefined;
  /** Cells that count for the used range, by column - 1 (holes elsewhere). */
  readonly values: Stored[];
  formats: (string | undefined)[] | undefined;
  formulas: (string | undefined)[] | undefined;
  /** Styled blank cells (their number format) and bare cells (BARE), by column. */
  blanks: Map<number, string | undefined | null> | undefined;
}

interface SharedMaster {
  readonly formula: string | undefined;
  readonly at: CellRef;
}

interface ColumnStyle {
  readonly min: number;
  readonly max: number;
  readonly format: string | undefined;
}

/**
 * The most text kept while waiting for the end of something: the part before <sheetData>, one
 * row, or the part after </sheetData>. Real ones are far smaller (a row of 16,384 cells of 200
 * characters is 3 MB); past this the part is reported malformed rather than eating memory.
 */
const MAX_PENDING_CHARACTERS = 64 * 1024 * 1024;

const enum Phase {
  Head,
  Rows,
  Tail,
}

const enum Capture {
  None,
  Value,
  Formula,
  RunText,
}

/** exceljs utils.excelToDate. */
export function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** exceljs utils.xmlDecode: t="str" text is decoded a second time. */
function xmlDecodeAgain(text: string): string {
  if (text.indexOf("&") === -1) return text;
  return text.replace(/&([a-z]*);/g, (entity) => {
    switch (entity) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return entity;
    }
  });
}

/** A t="d" cell (ISO 8601, no zone meaning the workbook's clock): a Date on the same UTC footing as serials. */
function isoDate(text: string): Date {
  const trimmed = text.trim();
  const hasZone = /(?:[zZ]|[+-]\d\d:?\d\d)$/.test(trimmed);
  const dateOnly = /^\d{4}-\d\d-\d\d$/.test(trimmed);
  return new Date(hasZone || dateOnly ? trimmed : `${trimmed}Z`);
}

/** cellValueFromExcelJs's hyperlinkText of a hyperlinked cell's former value. */
function hyperlinkText(value: Stored): string {
  if (value === null || value === undefined || value === COUNTED_NULL) return "";
  if (typeof value === "string") return value;
  return String(value);
}

export class SheetReader {
  private phase = Phase.Head;
  private buffer = "";
  private pos = 0;
  /** In the head: where to resume looking for <sheetData>. */
  private headSearchFrom = 0;
  private prefix = "";
  private rowOpen = "<row";
  private rowClose = "</row>";
  private sheetDataClose = "</sheetData>";
  private names = { c: "c", v: "v", f: "f", is: "is", t: "t", r: "r", rPh: "rPh", rPr: "rPr" };
  private readonly rows = new Map<number, RowStore>();
  private readonly masters = new Map<string, SharedMaster>();
  private columnStyles: ColumnStyle[] = [];
  private lastRowNumber = 0;
  private maxRow = 0;
  private maxColumn = 0;
  private blankCount = 0;
  private readonly maxBlanks: number;

  constructor(
    private readonly name: string,
    private readonly context: SheetContext,
  ) {
    this.maxBlanks = Math.max(1_000_000, context.cellBudget * 2);
  }

  push(text: string): void {
    this.buffer = this.pos === 0 ? this.buffer + text : this.buffer.slice(this.pos) + text;
    this.pos = 0;
    if (this.phase === Phase.Head) this.readHead(false);
    if (this.phase === Phase.Rows) this.readRows();
    if (this.buffer.length - this.pos > MAX_PENDING_CHARACTERS) {
      const where = ["before <sheetData>", "in one row", "after </sheetData>"][this.phase];
      throw new MalformedSheetError(`more than ${MAX_PENDING_CHARACTERS / 1024 / 1024} MB of text ${where}`);
    }
  }

  finish(hyperlinkRelationships: ReadonlySet<string>): { sheet: SheetSnapshot; cellCount: number } {
    if (this.phase === Phase.Head) this.readHead(true);
    if (this.phase === Phase.Rows) {
      this.readRows();
      if (this.buffer.slice(this.pos).trim() !== "")
        throw new MalformedSheetError("the sheet data is cut off");
    }
    const tail = this.phase === Phase.Tail ? this.buffer.slice(this.pos) : "";
    this.buffer = "";
    const { merges, hyperlinks } = this.readTail(tail, hyperlinkRelationships);
    for (const ref of hyperlinks) this.applyHyperlink(ref);
    const mergeRanges = this.applyMerges(merges);
    return this.build(mergeRanges);
  }

  // ------------------------------------------------------------------------------------------
  // Head: the root element's prefix and <cols>.

  private readHead(final: boolean): void {
    const pattern = /<([A-Za-z_][\w.-]*:)?sheetData[\s/>]/g;
    pattern.lastIndex = this.headSearchFrom;
    const match = pattern.exec(this.buffer);
    if (match === null) {
      // Resume a little before the end next time: the tag may be split between chunks.
      this.headSearchFrom = Math.max(0, this.buffer.length - 256);
      if (final) {
        this.checkRoot(this.buffer);
        this.phase = Phase.Tail;
        this.pos = this.buffer.length;
      }
      return;
    }
    const head = this.buffer.slice(0, match.index);
    this.checkRoot(head);
    this.setPrefix(match[1] ?? "");
    this.readColumns(head);
    const gt = this.buffer.indexOf(">", match.index);
    if (gt === -1) {
      if (final) throw new MalformedSheetError("the <sheetData> tag is cut off");
      return;
    }
    this.pos = gt + 1;
    this.phase = this.buffer.charCodeAt(gt - 1) === 47 ? Phase.Tail : Phase.Rows;
  }

  private checkRoot(head: string): void {
    const scanner = new XmlScanner(head);
    for (let kind = scanner.next(); kind !== TAG_END; kind = scanner.next()) {
      if (kind !== TAG_OPEN) continue;
      if (localName(scanner.name) !== "worksheet") {
        throw new MalformedSheetError(`the part starts with <${scanner.name}>, not <worksheet>`);
      }
      return;
    }
    throw new MalformedSheetError("the part has no <worksheet> element");
  }

  private setPrefix(prefix: string): void {
    this.prefix = prefix;
    this.rowOpen = `<${prefix}row`;
    this.rowClose = `</${prefix}row>`;
    this.sheetDataClose = `</${prefix}sheetData>`;
    this.names = {
      c: `${prefix}c`,
      v: `${prefix}v`,
      f: `${prefix}f`,
      is: `${prefix}is`,
      t: `${prefix}t`,
      r: `${prefix}r`,
      rPh: `${prefix}rPh`,
      rPr: `${prefix}rPr`,
    };
  }

  private styleFormat(styleText: string | undefined): string | undefined {
    if (!styleText) return undefined;
    const id = parseInt(styleText, 10);
    return id && this.context.styles.exists[id] ? this.context.styles.formats[id] : undefined;
  }

  private readColumns(head: string): void {
    const scanner = new XmlScanner(head);
    const col = `${this.prefix}col`;
    for (let kind = scanner.next(); kind !== TAG_END; kind = scanner.next()) {
      if (kind !== TAG_OPEN || scanner.name !== col) continue;
      const min = parseInt(scanner.attr("min") ?? "", 10);
      const max = parseInt(scanner.attr("max") ?? "", 10);
      const format = this.styleFormat(scanner.attr("style"));
      if (min > 0 && max >= min && format !== undefined) this.columnStyles.push({ min, max, format });
    }
    this.columnStyles.sort((a, b) => a.min - b.min);
  }

  private columnFormat(column: number): string | undefined {
    for (const style of this.columnStyles) {
      if (style.min <= column && column <= style.max) return style.format;
    }
    return undefined;
  }

  // ------------------------------------------------------------------------------------------
  // Rows.

  private readRows(): void {
    const buffer = this.buffer;
    const rowOpen = this.rowOpen;
    const rowClose = this.rowClose;
    let pos = this.pos;
    for (;;) {
      const lt = buffer.indexOf("<", pos);
      if (lt === -1) {
        pos = buffer.length;
        break;
      }
      if (buffer.startsWith(rowOpen, lt) && endsName(buffer.charCodeAt(lt + rowOpen.length))) {
        const gt = buffer.indexOf(">", lt);
        if (gt === -1) {
          pos = lt;
          break;
        }
        if (buffer.charCodeAt(gt - 1) === 47) {
          this.readRow(buffer.slice(lt, gt + 1));
          pos = gt + 1;
          continue;
        }
        const close = buffer.indexOf(rowClose, gt);
        if (close === -1) {
          pos = lt;
          break;
        }
        const end = close + rowClose.length;
        this.readRow(buffer.slice(lt, end));
        pos = end;
        continue;
      }
      if (buffer.startsWith(this.sheetDataClose, lt)) {
        this.phase = Phase.Tail;
        pos = lt + this.sheetDataClose.length;
        break;
      }
      const skipTo = buffer.startsWith("<!--", lt) ? buffer.indexOf("-->", lt) : buffer.indexOf(">", lt);
      if (skipTo === -1) {
        pos = lt;
        break;
      }
      pos = skipTo + 1;
    }
    this.pos = pos;
  }

  private readRow(xml: string): void {
    const scanner = new XmlScanner(xml);
    scanner.next();
    const rowText = scanner.attr("r");
    let rowNumber: number;
    if (rowText === undefined) {
      rowNumber = this.lastRowNumber + 1; // as Excel does: a row without r follows the previous one
    } else {
      rowNumber = /^\s*[+-]?\d+\s*$/.test(rowText) ? parseInt(rowText, 10) : NaN;
      if (!(rowNumber >= 1)) throw new MalformedSheetError(`a row is numbered "${rowText}"`);
    }
    if (rowNumber > MAX_ROWS)
      throw new MalformedSheetError(`a row is numbered ${rowNumber}, beyond row 1,048,576`);
    this.lastRowNumber = rowNumber;
    const row: RowStore = {
      format: this.styleFormat(scanner.attr("s")),
      values: [],
      formats: undefined,
      formulas: undefined,
      blanks: undefined,
    };
    // exceljs keeps the last <row> with a given number.
    this.rows.set(rowNumber, row);
    if (!scanner.selfClosing) this.readCells(scanner, row, rowNumber);

    const values = row.values;
    let length = values.length;
    while (length > 0 && values[length - 1] === undefined) length -= 1;
    values.length = length;
    if (length > 0) {
      if (rowNumber > this.maxRow) this.maxRow = rowNumber;
      if (length > this.maxColumn) this.maxColumn = length;
      const area = this.maxRow * this.maxColumn;
      if (area > this.context.cellBudget) throw new CellLimitError(area, rowNumber);
    }
  }

  private readCells(scanner: XmlScanner, row: RowStore, rowNumber: number): void {
    const names = this.names;
    const { styles, sharedStrings, date1904 } = this.context;
    let previousColumn = 0;
    let inCell = false;
    let ref: string | undefined;
    let styleId = 0;
    let type: string | undefined;
    let valueText: string | undefined;
    let formulaText: string | undefined;
    let formulaType: string | undefined;
    let formulaRef: string | undefined;
    let formulaSi: string | undefined;
    let runs: string[] | undefined;
    let runText: string | undefined;
    let inRun = false;
    let skipDepth = 0;
    let capture = Capture.None;
    const cellAttributes: CellAttributes = { r: undefined, s: undefined, t: undefined };

    for (let kind = scanner.next(); kind !== TAG_END; kind = scanner.next()) {
      if (capture !== Capture.None) {
        let text = scanner.textEnd > scanner.textStart ? scanner.text() : "";
        if (kind === TAG_CDATA) text += scanner.cdata();
        if (text !== "") {
          if (capture === Capture.Value) valueText = valueText ? valueText + text : text;
          else if (capture === Capture.Formula) formulaText = formulaText ? formulaText + text : text;
          else runText = (runText ?? "") + text;
        }
      }
      if (kind === TAG_OPEN) {
        if (scanner.is(names.c)) {
          inCell = true;
          readCellAttributes(scanner, cellAttributes);
          ref = cellAttributes.r;
          const s = cellAttributes.s;
          styleId = s ? parseInt(s, 10) : 0;
          type = cellAttributes.t;
          valueText = formulaText = formulaType = formulaRef = formulaSi = undefined;
          runs = runText = undefined;
          inRun = false;
          skipDepth = 0;
          capture = Capture.None;
          if (!scanner.selfClosing) continue;
        } else if (!inCell) {
          continue;
        } else if (skipDepth > 0 || scanner.is(names.rPh) || scanner.is(names.rPr)) {
          if (!scanner.selfClosing) skipDepth += 1;
          continue;
        } else if (scanner.is(names.v)) {
          if (!scanner.selfClosing) capture = Capture.Value;
          continue;
        } else if (scanner.is(names.f)) {
          formulaType = scanner.attr("t");
          formulaRef = scanner.attr("ref");
          formulaSi = scanner.attr("si");
          if (!scanner.selfClosing) capture = Capture.Formula;
          continue;
        } else if (scanner.is(names.r)) {
          inRun = !scanner.selfClosing;
          runText = undefined;
          if (scanner.selfClosing) (runs ??= []).push("");
          continue;
        } else if (scanner.is(names.t)) {
          if (!scanner.selfClosing) capture = inRun ? Capture.RunText : Capture.Value;
          else if (inRun) runText = "";
          continue;
        } else {
          continue;
        }
      } else if (kind === TAG_CLOSE) {
        if (!inCell) continue;
        if (skipDepth > 0) {
          skipDepth -= 1;
          continue;
        }
        if (scanner.is(names.v) || scanner.is(names.f) || scanner.is(names.t)) {
          capture = Capture.None;
          continue;
        }
        if (inRun && scanner.is(names.r)) {
          inRun = false;
          (runs ??= []).push(runText === undefined ? "" : unescapeX(runText));
          continue;
        }
        if (!scanner.is(names.c)) continue;
      } else {
        continue;
      }

      // </c>, or a self-closing <c/>.
      inCell = false;
      capture = Capture.None;
      let column: number;
      if (ref !== undefined) {
        const parsed = parseCellRef(ref);
        if (parsed === undefined)
          throw new MalformedSheetError(`a cell has the impossible reference "${ref}"`);
        column = parsed.column;
      } else {
        column = previousColumn + 1; // as Excel does: a cell without r follows the previous one
        if (column > MAX_COLUMNS)
          throw new MalformedSheetError(`row ${rowNumber} has cells beyond column XFD`);
      }
      previousColumn = column;
      const styled = styleId > 0 && styles.exists[styleId] === true;
      const format = styled ? styles.formats[styleId] : undefined;
      const isDate = styled && styles.isDate[styleId] === true;

      if (formulaText || formulaType) {
        let result: Stored = undefined;
        if (valueText) {
          if (type === "str") result = xmlDecodeAgain(valueText);
          else if (type === "b") result = parseInt(valueText, 10) !== 0;
          else if (type === "e") result = { error: valueText };
          else if (type === "d") result = isoDate(valueText);
          else result = parseFloat(valueText);
          if (isDate && !(result instanceof Date)) result = excelToDate(Number(result), date1904);
        }
        let formula = formulaText;
        if (formulaType === "shared") {
          const key = String(formulaSi);
          if (formulaRef) {
            this.masters.set(key, { formula: formulaText, at: { row: rowNumber, column } });
          } else if (!formula) {
            const master = this.masters.get(key);
            if (master !== undefined && master.formula) {
              formula = slideFormula(master.formula, master.at, { row: rowNumber, column });
            }
          }
        }
        this.store(row, column, result ?? COUNTED_NULL, format, formula ? `=${formula}` : undefined);
      } else if (valueText !== undefined || runs !== undefined) {
        let value: Stored;
        switch (type) {
          case "s": {
            const index = parseInt(valueText ?? "", 10);
            const shared = sharedStrings[index];
            if (shared === undefined) {
              throw new MalformedSheetError(
                `a cell refers to shared string ${valueText ?? "(none)"}, which xl/sharedStrings.xml does not have`,
              );
            }
            value = shared ?? COUNTED_NULL;
            break;
          }
          case "str":
            value = xmlDecodeAgain(valueText ?? "");
            break;
          case "inlineStr":
            value = runs !== undefined ? runs.join("") : (valueText ?? "");
            break;
          case "b":
            value = parseInt(valueText ?? "", 10) !== 0;
            break;
          case "e":
            value = { error: valueText ?? "" };
            break;
          case "d":
            value = isoDate(valueText ?? "");
            break;
          default: {
            const number = parseFloat(valueText ?? "");
            value = isDate ? excelToDate(number, date1904) : number;
          }
        }
        this.store(row, column, value, format, undefined);
      } else {
        // A styled blank (exceljs: Null, not in the used range) or a bare <c/> (exceljs drops it).
        this.storeBlank(row, column, styleId ? format : BARE);
      }
    }
  }

  private store(
    row: RowStore,
    column: number,
    value: Stored,
    format: string | undefined,
    formula: string | undefined,
  ): void {
    const index = column - 1;
    row.values[index] = value;
    if (format !== undefined && format !== "" && format !== "General") (row.formats ??= [])[index] = format;
    else if (row.formats !== undefined) row.formats[index] = undefined;
    if (formula !== undefined) (row.formulas ??= [])[index] = formula;
    else if (row.formulas !== undefined) row.formulas[index] = undefined;
    if (row.blanks !== undefined) row.blanks.delete(column);
  }

  private storeBlank(row: RowStore, column: number, format: string | undefined | null): void {
    const index = column - 1;
    if (row.values[index] !== undefined) {
      row.values[index] = undefined;
      if (row.formats !== undefined) row.formats[index] = undefined;
      if (row.formulas !== undefined) row.formulas[index] = undefined;
    }
    // Blanks only matter under a merge or a hyperlink; past a generous cap they are not kept.
    if (this.blankCount >= this.maxBlanks) return;
    this.blankCount += 1;
    (row.blanks ??= new Map()).set(column, format);
  }

  // ------------------------------------------------------------------------------------------
  // Tail: merges and hyperlinks, then the grids.

  private readTail(
    tail: string,
    hyperlinkRelationships: ReadonlySet<string>,
  ): { merges: RangeRef[]; hyperlinks: string[] } {
    const merges: RangeRef[] = [];
    const hyperlinks: string[] = [];
    const scanner = new XmlScanner(tail);
    const mergeCell = `${this.prefix}mergeCell`;
    const hyperlink = `${this.prefix}hyperlink`;
    const extLst = `${this.prefix}extLst`;
    let skip = 0;
    for (let kind = scanner.next(); kind !== TAG_END; kind = scanner.next()) {
      if (kind === TAG_CLOSE) {
        if (skip > 0 && scanner.name === extLst) skip -= 1;
        continue;
      }
      if (kind !== TAG_OPEN) continue;
      if (scanner.name === extLst) {
        if (!scanner.selfClosing) skip += 1;
      } else if (skip > 0) {
        continue;
      } else if (scanner.name === mergeCell) {
        const ref = scanner.attr("ref") ?? "";
        const range = parseRangeRef(ref);
        if (range === undefined)
          throw new MalformedSheetError(`a merged area has the impossible reference "${ref}"`);
        merges.push(range);
      } else if (scanner.name === hyperlink) {
        const ref = scanner.attr("ref");
        const id = scanner.attrs().find(([name]) => name.endsWith(":id") && !name.startsWith("xmlns"))?.[1];
        // exceljs links only hyperlinks with a relationship (an external target) to their cell.
        if (ref !== undefined && id !== undefined && hyperlinkRelationships.has(id)) hyperlinks.push(ref);
      }
    }
    return { merges, hyperlinks };
  }

  private rowFor(rowNumber: number): RowStore {
    let row = this.rows.get(rowNumber);
    if (row === undefined) {
      row = { format: undefined, values: [], formats: undefined, formulas: undefined, blanks: undefined };
      this.rows.set(rowNumber, row);
    }
    return row;
  }

  /** exceljs turns a hyperlinked cell's value into its display text and drops its formula. */
  private applyHyperlink(ref: string): void {
    const at = parseCellRef(ref);
    if (at === undefined || addressOf(at.row, at.column) !== ref) return; // exceljs matches the exact "r" text
    const row = this.rows.get(at.row);
    if (row === undefined) return;
    const index = at.column - 1;
    const value = row.values[index];
    if (value !== undefined) {
      row.values[index] = hyperlinkText(value);
      if (row.formulas !== undefined) row.formulas[index] = undefined;
    } else if (row.blanks !== undefined && row.blanks.has(at.column)) {
      const format = row.blanks.get(at.column);
      this.store(row, at.column, "", format ?? undefined, undefined);
    } else {
      return;
    }
    if (at.row > this.maxRow) this.maxRow = at.row;
    if (at.column > this.maxColumn) this.maxColumn = at.column;
  }

  /** exceljs's mergeCellsWithoutStyle for each <mergeCell>: covered cells become blanks that count. */
  private applyMerges(merges: readonly RangeRef[]): string[] {
    let maxRow = this.maxRow;
    let maxColumn = this.maxColumn;
    for (const [index, merge] of merges.entries()) {
      for (let other = 0; other < index; other += 1) {
        const earlier = merges[other];
        if (
          earlier !== undefined &&
          merge.left <= earlier.right &&
          earlier.left <= merge.right &&
          merge.top <= earlier.bottom &&
          earlier.top <= merge.bottom
        ) {
          throw new MalformedSheetError(
            `the merged areas ${rangeText(earlier)} and ${rangeText(merge)} overlap`,
          );
        }
      }
      if (merge.bottom > merge.top || merge.right > merge.left) {
        maxRow = Math.max(maxRow, merge.bottom);
        maxColumn = Math.max(maxColumn, merge.right);
      }
    }
    if (maxRow * maxColumn > this.context.cellBudget) throw new CellLimitError(maxRow * maxColumn);

    for (const merge of merges) {
      for (let rowNumber = merge.top; rowNumber <= merge.bottom; rowNumber += 1) {
        const row = this.rowFor(rowNumber);
        for (let column = merge.left; column <= merge.right; column += 1) {
          if (rowNumber === merge.top && column === merge.left) continue;
          const index = column - 1;
          if (row.values[index] !== undefined) {
            row.values[index] = COUNTED_NULL;
            if (row.formulas !== undefined) row.formulas[index] = undefined;
            continue;
          }
          const blank = row.blanks?.get(column);
          const format =
            blank !== undefined && blank !== BARE ? blank : (row.format ?? this.columnFormat(column));
          const styledBlank = row.blanks !== undefined && row.blanks.has(column) && blank !== BARE;
          this.store(row, column, COUNTED_NULL, styledBlank ? blank : format, undefined);
        }
      }
    }
    this.maxRow = maxRow;
    this.maxColumn = maxColumn;
    return [...merges]
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map((merge) => `${addressOf(merge.top, merge.left)}:${addressOf(merge.bottom, merge.right)}`);
  }

  private build(merges: string[]): { sheet: SheetSnapshot; cellCount: number } {
    // The used range: rows and columns that hold a counted cell (recomputed: merges and duplicates change it).
    let rowCount = 0;
    let columnCount = 0;
    for (const [rowNumber, row] of this.rows) {
      let length = row.values.length;
      while (length > 0 && row.values[length - 1] === undefined) length -= 1;
      row.values.length = length;
      if (length > 0) {
        if (rowNumber > rowCount) rowCount = rowNumber;
        if (length > columnCount) columnCount = length;
      }
    }
    const cellCount = rowCount * columnCount;
    if (cellCount > this.context.cellBudget) throw new CellLimitError(cellCount);

    const values: CellValue[][] = new Array<CellValue[]>(rowCount);
    const sharedFormats = Object.freeze(new Array<string>(columnCount).fill("General")) as string[];
    const sharedFormulas = Object.freeze(new Array<string>(columnCount).fill("")) as string[];
    const numberFormats: string[][] = new Array<string[]>(rowCount).fill(sharedFormats);
    const formulas: string[][] = new Array<string[]>(rowCount).fill(sharedFormulas);
    for (let index = 0; index < rowCount; index += 1) {
      const row = this.rows.get(index + 1);
      const out = new Array<CellValue>(columnCount);
      if (row === undefined) {
        values[index] = out.fill(null);
        continue;
      }
      const stored = row.values;
      for (let column = 0; column < columnCount; column += 1) {
        const value = stored[column];
        out[column] = value === undefined || value === COUNTED_NULL ? null : (value as CellValue);
      }
      values[index] = out;
      if (row.formats !== undefined) {
        let own: string[] | undefined;
        for (let column = 0; column < columnCount; column += 1) {
          const format = row.formats[column];
          if (format === undefined || stored[column] === undefined) continue;
          own ??= [...sharedFormats];
          own[column] = format;
        }
        if (own !== undefined) numberFormats[index] = own;
      }
      if (row.formulas !== undefined) {
        let own: string[] | undefined;
        for (let column = 0; column < columnCount; column += 1) {
          const formula = row.formulas[column];
          if (formula === undefined || stored[column] === undefined) continue;
          own ??= [...sharedFormulas];
          own[column] = formula;
        }
        if (own !== undefined) formulas[index] = own;
      }
    }
    this.rows.clear();
    return { sheet: { name: this.name, values, numberFormats, formulas, merges }, cellCount };
  }
}

interface CellAttributes {
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
}

/** The r, s and t attributes of a <c> tag in one pass (the hot path: once per cell). */
function readCellAttributes(scanner: XmlScanner, out: CellAttributes): void {
  out.r = out.s = out.t = undefined;
  const xml = scanner.xml;
  const end = scanner.attrEnd;
  let index = scanner.attrStart;
  while (index < end) {
    let code = xml.charCodeAt(index);
    while (index < end && (code === 32 || code === 9 || code === 10 || code === 13))
      code = xml.charCodeAt(++index);
    if (index >= end) return;
    const nameStart = index;
    while (index < end && code !== 61 && code !== 32) code = xml.charCodeAt(++index);
    const single = index - nameStart === 1 ? xml.charCodeAt(nameStart) : 0;
    while (index < end && code !== 34 && code !== 39) code = xml.charCodeAt(++index);
    if (index >= end) return;
    const close = xml.indexOf(code === 34 ? '"' : "'", index + 1);
    if (close === -1 || close > end) return;
    if (single === 114 || single === 115 || single === 116) {
      const raw = xml.slice(index + 1, close);
      const value = raw.indexOf("&") === -1 ? raw : decodeAttribute(raw);
      if (single === 114) out.r = value;
      else if (single === 115) out.s = value;
      else out.t = value;
    }
    index = close + 1;
  }
}

function rangeText(range: RangeRef): string {
  return `${addressOf(range.top, range.left)}:${addressOf(range.bottom, range.right)}`;
}

/** exceljs decodes "_xHHHH_" escapes in rich-text runs (text-xform.js). */
function unescapeX(text: string): string {
  return text.indexOf("_x") === -1
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
