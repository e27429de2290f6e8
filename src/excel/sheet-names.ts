import { nameWithCounter, sanitizeSheetName } from "../core/workbook/excel-rules";

/**
 * Choosing where each summary sheet goes. Pure: the rules are tested without Excel.
 *
 * A planned sheet takes its own name when that is free, or when the sheet holding it is one this
 * add-in generated (then that sheet is replaced). A sheet the user owns is never touched: the
 * summary goes beside it as "Scorecard Summary (2)", "(3)", … Excel compares sheet names ignoring
 * case and allows 31 characters, so the name is shortened to make room for the counter.
 */

/** A sheet already in the workbook. */
export interface ExistingSheet {
  readonly name: string;
  /** True when this add-in generated it (a marker name points at it). */
  readonly generated: boolean;
}

/** Where one planned sheet is written. */
export interface SheetChoice {
  /** The name the plan asked for. */
  readonly planned: string;
  /** The name it is written under. */
  readonly name: string;
  /** The generated sheet it replaces (its current name), if any. */
  readonly replaces?: string;
}

/** A planned name made valid (the rule both writers share). */
export const validSheetName = sanitizeSheetName;

export { nameWithCounter };

/**
 * Chooses a name for each planned sheet beside the existing ones (see the file comment).
 *
 * Bad input: duplicate planned names get counters too, so no two planned sheets share a name.
 *
 * @example chooseSheetNames(["Scorecard Summary"], [{ name: "scorecard summary", generated: false }])
 *   // [{ planned: "Scorecard Summary", name: "Scorecard Summary (2)" }]
 */
export function chooseSheetNames(
  planned: readonly string[],
  existing: readonly ExistingSheet[],
): SheetChoice[] {
  const byName = new Map(existing.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const chosen = new Set<string>();
  return planned.map((wanted) => {
    const base = validSheetName(wanted);
    for (let counter = 1; ; counter += 1) {
      const candidate = counter === 1 ? base : nameWithCounter(base, counter);
      const key = candidate.toLowerCase();
      if (chosen.has(key)) continue;
      const holder = byName.get(key);
      if (holder !== undefined && !holder.generated) continue;
      chosen.add(key);
      return holder === undefined
        ? { planned: wanted, name: candidate }
        : { planned: wanted, name: candidate, replaces: holder.name };
    }
  });
}

/**
 * `count` temporary sheet names that clash with none of `taken` (ignoring case), used while a
 * generated sheet is being replaced: the new sheet is added under a temporary name, the old one
 * deleted, then the new one renamed.
 *
 * @example temporaryNames(1, ["Scorecard Kit new 1"]) // ["Scorecard Kit new 2"]
 */
export function temporaryNames(count: number, taken: readonly string[]): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const names: string[] = [];
  for (let n = 1; names.length < count; n += 1) {
    const candidate = `Scorecard Kit new ${n}`;
    if (!used.has(candidate.toLowerCase())) names.push(candidate);
  }
  return names;
}
