import { HEADER_VOCABULARY, TARGET_QUALIFIERS, headerKey } from "./header-vocabulary";
import { parsePeriod } from "./parse-period";
import type { ColumnRole } from "./types";

/** What one header says about its column: a role and, for periods, the period label. */
export interface HeaderMeaning {
  readonly role: Exclude<ColumnRole, "ignore">;
  readonly period?: string;
}

/**
 * Reads what a single cleaned header cell means, by the header vocabulary
 * (header-vocabulary.ts), then targets ("Target", "Annual target", "Target 2012/13",
 * "Q2 target"), then periods (`parsePeriod`).
 *
 * Bad input: empty text, non-strings and words we do not know get undefined.
 *
 * @example classifyHeader("PI Description") // { role: "name" }
 * @example classifyHeader("Target 2012/13") // { role: "target" }
 * @example classifyHeader("Qtr 3") // { role: "period", period: "Q3" }
 * @example classifyHeader("Direction of travel") // undefined
 */
export function classifyHeader(header: string): HeaderMeaning | undefined {
  const key = headerKey(header);
  if (key === "") return undefined;
  for (const entry of HEADER_VOCABULARY) if (entry.pattern.test(key)) return { role: entry.role };
  if (isTarget(key)) return { role: "target" };
  const period = parsePeriod(header);
  return period === undefined ? undefined : { role: "period", period };
}

function isTarget(key: string): boolean {
  if (TARGET_QUALIFIERS.test(key)) return true;
  const after = /^targets?( for)? (.+)$/.exec(key);
  if (after !== null && parsePeriod(after[2] ?? "") !== undefined) return true;
  const before = /^(.+) targets?$/.exec(key);
  return before !== null && parsePeriod(before[1] ?? "") !== undefined;
}
