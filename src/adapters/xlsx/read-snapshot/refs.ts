/** Cell references: column letters, A1 parsing, and exceljs's shared-formula translation. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Column number (1-based) of letters "A".."XFD" (case-insensitive), or 0 when impossible. */
export function columnNumber(letters: string): number {
  if (letters.length === 0 || letters.length > 3) return 0;
  let column = 0;
  for (let index = 0; index < letters.length; index += 1) {
    const code = letters.charCodeAt(index) | 0x20; // lower case
    if (code < 97 || code > 122) return 0;
    column = column * 26 + (code - 96);
  }
  return column <= MAX_COLUMNS ? column : 0;
}

const letterCache: string[] = [];

/** Letters of a column number; throws for a column Excel cannot have (as exceljs's colCache.n2l). */
export function columnLetters(column: number): string {
  if (column < 1 || column > MAX_COLUMNS) {
    throw new Error(`${column} is out of bounds. Excel supports columns from 1 to 16384`);
  }
  const cached = letterCache[column];
  if (cached !== undefined) return cached;
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  letterCache[column] = letters;
  return letters;
}

export interface CellRef {
  readonly row: number;
  readonly column: number;
}

/**
 * A cell reference ("B12", "$B$12"), or undefined when it is not one Excel can have
 * (no letters, no digits, beyond XFD or row 1,048,576, row 0).
 */
export function parseCellRef(ref: string): CellRef | undefined {
  const length = ref.length;
  let index = ref.charCodeAt(0) === 36 ? 1 : 0; // $
  let column = 0;
  const lettersStart = index;
  for (; index < length; index += 1) {
    const code = ref.charCodeAt(index) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  const letters = index - lettersStart;
  if (letters === 0 || letters > 3 || column > MAX_COLUMNS) return undefined;
  if (ref.charCodeAt(index) === 36) index += 1;
  const digitsStart = index;
  let row = 0;
  for (; index < length; index += 1) {
    const code = ref.charCodeAt(index);
    if (code < 48 || code > 57) return undefined;
    row = row * 10 + (code - 48);
  }
  const digits = index - digitsStart;
  if (digits === 0 || digits > 7 || row < 1 || row > MAX_ROWS) return undefined;
  return { row, column };
}

export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "A1:C3" (either corner order) or "A1" as a range, or undefined when impossible. */
export function parseRangeRef(ref: string): RangeRef | undefined {
  const parts = ref.trim().split(":");
  if (parts.length > 2) return undefined;
  const first = parseCellRef(parts[0] ?? "");
  const second = parts.length === 2 ? parseCellRef(parts[1] ?? "") : first;
  if (first === undefined || second === undefined) return undefined;
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.column, second.column),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.column, second.column),
  };
}

export function addressOf(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

// exceljs 4.4 lib/utils/shared-formula.js, ported as is so shared-formula children read the
// same text (including its known limits: quoted sheet names and text literals are not skipped).
const replacementCandidateRx = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CRrx = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** exceljs's column letters -> number (colCache.l2n): throws beyond XFD. */
function lettersToColumn(letters: string): number {
  const column = columnNumber(letters);
  if (column === 0) throw new Error(`Out of bounds. Invalid column letter: ${letters}`);
  return column;
}

/**
 * The formula of a shared-formula master, moved from the master's cell to another cell, as
 * exceljs's slideFormula does: relative references shift, $-anchored parts stay.
 */
export function slideFormula(formula: string, from: CellRef, to: CellRef): string {
  return formula.replace(
    replacementCandidateRx,
    (refMatch: string, sheet: string | undefined, _sheetName: string, addrPart: string, paren?: string) => {
      if (paren) return refMatch;
      const match = CRrx.exec(addrPart);
      if (!match) return refMatch;
      const colDollar = match[1];
      const colStr = (match[2] ?? "").toUpperCase();
      const rowDollar = match[3];
      const rowStr = match[4] ?? "";
      if (colStr.length > 3 || (colStr.length === 3 && colStr > "XFD")) return refMatch;
      let column = lettersToColumn(colStr);
      let row = parseInt(rowStr, 10);
      if (!colDollar) column += to.column - from.column;
      if (!rowDollar) row += to.row - from.row;
      return `${sheet || ""}${colDollar || ""}${columnLetters(column)}${rowDollar || ""}${row}`;
    },
  );
}
