import { FRACTION_SCALE_LIMIT } from "./indicator-scale";
import { readSpcOptions } from "../spc/spc-options";
import { describeGrade, readGradeCell } from "../grades/read-grade-cell";
import { GRADE_MESSAGES } from "../grades/messages";
import { hasGradeScaleShape, readGradeScale, scalePolarity } from "../grades/read-grade-scale";
import type { GradeScale } from "../grades/types";
import { fieldLabel, joinPointer } from "./catalogue-path";
import { CATALOGUE_MESSAGES } from "./messages";
import { indicatorLabel } from "./indicator-label";
import type { CatalogueProblem } from "./types";

/** What the schema cannot see: problems (the catalogue is refused) and warnings (it loads, with a note). */
export interface SemanticFindings {
  readonly problems: readonly CatalogueProblem[];
  readonly warnings: readonly CatalogueProblem[];
}

type Entry = Readonly<Record<string, unknown>>;

function asEntry(value: unknown): Entry | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Entry) : undefined;
}
function numberAt(entry: Entry, field: string): number | undefined {
  const value = entry[field];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
function textAt(entry: Entry, field: string): string | undefined {
  const value = entry[field];
  return typeof value === "string" ? value : undefined;
}
/** The key two names are compared by: case, surrounding and repeated spaces ignored. */
function nameKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The targets of an entry with their period ("" for a single target) and pointer segments. */
function targetsOf(entry: Entry): readonly {
  readonly period: string | undefined;
  readonly value: number;
  readonly segments: readonly string[];
}[] {
  const target = entry.target;
  if (typeof target === "number" && Number.isFinite(target))
    return [{ period: undefined, value: target, segments: ["target"] }];
  const table = asEntry(target);
  if (!table) return [];
  return Object.entries(table).flatMap(([period, value]) =>
    typeof value === "number" && Number.isFinite(value)
      ? [{ period, value, segments: ["target", period] }]
      : [],
  );
}

/** An entry's targets as written, numbers or grade words, with their period and pointer segments. */
function writtenTargetsOf(entry: Entry): readonly {
  readonly period: string | undefined;
  readonly value: unknown;
  readonly segments: readonly string[];
}[] {
  const target = entry.target;
  if (target === undefined) return [];
  const table = asEntry(target);
  if (!table) return [{ period: undefined, value: target, segments: ["target"] }];
  return Object.entries(table).map(([period, value]) => ({ period, value, segments: ["target", period] }));
}

type Say = (into: CatalogueProblem[], segments: readonly (string | number)[], text: string) => void;

/** A grade indicator's checks: its scale, a polarity that follows it, grades in targets and floor, whole-grade tolerance. */
function gradeProblems(
  entry: Entry,
  problems: CatalogueProblem[],
  warnings: CatalogueProblem[],
  say: Say,
): void {
  if (entry.scale === undefined) {
    say(problems, ["scale"], CATALOGUE_MESSAGES.gradeNeedsScale());
    return;
  }
  // A scale of the wrong shape is the schema's to report.
  if (!hasGradeScaleShape(entry.scale)) return;
  const reading = readGradeScale(entry.scale);
  if (!reading.ok) {
    for (const problem of reading.problems)
      say(
        problems,
        ["scale", ...problem.segments],
        `${fieldLabel(["scale", ...problem.segments.map(String)])}: ${problem.message}`,
      );
    return;
  }
  const scale: GradeScale = reading.scale;
  const needed = scalePolarity(scale);
  const polarity = textAt(entry, "polarity");
  if (polarity !== undefined && polarity !== needed)
    say(
      problems,
      ["polarity"],
      CATALOGUE_MESSAGES.polarityNotScale(polarity, scale.title, GRADE_MESSAGES.describeBest(scale), needed),
    );
  const gradeAt = (value: unknown, field: string, segments: readonly string[]): number | undefined => {
    if (typeof value !== "number" && typeof value !== "string") return undefined;
    const read = readGradeCell(value, scale);
    if (read.kind === "grade") return read.grade.value;
    say(
      problems,
      segments,
      CATALOGUE_MESSAGES.notAGrade(field, "message" in read ? read.message : String(value)),
    );
    return undefined;
  };
  const targets = writtenTargetsOf(entry).flatMap((t) => {
    const value = gradeAt(t.value, t.period ? `target for "${t.period}"` : "target", t.segments);
    return value === undefined ? [] : [{ period: t.period, value }];
  });
  const floor = entry.floor === undefined ? undefined : gradeAt(entry.floor, "floor", ["floor"]);
  if (entry.floor !== undefined && writtenTargetsOf(entry).length === 0)
    say(warnings, ["floor"], CATALOGUE_MESSAGES.floorWithoutTarget());
  if (floor !== undefined)
    for (const t of targets) {
      const better = scale.best === "high" ? floor > t.value : floor < t.value;
      if (better)
        say(
          problems,
          ["floor"],
          CATALOGUE_MESSAGES.gradeFloorWrongSide(
            describeGrade(floor, scale),
            describeGrade(t.value, scale),
            t.period,
          ),
        );
    }
  const tolerance = numberAt(entry, "tolerance");
  if (tolerance !== undefined && !Number.isInteger(tolerance))
    say(problems, ["tolerance"], CATALOGUE_MESSAGES.gradeToleranceNotWhole(tolerance));
  if (entry.toleranceMode === "relative")
    say(problems, ["toleranceMode"], CATALOGUE_MESSAGES.gradeRelativeTolerance());
}

/**
 * Checks what a schema cannot: duplicate ids, a name or alias claimed by two indicators,
 * plausibleMin above plausibleMax, percentScale on a non-percent unit, a floor on the wrong
 * side of the target, targets outside the plausible range or in points on a "0-1" scale
 * (problems); and a neutral indicator with a target, a 0 target with a relative tolerance,
 * a relative tolerance above 1, an absolute mode with no tolerance, a floor without a usable
 * target, no indicators at all (warnings). A mandatory indicator without a target is fine.
 * Grade indicators: a scale that reads (readGradeScale), a polarity that follows it, targets and
 * a floor that are grades of it (the floor at or worse than the target), a tolerance in whole
 * grades and no relative mode (problems); a scale on any other unit is a problem.
 * Source: docs/rules.md (polarity, RAG against a target, Kent floors).
 * Bad input: fields of the wrong type are skipped here (the schema reports them); never throws.
 * @example semanticProblems({ name: "x", version: "1", indicators: [{ id: "A" }, { id: "a" }] }, (i) => `/indicators/${i}`).problems[0]?.path // "/indicators/1/id"
 */
export function semanticProblems(data: unknown, placeOf: (index: number) => string): SemanticFindings {
  const problems: CatalogueProblem[] = [];
  const warnings: CatalogueProblem[] = [];
  const root = asEntry(data);
  const list = root?.indicators;
  if (!Array.isArray(list)) return { problems, warnings };
  if (list.length === 0) warnings.push({ path: "/indicators", message: CATALOGUE_MESSAGES.noIndicators() });
  const entries = list.map(asEntry);
  const say = (
    into: CatalogueProblem[],
    index: number,
    segments: readonly (string | number)[],
    text: string,
  ): void => {
    into.push({
      path: joinPointer(["indicators", index, ...segments]),
      message: `${indicatorLabel(data, index)}: ${text}`,
    });
  };

  // Ids first, so a name or alias can be checked against every id.
  const idOwners = new Map<string, number>();
  entries.forEach((entry, index) => {
    const id = entry ? textAt(entry, "id") : undefined;
    if (id === undefined || id.trim() === "") return;
    const owner = idOwners.get(nameKey(id));
    if (owner === undefined) idOwners.set(nameKey(id), index);
    else say(problems, index, ["id"], CATALOGUE_MESSAGES.duplicateId(id, placeOf(owner)));
  });
  const textOwners = new Map<string, number>();
  const claim = (index: number, text: string, segments: readonly (string | number)[]): void => {
    const key = nameKey(text);
    if (key === "") return;
    const owner = textOwners.get(key) ?? idOwners.get(key);
    if (owner !== undefined && owner !== index) {
      const ownerId = textAt(entries[owner] ?? {}, "id") ?? `${owner + 1}`;
      say(problems, index, segments, CATALOGUE_MESSAGES.claimedTwice(text, ownerId));
    } else if (owner === undefined) textOwners.set(key, index);
  };

  entries.forEach((entry, index) => {
    if (!entry) return;
    const name = textAt(entry, "name");
    if (name !== undefined) claim(index, name, ["name"]);
    const aliases = entry.aliases;
    if (Array.isArray(aliases))
      aliases.forEach((alias, k) => typeof alias === "string" && claim(index, alias, ["aliases", k]));

    const unit = textAt(entry, "unit");
    const polarity = textAt(entry, "polarity");
    const min = numberAt(entry, "plausibleMin");
    const max = numberAt(entry, "plausibleMax");
    const floor = numberAt(entry, "floor");
    const targets = targetsOf(entry);
    const grade = unit === "grade";
    if (grade)
      gradeProblems(entry, problems, warnings, (into, segments, text) => say(into, index, segments, text));
    else if (entry.scale !== undefined && unit !== undefined)
      say(problems, index, ["scale"], CATALOGUE_MESSAGES.scaleNotGrade(unit));

    const spc = asEntry(entry.spc);
    if (spc) {
      const reading = readSpcOptions(
        {
          fixAfter: numberAt(spc, "fixAfter") ?? null,
          runLength: numberAt(spc, "runLength") ?? null,
        },
        0,
      );
      if (!reading.ok)
        for (const problem of reading.problems)
          say(problems, index, ["spc", problem.option], problem.message);
    }
    if (min !== undefined && max !== undefined && min > max)
      say(problems, index, ["plausibleMin"], CATALOGUE_MESSAGES.plausibleRange(min, max));
    if (entry.percentScale !== undefined && unit !== undefined && unit !== "percent") {
      say(problems, index, ["percentScale"], CATALOGUE_MESSAGES.percentScaleNotPercent(unit));
    }
    if (unit === "percent" && entry.percentScale === "0-1") {
      const benchmarks = asEntry(entry.benchmarks) ?? {};
      const scaled: [readonly string[], string, number | undefined][] = [
        ...targets.map((t): [readonly string[], string, number | undefined] => [
          t.segments,
          t.period ? `target for "${t.period}"` : "target",
          t.value,
        ]),
        [["floor"], "floor", floor],
        [["benchmarks", "national"], "benchmarks.national", numberAt(benchmarks, "national")],
        [
          ["benchmarks", "statisticalNeighbours"],
          "benchmarks.statisticalNeighbours",
          numberAt(benchmarks, "statisticalNeighbours"),
        ],
        [["plausibleMax"], "plausibleMax", max],
      ];
      for (const [segments, field, value] of scaled) {
        if (value !== undefined && Math.abs(value) > FRACTION_SCALE_LIMIT)
          say(problems, index, segments, CATALOGUE_MESSAGES.pointsOnFractionScale(field, value));
      }
    }
    for (const t of targets) {
      if ((min !== undefined && t.value < min) || (max !== undefined && t.value > max)) {
        say(
          problems,
          index,
          t.segments,
          CATALOGUE_MESSAGES.targetOutsidePlausible(t.value, min, max, t.period),
        );
      }
    }
    if (floor !== undefined && !grade) {
      if (targets.length === 0) say(warnings, index, ["floor"], CATALOGUE_MESSAGES.floorWithoutTarget());
      else if (polarity === "higher" || polarity === "lower") {
        for (const t of targets) {
          const wrongSide = polarity === "higher" ? floor > t.value : floor < t.value;
          if (wrongSide)
            say(
              problems,
              index,
              ["floor"],
              CATALOGUE_MESSAGES.floorWrongSide(floor, t.value, polarity, t.period),
            );
        }
      } else if (polarity !== undefined)
        say(warnings, index, ["floor"], CATALOGUE_MESSAGES.floorNeedsDirection(polarity));
    }

    // A grade's tolerance counts whole grades (gradeProblems); the warnings below are about relative tolerances.
    if (grade) return;
    const mode = entry.toleranceMode ?? "relative";
    const tolerance = numberAt(entry, "tolerance");
    if (targets.length > 0 && polarity === "neutral")
      say(warnings, index, ["target"], CATALOGUE_MESSAGES.neutralWithTarget());
    if (
      mode === "relative" &&
      polarity !== "neutral" &&
      floor === undefined &&
      targets.some((t) => t.value === 0)
    ) {
      say(warnings, index, ["toleranceMode"], CATALOGUE_MESSAGES.zeroTargetRelative());
    }
    if (mode === "relative" && tolerance !== undefined && tolerance > 1)
      say(warnings, index, ["tolerance"], CATALOGUE_MESSAGES.largeRelativeTolerance(tolerance));
    if (mode === "absolute" && entry.tolerance === undefined)
      say(warnings, index, ["toleranceMode"], CATALOGUE_MESSAGES.absoluteWithoutTolerance());
  });
  return { problems, warnings };
}
