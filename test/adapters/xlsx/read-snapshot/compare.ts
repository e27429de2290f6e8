import type { CellValue } from "../../../../src/core/cells/cell-value";
import type { ReadResult } from "../../../../src/adapters/xlsx/read-snapshot";

/** How two reads of one file differ, cell by cell (at most `limit` differences listed). */
export interface Comparison {
  readonly cells: number;
  readonly differences: string[];
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date || b instanceof Date) {
    if (!(a instanceof Date && b instanceof Date)) return false;
    const x = a.getTime();
    const y = b.getTime();
    return x === y || (Number.isNaN(x) && Number.isNaN(y));
  }
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b) || a === b;
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    return a.error === b.error;
  }
  return a === b;
}

function show(value: unknown): string {
  return value instanceof Date ? `Date(${value.toISOString?.() ?? String(value)})` : JSON.stringify(value);
}

export function compareReads(expected: ReadResult, actual: ReadResult, limit = 20): Comparison {
  const differences: string[] = [];
  const note = (text: string): void => {
    if (differences.length < limit) differences.push(text);
  };
  if (!expected.ok || !actual.ok) {
    const reason = (result: ReadResult): string => (result.ok ? "(read)" : result.reason);
    if (reason(expected) !== reason(actual)) note(`reason: ${reason(expected)} vs ${reason(actual)}`);
    return { cells: 0, differences };
  }
  if (expected.cellCount !== actual.cellCount) note(`cellCount ${expected.cellCount} vs ${actual.cellCount}`);
  if (expected.snapshot.source !== actual.snapshot.source) note("source differs");
  const a = expected.snapshot.sheets;
  const b = actual.snapshot.sheets;
  if (a.map((s) => s.name).join("|") !== b.map((s) => s.name).join("|")) {
    note(`sheets ${a.map((s) => s.name).join(",")} vs ${b.map((s) => s.name).join(",")}`);
  }
  let cells = 0;
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const x = a[index]!;
    const y = b[index]!;
    const where = (row: number, column: number): string => `${x.name}!R${row + 1}C${column + 1}`;
    if (x.values.length !== y.values.length) note(`${x.name}: ${x.values.length} vs ${y.values.length} rows`);
    if ((x.merges ?? []).join(",") !== (y.merges ?? []).join(",")) {
      note(`${x.name}: merges ${(x.merges ?? []).join(",")} vs ${(y.merges ?? []).join(",")}`);
    }
    for (const [grid, left, right] of [
      ["values", x.values, y.values],
      ["numberFormats", x.numberFormats, y.numberFormats],
      ["formulas", x.formulas, y.formulas],
    ] as const) {
      if (left.length !== right.length) note(`${x.name}: ${grid} ${left.length} vs ${right.length} rows`);
      for (let row = 0; row < Math.min(left.length, right.length); row += 1) {
        const l = left[row]!;
        const r = right[row]!;
        if (l.length !== r.length)
          note(`${x.name}: ${grid} row ${row + 1} ${l.length} vs ${r.length} columns`);
        for (let column = 0; column < Math.min(l.length, r.length); column += 1) {
          if (grid === "values") cells += 1;
          if (!sameValue(l[column] as CellValue, r[column] as CellValue)) {
            note(`${where(row, column)} ${grid}: ${show(l[column])} vs ${show(r[column])}`);
          }
        }
      }
    }
  }
  return { cells, differences };
}
