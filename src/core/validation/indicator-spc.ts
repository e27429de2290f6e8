import type { Indicator } from "../catalogue/types";
import { MIN_POINTS, readSpcOptions, spcAnalysis, spcAssurance, type SpcAnalysis } from "../spc";
import type { Assurance, Polarity, RagStatus, SpcVariation } from "../words";
import { FINDING_MESSAGES } from "./finding-messages";

/** An indicator's XmR chart over the scorecard's periods, when it has enough of them. */
export interface IndicatorSpc {
  /** The period labels of the series, oldest first, up to the current period. */
  readonly periods: readonly string[];
  readonly analysis: SpcAnalysis;
  /** The target of each period (the catalogue's per period, else the row's); null where none. */
  readonly targets: readonly (number | null)[];
  readonly variation: SpcVariation;
  readonly assurance: Assurance;
  /** Where RAG and SPC tell different stories, in plain words; absent when they agree. */
  readonly story?: string;
  /** Rebase labels in the catalogue that name no period of the series. */
  readonly unknownRebase: readonly string[];
}

const labelKey = (label: string): string => label.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The SPC view of one indicator row: its values up to the current period (with each period's
 * target, periodTargets) as an XmR chart
 * with the catalogue's `spc` options (rebase periods matched by label, ignoring case and
 * spacing), the variation and assurance icons, and the story where they and the RAG differ.
 * Only for catalogue indicators with numbers and at least 13 values (MDC); otherwise undefined.
 * Never for grade indicators: grades are ordered categories, and a mean or limits of them mean
 * nothing (docs/rules.md "Grades").
 * Never throws.
 */
export function indicatorSpc(
  indicator: Indicator | undefined,
  values: readonly (number | null)[],
  periods: readonly string[],
  targets: readonly (number | null)[],
  rag: RagStatus,
  polarity: Polarity,
): IndicatorSpc | undefined {
  if (!indicator || indicator.unit === "text" || indicator.unit === "grade") return undefined;
  if (values.filter((v) => v !== null).length < MIN_POINTS) return undefined;
  const spc = indicator.spc ?? {};
  const keys = periods.map(labelKey);
  const rebase = (spc.rebase ?? []).map((label) => keys.indexOf(labelKey(label)));
  const unknownRebase = (spc.rebase ?? []).filter((_, k) => (rebase[k] ?? -1) < 0);
  const reading = readSpcOptions(
    {
      fixAfter: spc.fixAfter ?? null,
      rebase: rebase.filter((p) => p > 0),
      screenOutliers: spc.screenOutliers ?? null,
      runLength: spc.runLength ?? null,
    },
    values.length,
  );
  // The catalogue check refuses bad options; here only a rebase on the first period can fail.
  const options = reading.ok ? reading.options : {};
  const analysis = spcAnalysis(values, polarity, options);
  const assurance = spcAssurance(values, targets, polarity, options);
  const story = ragSpcStory(rag, analysis.variation, assurance);
  return {
    periods,
    analysis,
    targets: [...targets],
    variation: analysis.variation,
    assurance,
    ...(story ? { story } : {}),
    unknownRebase,
  };
}

/**
 * Where the RAG of the current period and the SPC icons tell different stories, the sentence
 * for the board; undefined when they agree (Red and concerning, Green and common cause with a
 * target met, and so on).
 * Source: NHS England "Making Data Count" (a Red on a stable process is not a signal; a Green
 * on a worsening process is).
 * @example ragSpcStory("Red", "Common cause", "Consistently fail") // "Red this period, but common cause: ..."
 */
export function ragSpcStory(
  rag: RagStatus,
  variation: SpcVariation,
  assurance: Assurance,
): string | undefined {
  const M = FINDING_MESSAGES;
  if (rag === "Red" && variation === "Common cause") return M.redCommonCause(assurance);
  if (rag === "Red" && variation === "Special cause improving") return M.redImproving(assurance);
  if ((rag === "Green" || rag === "Amber") && variation === "Special cause concerning")
    return M.passingButConcerning(rag, assurance);
  if (rag === "Green" && assurance === "Consistently fail") return M.greenButFailing(variation);
  return undefined;
}
