import { quoteCellText } from "../cells/messages";
import { shiftDecimal } from "../cells/parse-number-text";
import { describeNumber } from "./describe-number";
import type { Indicator, Unit } from "./types";

/**
 * Every plain-English message about the catalogue and about fitting a value to an indicator's
 * scale, in one place (HyperFormula habit). Each says what is wrong and what to do.
 */

/** How a unit reads in a sentence. */
const UNIT_PHRASES: Readonly<Record<Unit, string>> = {
  percent: "a percentage",
  count: "a count",
  currency: "money",
  rate: "a rate",
  ratio: "a ratio",
  score: "a score",
  grade: "a grade",
  text: "text (milestones)",
};

function unitPhrase(unit: string): string {
  return (UNIT_PHRASES as Readonly<Record<string, string>>)[unit] ?? `"${unit}"`;
}

/** Longest text quoted back by describeFound. */
const FOUND_LIMIT = 60;

/**
 * A value found in the data, for a message: text in quotes exactly as given (spaces kept, so
 * " A" shows its space), cut at 60 characters; numbers as written; lists and objects named.
 * Source: house style (say what was found).
 * Bad input: none; anything is described.
 * @example describeFound(" A") // "\" A\""
 */
export function describeFound(value: unknown): string {
  if (typeof value === "string")
    return `"${value.length > FOUND_LIMIT ? `${value.slice(0, FOUND_LIMIT - 1)}\u2026` : value}"`;
  if (typeof value === "number") return describeNumber(value);
  if (typeof value === "boolean") return String(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return "nothing";
}

/** Messages for toIndicatorScale mismatches. */
export const SCALE_MESSAGES = {
  pointsInFractionIndicator: (value: number): string =>
    `${describeNumber(value)} looks like a percentage in points but this indicator is recorded as a fraction (0-1): type ${describeNumber(value)}% or ${describeNumber(shiftDecimal(value, -2))}.`,
  moneyInNonMoney: (written: string, indicator: Indicator): string =>
    `The cell holds ${written}, but indicator "${indicator.id}" is recorded as ${unitPhrase(indicator.unit)}, not money: type the value in the indicator's own unit.`,
  percentInNonPercent: (written: string, indicator: Indicator): string =>
    `The cell holds the percentage ${written}, but indicator "${indicator.id}" is recorded as ${unitPhrase(indicator.unit)}: type the ${indicator.unit === "currency" ? "amount" : "value"} itself, without %.`,
} as const;

/** Messages for problems and warnings found while loading a catalogue. `field` is e.g. "polarity" or "benchmarks.national". */
export const CATALOGUE_MESSAGES = {
  indicatorPrefix: (id: string | undefined, position: number): string =>
    id === undefined ? `Indicator ${position} (no id)` : `Indicator "${id}"`,
  cataloguePrefix: (): string => "Catalogue",
  /** When the checks failed without naming a problem (never expected). */
  notChecked: (): string => "The catalogue could not be checked.",
  notAnObject: (found: string): string =>
    `The catalogue must be a JSON object with "name", "version" and "indicators" (found ${found}).`,
  required: (field: string, allowed: readonly string[] | undefined): string =>
    `${field} is missing${allowed ? `: it must be one of ${allowed.join(", ")}` : ""}.`,
  oneOf: (field: string, allowed: readonly string[], found: string): string =>
    `${field} must be one of ${allowed.join(", ")} (found ${found}).`,
  wrongType: (field: string, expected: string, found: string): string =>
    `${field} must be ${expected} (found ${found}).`,
  unknownField: (field: string, suggestion: string | undefined): string =>
    `"${field}" is not a catalogue field${suggestion ? ` (did you mean "${suggestion}"?)` : ""}: rename or remove it.`,
  atLeast: (field: string, limit: number, found: string): string =>
    `${field} must be at least ${describeNumber(limit)} (found ${found}).`,
  atMost: (field: string, limit: number, found: string): string =>
    `${field} must be at most ${describeNumber(limit)} (found ${found}).`,
  emptyText: (field: string): string => `${field} must not be empty.`,
  spacesAroundId: (field: string, found: string): string =>
    `${field} must not start or end with spaces (found ${found}).`,
  emptyTargetTable: (): string =>
    'target lists no periods: give one target for every period, or one per period (for example {"Q1": 80}), or leave it out.',
  other: (field: string, detail: string): string => `${field}: ${detail}.`,
  noIndicators: (): string => "The catalogue lists no indicators yet.",
  duplicateId: (id: string, otherPlace: string): string =>
    `the id "${id}" is used twice (also at ${otherPlace}): each indicator needs its own id.`,
  claimedTwice: (text: string, otherId: string): string =>
    `the name or alias ${quoteCellText(text)} also belongs to indicator "${otherId}": a scorecard row with that text could be either, so keep it on one indicator only.`,
  plausibleRange: (min: number, max: number): string =>
    `plausibleMin (${describeNumber(min)}) is greater than plausibleMax (${describeNumber(max)}): swap them.`,
  percentScaleNotPercent: (unit: string): string =>
    `percentScale only applies to percent indicators, but this one's unit is "${unit}": remove percentScale or change the unit.`,
  floorWrongSide: (
    floor: number,
    target: number,
    polarity: "higher" | "lower",
    period: string | undefined,
  ): string =>
    `floor ${describeNumber(floor)} is ${polarity === "higher" ? "above" : "below"} the target ${describeNumber(target)}${period ? ` for ${period}` : ""}: for a "${polarity}" indicator the amber floor must be at or ${polarity === "higher" ? "below" : "above"} the target.`,
  floorNeedsDirection: (polarity: string): string =>
    `a floor only works for "higher" or "lower" indicators; this one's polarity is "${polarity}", so the floor is ignored.`,
  floorWithoutTarget: (): string =>
    "has a floor but no target, so no RAG colour can be given: add the target.",
  targetOutsidePlausible: (
    target: number,
    min: number | undefined,
    max: number | undefined,
    period: string | undefined,
  ): string =>
    `the target ${describeNumber(target)}${period ? ` for ${period}` : ""} is outside the plausible range (${min === undefined ? "no minimum" : describeNumber(min)} to ${max === undefined ? "no maximum" : describeNumber(max)}): check the target and the range.`,
  pointsOnFractionScale: (field: string, value: number): string =>
    `${field} ${describeNumber(value)} looks like a percentage in points, but percentScale is "0-1" (97% is written 0.97): write ${describeNumber(shiftDecimal(value, -2))}, or set percentScale to "0-100".`,
  neutralWithTarget: (): string =>
    'has a target but its polarity is "neutral", so no RAG colour is given: set the polarity, or remove the target.',
  zeroTargetRelative: (): string =>
    'has a target of 0 with a relative tolerance, which is zero wide (a fraction of 0 is 0), so there is no amber: set toleranceMode to "absolute" with a tolerance in the indicator\'s unit.',
  largeRelativeTolerance: (tolerance: number): string =>
    `relative tolerance ${describeNumber(tolerance)} means ${describeNumber(shiftDecimal(tolerance, 2))}% of the target: did you mean ${describeNumber(shiftDecimal(tolerance, -2))}?`,
  gradeNeedsScale: (): string =>
    'is a grade but has no scale: give "scale": "jar" (1 Inadequate to 4 Excellent, higher is better), "ofsted" (1 Outstanding to 4 Inadequate, lower is better), or its own grades, e.g. "1=Met; 2=Partly met; 3=Not met; best=low".',
  scaleNotGrade: (unit: string): string =>
    `scale only applies to grade indicators, but this one's unit is "${unit}": remove scale or set unit to "grade".`,
  polarityNotScale: (polarity: string, scale: string, best: string, needed: string): string =>
    `polarity "${polarity}" does not fit ${scale}, where ${best}: a grade's polarity follows its scale, so set polarity to "${needed}" or leave it out.`,
  notAGrade: (field: string, detail: string): string => `${field}: ${detail}`,
  gradeFloorWrongSide: (floor: string, target: string, period: string | undefined): string =>
    `floor ${floor} is better than the target ${target}${period ? ` for ${period}` : ""}: the amber floor must be at or worse than the target grade.`,
  gradeToleranceNotWhole: (tolerance: number): string =>
    `tolerance on a grade indicator counts whole grades (found ${describeNumber(tolerance)}): use 1 (one grade worse than the target is amber, the default) or 0 (any grade worse than the target is red).`,
  gradeRelativeTolerance: (): string =>
    'toleranceMode "relative" does not apply to grades, whose tolerance counts whole grades: remove toleranceMode or set it to "absolute".',
  absoluteWithoutTolerance: (): string =>
    'has toleranceMode "absolute" but no tolerance, so the default 0.05 is used in the indicator\'s own unit: give the tolerance.',
  invalidJson: (detail: string): string =>
    `The file is not valid JSON (${detail}): check for a missing comma, quote or bracket.`,
  invalidCsv: (detail: string): string => `The file could not be read as CSV (${detail}): check the quotes.`,
  tooLarge: (size: string, limit: string, name?: string): string =>
    `The catalogue${name ? ` ${name}` : ""} is ${size}; the most Scorecard Kit reads is ${limit} (about 150,000 indicators). Check that this is the catalogue and not another export; if it is, split it into smaller catalogues (by service or directorate) or remove retired indicators.`,
  emptySheet: (): string =>
    "The sheet is empty: put a header row (id, name, polarity, unit, ...) and one row per indicator.",
  missingColumn: (column: string): string =>
    `The header row has no "${column}" column: add it (every indicator needs one).`,
  duplicateColumn: (column: string, firstAddress: string): string =>
    `The column "${column}" appears twice (first at ${firstAddress}): keep one.`,
  unknownColumn: (header: string): string =>
    `The column ${quoteCellText(header)} is not a catalogue field, so it is ignored.`,
  notANumberCell: (field: string, detail: string): string => `${field} must be a number. ${detail}`,
  cellDoesNotFit: (field: string, detail: string): string =>
    `${field} does not fit the indicator's unit. ${detail}`,
  notAYesNoCell: (field: string, found: string): string => `${field} must be yes or no (found ${found}).`,
  notTextCell: (field: string, detail: string): string => `${field} must be text. ${detail}`,
  targetTwice: (): string =>
    'the row gives both a "target" and per-period targets ("target Q1", ...): keep one or the other.',
  differentCatalogueValue: (field: string, kept: string): string =>
    `${field} differs from the first row's (${quoteCellText(kept)}); the first is used.`,
} as const;
