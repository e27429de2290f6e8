import { ArgumentProblem, describeShape, errorValueFor, isSingleCell } from "./arguments";
import { FUNCTION_MESSAGES } from "./function-messages";

/** Applies `each` to every cell of `main`; a problem in one cell becomes that cell's error value. */
export function eachCell(
  main: readonly (readonly unknown[])[],
  each: (value: unknown) => unknown,
): unknown[][] {
  return cellwise(main, [[undefined]], "", (value) => each(value));
}

/** Applies `each` to every series (row) of a values argument, giving a one-column result. */
export function eachSeries(
  series: readonly (readonly (number | null)[])[],
  each: (values: (number | null)[], index: number) => unknown,
): unknown[][] {
  return eachCell(
    series.map((_, index) => [index]),
    (index) => each([...(series[index as number] ?? [])], index as number),
  );
}

/**
 * Applies `each` to every cell of `main`, pairing it with the same cell of `other`, or with
 * `other`'s only cell when it is a single cell. A problem in one cell becomes that cell's
 * error value, so one bad row does not blank out a whole spilled column.
 */
export function cellwise(
  main: readonly (readonly unknown[])[],
  other: readonly (readonly unknown[])[],
  otherName: string,
  each: (value: unknown, paired: unknown) => unknown,
): unknown[][] {
  const broadcast = isSingleCell(other);
  const sameShape =
    other.length === main.length && other.every((row, r) => row.length === (main[r]?.length ?? -1));
  if (!broadcast && !sameShape) {
    throw new ArgumentProblem(
      "value",
      FUNCTION_MESSAGES.shapeMismatch(otherName, describeShape(main), describeShape(other)),
    );
  }
  if (main.length === 1 && main[0]!.length === 1) {
    // One cell (the most common call), kept apart from the column path below, so that V8's
    // choice to allocate the column's rows in the old generation does not apply to it.
    try {
      return [[each(main[0]![0], broadcast ? only(other) : other[0]?.[0])]];
    } catch (e) {
      return [[errorValueFor(e)]];
    }
  }
  // One result array filled in place, and plain loops: a million-row call makes no
  // intermediate arrays or closures per cell (npm run bench rag compares it with single calls).
  const single = broadcast ? only(other) : undefined;
  const result: unknown[][] = new Array(main.length);
  for (let r = 0; r < main.length; r++) {
    const row = main[r]!;
    const pairedRow = broadcast ? undefined : other[r];
    if (row.length === 1) {
      // A column, the usual spill: an array literal per row, which V8 learns to allocate straight
      // into the old generation when a million of them survive, instead of copying each one
      // through the young generation (a matrix call was 0.6x the single calls' rate without it).
      let value: unknown;
      try {
        value = each(row[0], broadcast ? single : pairedRow?.[0]);
      } catch (e) {
        value = errorValueFor(e);
      }
      result[r] = [value];
      continue;
    }
    const out: unknown[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      try {
        out[c] = each(row[c], broadcast ? single : pairedRow?.[c]);
      } catch (e) {
        out[c] = errorValueFor(e);
      }
    }
    result[r] = out;
  }
  return result;
}

/** The only cell of a one-cell grid. */
function only(grid: readonly (readonly unknown[])[]): unknown {
  return grid[0]?.[0];
}
