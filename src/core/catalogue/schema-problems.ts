import type { ErrorObject, ValidateFunction } from "ajv";
import catalogueSchema from "../../../schema/catalogue.schema.json";
import type { CatalogueJson } from "./catalogue-json";
import { fieldLabel, joinPointer, pointerSegments } from "./catalogue-path";
import { validate as generatedValidate } from "./catalogue-schema-validator.generated";
import { indicatorLabel } from "./indicator-label";
import { CATALOGUE_MESSAGES, describeFound } from "./messages";
import type { CatalogueProblem } from "./types";

/**
 * The schema check, compiled ahead of time by ajv (scripts/generate-schema-validator.js) with
 * allErrors (report every problem, not the first) and verbose (each error carries what was found).
 */
const validateCatalogue = generatedValidate as unknown as ValidateFunction<CatalogueJson>;

/** The allowed words of each indicator field that has a fixed list (polarity, unit, ...). */
const INDICATOR_ENUMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(catalogueSchema.definitions.indicator.properties).flatMap(([field, property]) =>
    "enum" in property ? [[field, property.enum] as const] : [],
  ),
);
const FIELD_NAMES = {
  root: Object.keys(catalogueSchema.properties),
  indicator: Object.keys(catalogueSchema.definitions.indicator.properties),
  benchmarks: Object.keys(catalogueSchema.definitions.indicator.properties.benchmarks.properties),
} as const;

/** How a JSON type reads in a sentence. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: "a number",
  integer: "a whole number",
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  "number,object": 'a number, or an object of targets by period (for example {"Q1": 80})',
  "number,string,object":
    'a number, a grade (for example "Good"), or an object of targets by period (for example {"Q1": "Good"})',
  "number,string": 'a number or a grade (for example "Good")',
  "string,object":
    'a scale name (jar, ofsted), a scale as text ("1=Outstanding; 2=Good; 3=Requires improvement; 4=Inadequate; best=low"), or an object of grades',
};

/**
 * True when the data has the catalogue's shape (schema/catalogue.schema.json), as a type guard.
 * Source: the schema, checked by ajv.
 * Bad input: false (never throws).
 * @example matchesCatalogueSchema({ name: "x", version: "1", indicators: [] }) // true
 */
export function matchesCatalogueSchema(data: unknown): data is CatalogueJson {
  try {
    return validateCatalogue(data) === true;
  } catch {
    return false;
  }
}

/** The closest known field name to a misspelt one (same letters ignoring case, or at most 2 edits). */
function suggestField(field: string, known: readonly string[]): string | undefined {
  const lower = field.toLowerCase().replace(/[\s_-]/g, "");
  const exact = known.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 3;
}

function knownFieldsAt(segments: readonly string[]): readonly string[] {
  if (segments.length === 0) return FIELD_NAMES.root;
  if (segments[0] === "indicators" && segments.length === 2) return FIELD_NAMES.indicator;
  if (segments[0] === "indicators" && segments[2] === "benchmarks") return FIELD_NAMES.benchmarks;
  return [];
}

/** One ajv error in plain English, located by JSON pointer. */
function translate(error: ErrorObject, data: unknown): CatalogueProblem {
  const base = [...pointerSegments(error.instancePath)];
  const params = error.params as Readonly<Record<string, unknown>>;
  const named =
    error.keyword === "required"
      ? params.missingProperty
      : error.keyword === "additionalProperties"
        ? params.additionalProperty
        : undefined;
  const segments = typeof named === "string" ? [...base, named] : base;
  const path = joinPointer(segments);
  const inIndicator = segments[0] === "indicators" && segments[1] !== undefined && /^\d+$/.test(segments[1]);
  const prefix = inIndicator
    ? indicatorLabel(data, Number(segments[1]))
    : CATALOGUE_MESSAGES.cataloguePrefix();
  const field = fieldLabel(inIndicator ? segments.slice(2) : segments);
  const found = describeFound(error.data);
  if (segments.length === 0 && error.keyword === "type")
    return { path: "", message: CATALOGUE_MESSAGES.notAnObject(found) };

  let text: string;
  switch (error.keyword) {
    case "required": {
      // The allowed words of the missing field: its own enum where it is nested (scale.best).
      const nested = (error.parentSchema as { properties?: Record<string, { enum?: readonly string[] }> })
        ?.properties?.[String(named)]?.enum;
      const allowed =
        typeof named === "string"
          ? (nested ?? (inIndicator ? INDICATOR_ENUMS.get(named) : undefined))
          : undefined;
      text = CATALOGUE_MESSAGES.required(field, allowed);
      break;
    }
    case "enum":
      text = CATALOGUE_MESSAGES.oneOf(
        field,
        (params.allowedValues as readonly string[] | undefined) ?? [],
        found,
      );
      break;
    case "type": {
      const expected = Array.isArray(params.type) ? params.type.join(",") : String(params.type);
      text = CATALOGUE_MESSAGES.wrongType(field, TYPE_WORDS[expected] ?? expected, found);
      break;
    }
    case "additionalProperties":
      text = CATALOGUE_MESSAGES.unknownField(String(named), suggestField(String(named), knownFieldsAt(base)));
      break;
    case "minimum":
      text = CATALOGUE_MESSAGES.atLeast(field, Number(params.limit), found);
      break;
    case "maximum":
      text = CATALOGUE_MESSAGES.atMost(field, Number(params.limit), found);
      break;
    case "minLength":
      text = CATALOGUE_MESSAGES.emptyText(field);
      break;
    case "pattern":
      text = CATALOGUE_MESSAGES.spacesAroundId(field, found);
      break;
    case "minProperties":
      text =
        segments[segments.length - 1] === "target"
          ? CATALOGUE_MESSAGES.emptyTargetTable()
          : CATALOGUE_MESSAGES.other(field, error.message ?? "");
      break;
    default:
      text = CATALOGUE_MESSAGES.other(field, error.message ?? error.keyword);
  }
  return { path, message: `${prefix}: ${text}` };
}

/**
 * The errors of each indicator in the order ajv gives them without the grade branch (if/then/
 * else, which ajv checks first): the entry itself, missing fields, unknown fields, then each
 * field's own errors in the order the schema declares the fields. Other errors keep their place.
 */
function inFieldOrder(errors: readonly ErrorObject[]): ErrorObject[] {
  const key = (error: ErrorObject, position: number): number[] => {
    const segments = pointerSegments(error.instancePath);
    if (segments[0] !== "indicators" || segments[1] === undefined || !/^\d+$/.test(segments[1]))
      return [-1, 0, 0, position];
    const params = error.params as Readonly<Record<string, unknown>>;
    const field = segments[2] ?? (error.keyword === "required" ? String(params.missingProperty) : "");
    const group =
      segments.length > 2
        ? 3
        : error.keyword === "required"
          ? 1
          : error.keyword === "additionalProperties"
            ? 2
            : 0;
    return [Number(segments[1]), group, FIELD_NAMES.indicator.indexOf(field), position];
  };
  return errors
    .map((error, position) => ({ error, key: key(error, position) }))
    .sort((a, b) => {
      for (let k = 0; k < a.key.length; k++) {
        const difference = (a.key[k] ?? 0) - (b.key[k] ?? 0);
        if (difference !== 0) return difference;
      }
      return 0;
    })
    .map(({ error }) => error);
}

/**
 * Checks data against schema/catalogue.schema.json and says what is wrong, every problem,
 * in plain English: 'Indicator "CS-IA": polarity must be one of higher, lower, target, neutral (found "up").'
 * Source: the schema (JSON Schema draft-07), checked by ajv with allErrors.
 * Bad input: anything; a value that is not an object gets one problem saying what a catalogue looks like.
 * @example schemaProblems({ name: "x", version: "1", indicators: [{ id: "A", name: "A", polarity: "up", unit: "count" }] })[0]?.path // "/indicators/0/polarity"
 */
export function schemaProblems(data: unknown): readonly CatalogueProblem[] {
  try {
    if (validateCatalogue(data)) return [];
    // An "if" error only says which branch (grade or not) failed; that branch's own errors say what.
    return inFieldOrder((validateCatalogue.errors ?? []).filter((error) => error.keyword !== "if")).map(
      (error) => translate(error, data),
    );
  } catch (error) {
    return [
      {
        path: "",
        message: CATALOGUE_MESSAGES.other(
          "Catalogue",
          error instanceof Error ? error.message : "could not be checked",
        ),
      },
    ];
  }
}
