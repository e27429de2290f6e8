import { readCell } from "../cells/read-cell";
import { GRADE_BESTS, GRADE_SCALE_NAMES, readWord, type GradeBest } from "../words";
import { BUILT_IN_SCALES } from "./built-in-scales";
import { GRADE_MESSAGES } from "./messages";
import type {
  GradeScale,
  GradeScaleGrades,
  GradeScaleProblem,
  GradeScaleReading,
  GradeScaleSpec,
} from "./types";

/** How messages name a custom scale. */
const CUSTOM_TITLE = "the scale";

/** Other words for the best end, in the text form ("best=lower"). */
const BEST_WORDS: Readonly<Record<string, GradeBest>> = {
  high: "high",
  higher: "high",
  highest: "high",
  low: "low",
  lower: "low",
  lowest: "low",
};

/**
 * The key two grade words are compared by: case, spaces, "-" and "_" between words, and a
 * final full stop ignored ("requires-improvement." is "Requires improvement").
 * @example gradeWordKey(" Requires-Improvement. ") // "requires improvement"
 */
export function gradeWordKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\-_\u2013\u2014]+/g, " ")
    .trim()
    .replace(/\.$/, "")
    .trim();
}

const built = new WeakMap<GradeScaleGrades, GradeScale>();

/**
 * The scale a catalogue's spec stands for: a built-in scale by name, or the custom grades.
 * Source: BUILT_IN_SCALES. Bad input: an unknown name gives undefined; never throws.
 * @example resolveGradeScale("ofsted")?.best // "low"
 */
export function resolveGradeScale(spec: GradeScaleSpec | undefined): GradeScale | undefined {
  if (typeof spec === "string") return BUILT_IN_SCALES[spec] as GradeScale | undefined;
  if (typeof spec !== "object" || spec === null || !Array.isArray(spec.grades)) return undefined;
  let scale = built.get(spec);
  if (!scale) {
    scale = {
      title: CUSTOM_TITLE,
      grades: [...spec.grades]
        .sort((a, b) => a.value - b.value)
        .map((g) => ({ value: g.value, label: g.label })),
      best: spec.best,
    };
    built.set(spec, scale);
  }
  return scale;
}

/**
 * The grade scale of a catalogue indicator: defined for grade indicators with a scale.
 * Bad input (no indicator, another unit, an unknown scale): undefined.
 * @example gradeScaleOf({ unit: "grade", scale: "jar" })?.title // "the JAR scale"
 */
export function gradeScaleOf(
  indicator: { readonly unit: string; readonly scale?: GradeScaleSpec } | undefined,
): GradeScale | undefined {
  return indicator?.unit === "grade" ? resolveGradeScale(indicator.scale) : undefined;
}

/**
 * The polarity a grade scale gives: "higher" when the highest number is best, "lower" when 1 is.
 * @example scalePolarity({ best: "low" }) // "lower"
 */
export function scalePolarity(scale: { readonly best: GradeBest }): "higher" | "lower" {
  return scale.best === "high" ? "higher" : "lower";
}

/**
 * A scale as one line of text, as a Catalogue sheet's `scale` column holds it: the built-in
 * name, or "1=Outstanding; 2=Good; 3=Requires improvement; 4=Inadequate; best=low".
 * readGradeScale reads it back to the same spec.
 * @example gradeScaleText({ grades: [{ value: 1, label: "Yes" }, { value: 2, label: "No" }], best: "low" }) // "1=Yes; 2=No; best=low"
 */
export function gradeScaleText(spec: GradeScaleSpec): string {
  if (typeof spec === "string") return spec;
  return [...spec.grades.map((g) => `${g.value}=${g.label}`), `best=${spec.best}`].join("; ");
}

/**
 * True when a catalogue's `scale` has the shape the schema asks for (a text, or an object of
 * at least 2 grades with whole-number values and words, and best high or low), so the checks
 * past the schema can run without repeating the schema's own problems.
 */
export function hasGradeScaleShape(spec: unknown): boolean {
  if (typeof spec === "string") return true;
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) return false;
  const { grades, best } = spec as { grades?: unknown; best?: unknown };
  return (
    Array.isArray(grades) &&
    grades.length >= 2 &&
    grades.every((g: unknown) => {
      const { value, label } = (typeof g === "object" && g !== null ? g : {}) as {
        value?: unknown;
        label?: unknown;
      };
      return Number.isInteger(value) && typeof label === "string" && label.length > 0;
    }) &&
    readWord(best, GRADE_BESTS) !== undefined
  );
}

const describe = (value: unknown): string =>
  typeof value === "string" ? `"${value}"` : typeof value === "number" ? String(value) : "nothing";

/** The checks on a list of grades and its best end; segments point under `scale`. */
function fromGrades(grades: readonly { value: unknown; label: unknown }[], best: unknown): GradeScaleReading {
  const problems: GradeScaleProblem[] = [];
  if (grades.length < 2)
    problems.push({ segments: ["grades"], message: GRADE_MESSAGES.tooFewGrades(grades.length) });
  const values = new Set<number>();
  const words = new Set<string>();
  grades.forEach((grade, k) => {
    const { value, label } = grade;
    if (typeof value !== "number" || !Number.isInteger(value))
      problems.push({
        segments: ["grades", k, "value"],
        message: GRADE_MESSAGES.notWholeNumber(describe(value)),
      });
    else if (values.has(value))
      problems.push({ segments: ["grades", k, "value"], message: GRADE_MESSAGES.duplicateValue(value) });
    else values.add(value);
    const text = typeof label === "string" ? label.trim() : "";
    const at = ["grades", k, "label"];
    if (text === "") problems.push({ segments: at, message: GRADE_MESSAGES.emptyLabel() });
    else if (!/\p{L}/u.test(text) || /[\d();=]/.test(text))
      problems.push({ segments: at, message: GRADE_MESSAGES.badLabel(text) });
    else {
      const reading = readCell(text);
      if (reading.kind === "gap" || (reading.kind === "unreadable" && reading.reason === "formula-error"))
        problems.push({ segments: at, message: GRADE_MESSAGES.labelIsGap(text) });
      else if (words.has(gradeWordKey(text)))
        problems.push({ segments: at, message: GRADE_MESSAGES.duplicateLabel(text) });
      else words.add(gradeWordKey(text));
    }
  });
  const sorted = [...values].sort((a, b) => a - b);
  if (problems.length === 0 && sorted.some((v, i) => v !== (sorted[0] ?? 0) + i))
    problems.push({ segments: ["grades"], message: GRADE_MESSAGES.notConsecutive(sorted) });
  const bestEnd = readWord(best, GRADE_BESTS);
  if (best === undefined) problems.push({ segments: ["best"], message: GRADE_MESSAGES.bestMissing() });
  else if (bestEnd === undefined)
    problems.push({ segments: ["best"], message: GRADE_MESSAGES.bestUnknown(String(best)) });
  if (problems.length > 0 || bestEnd === undefined) return { ok: false, problems };
  const spec: GradeScaleGrades = {
    grades: grades
      .map((g) => ({ value: g.value as number, label: (g.label as string).trim() }))
      .sort((a, b) => a.value - b.value),
    best: bestEnd,
  };
  const scale = resolveGradeScale(spec);
  return scale
    ? { ok: true, spec, scale }
    : { ok: false, problems: [{ segments: [], message: GRADE_MESSAGES.notAScale() }] };
}

/** The text form: a built-in name, or "1=Outstanding; 2=Good; ...; best=low". Problems have no segments. */
function fromText(text: string): GradeScaleReading {
  const trimmed = text.trim();
  const name = readWord(trimmed, GRADE_SCALE_NAMES);
  if (name) return { ok: true, spec: name, scale: BUILT_IN_SCALES[name] };
  if (!trimmed.includes("="))
    return { ok: false, problems: [{ segments: [], message: GRADE_MESSAGES.unknownScale(trimmed) }] };
  const problems: GradeScaleProblem[] = [];
  const grades: { value: unknown; label: unknown }[] = [];
  let best: unknown;
  for (const part of trimmed
    .split(";")
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    const match = /^([^=]*)=(.*)$/.exec(part);
    const key = match?.[1]?.trim() ?? "";
    const value = match?.[2]?.trim() ?? "";
    if (!match || key === "") problems.push({ segments: [], message: GRADE_MESSAGES.badPart(part) });
    else if (key.toLowerCase() === "best") best = BEST_WORDS[value.toLowerCase()] ?? value;
    else if (/^[+-]?\d+(?:\.\d+)?$/.test(key)) grades.push({ value: Number(key), label: value });
    else problems.push({ segments: [], message: GRADE_MESSAGES.badPart(part) });
  }
  // Parts that do not read say what is wrong; the checks on the grades would only repeat it.
  if (problems.length > 0) return { ok: false, problems };
  const checked = fromGrades(grades, best);
  if (checked.ok) return checked;
  return { ok: false, problems: checked.problems.map((p) => ({ segments: [], message: p.message })) };
}

/**
 * Reads a grade scale as a catalogue or a KPI function gives it: "jar" or "ofsted" (any case),
 * the text form "1=Outstanding; 2=Good; 3=Requires improvement; 4=Inadequate; best=low" (";"
 * between grades, best=high or best=low), or the JSON object
 * {"grades": [{"value": 1, "label": "Outstanding"}, ...], "best": "low"}. The grades' numbers
 * must be consecutive whole numbers; each word must have letters and no digits, brackets, ";"
 * or "=", must not read as a placeholder (na, x, tbc), and is compared ignoring case.
 * Source: issue 13 (grades as indicators); docs/rules.md "Grades".
 * Bad input: anything else gives problems, located under `scale` for the object form; never throws.
 * @example readGradeScale("ofsted").ok // true
 * @example readGradeScale("1=Met; 2=Not met; best=low").ok // true
 */
export function readGradeScale(spec: unknown): GradeScaleReading {
  if (typeof spec === "string") return fromText(spec);
  if (typeof spec !== "object" || spec === null || Array.isArray(spec))
    return { ok: false, problems: [{ segments: [], message: GRADE_MESSAGES.notAScale() }] };
  const { grades, best } = spec as { grades?: unknown; best?: unknown };
  if (!Array.isArray(grades))
    return { ok: false, problems: [{ segments: ["grades"], message: GRADE_MESSAGES.notAScale() }] };
  return fromGrades(
    grades.map((g: unknown) =>
      typeof g === "object" && g !== null
        ? { value: (g as { value?: unknown }).value, label: (g as { label?: unknown }).label }
        : { value: undefined, label: undefined },
    ),
    best,
  );
}
