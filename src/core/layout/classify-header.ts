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
 * @example classifyHeader("Target 2012/13") // { role: "target", period: "2012/13" }
 * @example classifyHeader("2006/7 Baseline") // { role: "baseline", period: "2006/07" }
 * @example classifyHeader("Qtr 3") // { role: "period", period: "Q3" }
 * @example classifyHeader("Direction of travel") // undefined
 */
export function classifyHeader(header: string): HeaderMeaning | undefined {
  const key = headerKey(header);
  if (key === "") return undefined;
  for (const entry of HEADER_VOCABULARY) if (entry.pattern.test(key)) return { role: entry.role };
  const baseline = baselineMeaning(key);
  if (baseline !== undefined) return baseline;
  const target = targetMeaning(key);
  if (target !== undefined) return target;
  const period = parsePeriod(header);
  return period === undefined ? undefined : { role: "period", period };
}

/** A target header, with the period it names when it names one ("2008-09 target" -> 2008/09). */
function targetMeaning(key: string): HeaderMeaning | undefined {
  if (TARGET_QUALIFIERS.test(key)) return { role: "target" };
  const named = /^targets?( for)? (.+)$/.exec(key)?.[2] ?? /^(.+) targets?$/.exec(key)?.[1];
  const period = named === undefined ? undefined : parsePeriod(named);
  return period === undefined ? undefined : { role: "target", period };
}

/**
 * A plan's baseline: "Baseline", "2006/7 Baseline", "Baseline 2006/07", "Baseline (where are we
 * now)"; the period when the header names one.
 */
function baselineMeaning(key: string): HeaderMeaning | undefined {
  const match = /^(?:(.+) )?base ?line(?: (.+))?$/.exec(key);
  if (match === null) return undefined;
  const period = [match[1], match[2]].map((part) => (part ? parsePeriod(part) : undefined)).find(Boolean);
  return { role: "baseline", ...(period !== undefined ? { period } : {}) };
}
