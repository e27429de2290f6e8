import { columnIndex } from "../a1/column-index";
import { readWord } from "../words";
import { cleanHeader } from "./clean-header";
import { OVERRIDE_MESSAGES } from "./messages";
import { COLUMN_ROLES } from "./types";
import type { ColumnOverride, LayoutOverrides, LayoutOverridesRead } from "./types";

const TOP_LEVEL_KEYS = ["sheets", "description", "$schema"];

/**
 * Reads a layout override (mapping) file: the user's corrections to what `detectLayout`
 * decided. Accepts the parsed JSON, or the JSON text.
 *
 * Format:
 * ```json
 * {
 *   "sheets": {
 *     "Scorecard": { "C": "name", "Progress Summary": "commentary", "Q2 actual": "period:Q2", "H": "ignore" },
 *     "*": { "Lead": "owner" }
 *   }
 * }
 * ```
 * - `sheets` maps a sheet name (as on its tab, case-insensitive) or `"*"` (every sheet) to rules.
 * - A rule's key is a header text (cleaned: line breaks and repeated spaces as one space,
 *   trailing ":" and "*" dropped; case-insensitive; for a two-row header either the lower
 *   header, "Q2", or group and header, "Benchmark National") or a column letter ("C").
 *   When a key is both a header on the sheet and a column letter ("ID", "RAG"), the header
 *   wins; write "$C" to mean the column letter whatever the headers say.
 * - A rule's value is a role: id, name, target, period, rag, commentary, national,
 *   neighbours, portfolio, outcome, priority, owner, baseline, trajectory or ignore
 *   (case-insensitive); "period:LABEL" makes a period column with that label ("period" alone
 *   keeps the label read from the header), and "trajectory:LABEL" a plan's target for that year.
 * - Precedence: the sheet's own rules before "*"; within each, column letters before headers.
 * - Optional "description" and "$schema" entries are allowed and not read.
 *
 * Bad input: never throws; anything wrong (not JSON, not an object, no "sheets", unknown
 * roles, empty keys, a sheet or header listed twice) gives `{ ok: false, problems }` with
 * one plain sentence per problem.
 *
 * @example readLayoutOverrides({ sheets: { Scorecard: { C: "name", "Q2 actual": "period:Q2" } } })
 * // { ok: true, overrides: { sheets: { Scorecard: { C: { role: "name" }, "Q2 actual": { role: "period", period: "Q2" } } } } }
 * @example readLayoutOverrides({ sheets: { Scorecard: { C: "nmae" } } }).ok // false
 */
export function readLayoutOverrides(json: unknown): LayoutOverridesRead {
  let data: unknown = json;
  if (typeof json === "string") {
    try {
      data = JSON.parse(json) as unknown;
    } catch (error) {
      return {
        ok: false,
        problems: [OVERRIDE_MESSAGES.notJson(error instanceof Error ? error.message : String(error))],
      };
    }
  }
  if (!isPlainObject(data)) return { ok: false, problems: [OVERRIDE_MESSAGES.notObject] };
  const problems: string[] = [];
  for (const key of Object.keys(data))
    if (!TOP_LEVEL_KEYS.includes(key)) problems.push(OVERRIDE_MESSAGES.unknownTopKey(key));
  if (!("sheets" in data)) return { ok: false, problems: [OVERRIDE_MESSAGES.noSheets, ...problems] };
  const sheetsData = data["sheets"];
  if (!isPlainObject(sheetsData))
    return { ok: false, problems: [OVERRIDE_MESSAGES.sheetsNotObject, ...problems] };

  const sheets: Record<string, Readonly<Record<string, ColumnOverride>>> = {};
  const seenSheets = new Set<string>();
  for (const [sheetName, rulesData] of Object.entries(sheetsData)) {
    const sheet = sheetName.trim();
    if (sheet === "") {
      problems.push(OVERRIDE_MESSAGES.emptySheetName);
      continue;
    }
    if (seenSheets.has(sheet.toLowerCase())) problems.push(OVERRIDE_MESSAGES.sheetTwice(sheet));
    seenSheets.add(sheet.toLowerCase());
    if (!isPlainObject(rulesData)) {
      problems.push(OVERRIDE_MESSAGES.sheetNotObject(sheet));
      continue;
    }
    const rules: Record<string, ColumnOverride> = {};
    const seenKeys = new Set<string>();
    for (const [rawKey, value] of Object.entries(rulesData)) {
      const key = cleanHeader(rawKey);
      if (key === "") {
        problems.push(OVERRIDE_MESSAGES.emptyKey(sheet));
        continue;
      }
      if (seenKeys.has(key.toLowerCase())) problems.push(OVERRIDE_MESSAGES.keyTwice(sheet, key));
      seenKeys.add(key.toLowerCase());
      const decision = readOverrideValue(sheet, key, value, problems);
      if (decision !== undefined) rules[key] = decision;
    }
    sheets[sheet] = rules;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, overrides: { sheets } };
}

function readOverrideValue(
  sheet: string,
  key: string,
  value: unknown,
  problems: string[],
): ColumnOverride | undefined {
  if (typeof value !== "string") {
    problems.push(OVERRIDE_MESSAGES.valueNotText(sheet, key));
    return undefined;
  }
  const colon = value.indexOf(":");
  const roleText = colon >= 0 ? value.slice(0, colon) : value;
  const role = readWord(roleText, COLUMN_ROLES);
  if (role === undefined || (colon >= 0 && role !== "period" && role !== "trajectory")) {
    problems.push(OVERRIDE_MESSAGES.unknownRole(sheet, key, value));
    return undefined;
  }
  if (colon < 0) return { role };
  const label = cleanHeader(value.slice(colon + 1));
  if (label === "") {
    problems.push(OVERRIDE_MESSAGES.emptyPeriodLabel(sheet, key));
    return undefined;
  }
  return { role, period: label };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** One rule, ready to apply to one sheet. */
interface SheetRule {
  /** Lower-case cleaned key. */
  readonly key: string;
  /** The column the key names when read as a column letter. */
  readonly letterColumn?: number;
  /** True for "$C": always a column letter. */
  readonly forcedLetter: boolean;
  readonly decision: ColumnOverride;
}

/** The override rules that apply to one sheet: its own first, then those for every sheet. */
export interface SheetRules {
  readonly own: readonly SheetRule[];
  readonly everySheet: readonly SheetRule[];
}

/** The decision for one column and whether it came from a header rule (which counts as recognising the header). */
export interface ColumnRuleHit {
  readonly decision: ColumnOverride;
  readonly byHeader: boolean;
}

/**
 * Picks the override rules for a sheet by name (case-insensitive), plus the "*" rules.
 *
 * Bad input: missing or malformed overrides give no rules.
 *
 * @example rulesForSheet({ sheets: { scorecard: { C: { role: "name" } } } }, "Scorecard").own.length // 1
 */
export function rulesForSheet(overrides: LayoutOverrides | undefined, sheetName: string): SheetRules {
  const sheets =
    overrides !== undefined && isPlainObject(overrides) && isPlainObject(overrides.sheets)
      ? overrides.sheets
      : {};
  const wanted = typeof sheetName === "string" ? sheetName.trim().toLowerCase() : "";
  let own: SheetRule[] = [];
  let everySheet: SheetRule[] = [];
  for (const [name, rules] of Object.entries(sheets)) {
    const key = name.trim().toLowerCase();
    if (key === "*") everySheet = everySheet.concat(toRules(rules));
    else if (key === wanted) own = own.concat(toRules(rules));
  }
  return { own, everySheet };
}

/** How a rule's key names columns: by header text, by column letter, or ("$C") by letter only. */
export interface RuleKey {
  /** Lower-case cleaned key, as header keys are compared. */
  readonly key: string;
  /** The column the key names when read as a column letter ("C", "$C"; "ID" and "RAG" too). */
  readonly letterColumn?: number;
  /** True for "$C": always a column letter. */
  readonly forcedLetter: boolean;
}

/**
 * Reads a rule's key as `ruleForColumn` uses it: cleaned and lower case, and which column it
 * names when it is a column letter.
 *
 * Bad input: a non-string key gets the empty key, naming no column.
 *
 * @example ruleKey("$C") // { key: "$c", letterColumn: 2, forcedLetter: true }
 * @example ruleKey("Q2 actual:") // { key: "q2 actual", forcedLetter: false }
 */
export function ruleKey(rawKey: string): RuleKey {
  const key = overrideKey(rawKey);
  const forcedLetter = /^\$[a-z]{1,3}$/.test(key);
  const letterColumn = /^\$?[a-z]{1,3}$/.test(key) ? columnIndex(key) : undefined;
  return letterColumn === undefined ? { key, forcedLetter } : { key, letterColumn, forcedLetter };
}

function toRules(rules: unknown): SheetRule[] {
  if (!isPlainObject(rules)) return [];
  const out: SheetRule[] = [];
  for (const [rawKey, decision] of Object.entries(rules)) {
    if (!isPlainObject(decision) || readWord(decision["role"], COLUMN_ROLES) === undefined) continue;
    const role = readWord(decision["role"], COLUMN_ROLES) ?? "ignore";
    const period =
      typeof decision["period"] === "string" && decision["period"] !== "" ? decision["period"] : undefined;
    const { key, letterColumn, forcedLetter } = ruleKey(rawKey);
    out.push({
      key,
      letterColumn,
      forcedLetter,
      decision: period === undefined ? { role } : { role, period },
    });
  }
  return out;
}

/**
 * Finds the override for one column. `headersPresent` holds the lower-case header keys of
 * the header being read, so a key such as "RAG" is taken as a header when the sheet has one.
 *
 * Bad input: none reachable; a column no rule names gets undefined.
 *
 * @example ruleForColumn({ own: [], everySheet: [] }, 2, ["c"], new Set()) // undefined
 */
export function ruleForColumn(
  rules: SheetRules,
  column: number,
  headerKeys: readonly string[],
  headersPresent: ReadonlySet<string>,
): ColumnRuleHit | undefined {
  for (const scope of [rules.own, rules.everySheet]) {
    for (const rule of scope) {
      const isLetter =
        rule.letterColumn !== undefined && (rule.forcedLetter || !headersPresent.has(rule.key));
      if (isLetter && rule.letterColumn === column) return { decision: rule.decision, byHeader: false };
    }
    for (const rule of scope) {
      if (rule.forcedLetter) continue;
      if (headerKeys.includes(rule.key)) return { decision: rule.decision, byHeader: true };
    }
  }
  return undefined;
}

/**
 * The key an override compares a header by: cleaned and lower case.
 *
 * Bad input: a non-string gets "".
 *
 * @example overrideKey("Q2\nactual:") // "q2 actual"
 */
export function overrideKey(header: string): string {
  return typeof header === "string" ? cleanHeader(header).toLowerCase() : "";
}
