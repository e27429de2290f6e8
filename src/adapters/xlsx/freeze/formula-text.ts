import { LAST_EXCEL_ROW } from "../../../core/a1/cell-address";
import { columnIndex } from "../../../core/a1/column-index";
import { columnLetter, LAST_EXCEL_COLUMN } from "../../../core/a1/column-letter";
import { ADD_IN_NAMESPACE } from "../../../core/formulas";

/**
 * Formula text as a person reads it, from the form saved in a file, for reports only (the
 * file's own formulas are never rewritten).
 */

/** String literals ("…") and quoted sheet names ('…'): text that is not formula code. */
const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'/g;

/** Applies `change` to the formula code between string literals and quoted sheet names. */
function mapCode(formula: string, change: (code: string) => string): string {
  const pieces: string[] = [];
  let at = 0;
  for (const match of formula.matchAll(QUOTED)) {
    pieces.push(change(formula.slice(at, match.index)), match[0]);
    at = (match.index ?? 0) + match[0].length;
  }
  pieces.push(change(formula.slice(at)));
  return pieces.join("");
}

const SAVED_CALL = new RegExp(`(?<![A-Za-z0-9_.])_xldudf_${ADD_IN_NAMESPACE}_([A-Za-z]+)(?=\\s*\\()`, "gi");
/** Prefixes Excel saves before newer functions and LET/LAMBDA parameters (_xlfn.IFS, _xlfn._xlws.SORT, _xlpm.x). */
const SAVED_PREFIX = /(?<![A-Za-z0-9_.])(?:_xlfn\.|_xlws\.|_xlpm\.)+(?=[A-Za-z_])/g;

/**
 * A formula as typed in Excel, from the text of an `<f>` element (already unescaped): with "="
 * in front, `_xldudf_KPI_RAG(` shown as `KPI.RAG(` and Excel's `_xlfn.` prefixes dropped.
 *
 * @example displayFormula("_xldudf_KPI_RAG(D5,C5)") // "=KPI.RAG(D5,C5)"
 */
export function displayFormula(saved: string): string {
  const code = mapCode(saved, (part) =>
    part
      .replace(SAVED_CALL, (_whole, name: string) => `${ADD_IN_NAMESPACE}.${name.toUpperCase()}`)
      .replace(SAVED_PREFIX, ""),
  );
  return `=${code}`;
}

/** An A1 reference in formula code: not part of a name, not a function (LOG10() or a sheet (Q2!). */
const REFERENCE = /(?<![A-Za-z0-9_.$\\])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_.(!])/g;

/**
 * A shared formula's text as Excel shows it in another cell of the group: relative references
 * move by the cell's offset from the group's first cell, `$`-fixed parts stay. For reports only;
 * a reference that would leave the grid is left as it was.
 *
 * @example shiftFormula("KPI.RAG(D5,$C$5)", 2, 0) // "KPI.RAG(D7,$C$5)"
 */
export function shiftFormula(saved: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return saved;
  return mapCode(saved, (part) =>
    part.replace(REFERENCE, (whole, fixColumn: string, letters: string, fixRow: string, digits: string) => {
      const column = columnIndex(letters);
      const row = Number(digits) - 1;
      if (column === undefined || row > LAST_EXCEL_ROW) return whole;
      const newColumn = fixColumn === "" ? column + columns : column;
      const newRow = fixRow === "" ? row + rows : row;
      if (newColumn < 0 || newColumn > LAST_EXCEL_COLUMN || newRow < 0 || newRow > LAST_EXCEL_ROW)
        return whole;
      return `${fixColumn}${columnLetter(newColumn)}${fixRow}${newRow + 1}`;
    }),
  );
}

/**
 * Whether formula code (unescaped, outside string literals) uses one of the defined names, as a
 * name and not as part of a longer name or a function call. Names compare without case, as in Excel.
 */
export function usesAnyName(saved: string, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  let found = false;
  mapCode(saved, (part) => {
    if (found) return part;
    for (const match of part.matchAll(/(?<![A-Za-z0-9_.\\])[A-Za-z_\\][\w.\\]*(?![\w.\\(])/g))
      if (names.has(match[0].toUpperCase())) {
        found = true;
        break;
      }
    return part;
  });
  return found;
}
