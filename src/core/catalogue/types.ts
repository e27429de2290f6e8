import type { Polarity, ToleranceMode } from "../words";
import type { GradeScaleSpec } from "../grades/types";

/**
 * The indicator catalogue: the agreed list of indicators with their rules.
 * JSON format documented in README ("Catalogue format") and schema/catalogue.schema.json.
 */

export const UNITS = ["percent", "count", "currency", "rate", "ratio", "score", "grade", "text"] as const;
export type Unit = (typeof UNITS)[number];

/** "0-100": 97 means 97%. "0-1": 0.97 means 97% (how Excel stores a percent-formatted cell). */
export const PERCENT_SCALES = ["0-100", "0-1"] as const;
export type PercentScale = (typeof PERCENT_SCALES)[number];

export const FREQUENCIES = ["monthly", "quarterly", "annual"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const MEASURE_TYPES = ["snapshot", "cumulative"] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export interface Benchmarks {
  /** National average (England), in the indicator's unit and scale. */
  readonly national?: number;
  /** Statistical-neighbour average, in the indicator's unit and scale. */
  readonly statisticalNeighbours?: number;
}

export interface Indicator {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Free text: definition, source, and why the polarity was chosen when it is not obvious. */
  readonly description?: string;
  readonly polarity: Polarity;
  readonly unit: Unit;
  /** Only for unit "percent"; default "0-100". */
  readonly percentScale?: PercentScale;
  /**
   * Only for unit "grade": the grading scale ("jar", "ofsted", or its own grades). Values,
   * targets and floors are the grades' numbers; the polarity follows the scale.
   */
  readonly scale?: GradeScaleSpec;
  readonly decimals?: number;
  readonly frequency?: Frequency;
  readonly measureType?: MeasureType;
  /** One target for every period, or one per period label ("Q1", "2012/13", ...). */
  readonly target?: number | Readonly<Record<string, number>>;
  /** Default 0.05 relative. */
  readonly tolerance?: number;
  readonly toleranceMode?: ToleranceMode;
  /** Kent-style amber floor: amber when at or better than the floor. */
  readonly floor?: number;
  readonly benchmarks?: Benchmarks;
  readonly outcomeArea?: string;
  readonly portfolio?: string;
  readonly owner?: string;
  readonly mandatory?: boolean;
  readonly plausibleMin?: number;
  readonly plausibleMax?: number;
  /** How the indicator's SPC chart is drawn (the options of =KPI.SPC; rebase by period label). */
  readonly spc?: IndicatorSpc;
  /**
   * OBA ("turn the curve"): the period label of the first figure after an intervention began
   * ("2006", "2008/09"). The summary's Report card compares the figures from then on with the
   * baseline forecast made from the figures before it.
   */
  readonly intervention?: string;
}

/** A catalogue indicator's SPC options. */
export interface IndicatorSpc {
  readonly fixAfter?: number;
  /** Period labels where new limits start. */
  readonly rebase?: readonly string[];
  readonly screenOutliers?: boolean;
  readonly runLength?: number;
}

export interface Catalogue {
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly indicators: readonly Indicator[];
}

/** One problem found while loading a catalogue: where, and what is wrong, in plain words. */
export interface CatalogueProblem {
  /** JSON-pointer-like path ("/indicators/3/polarity") or a cell address ("Catalogue!D5"). */
  readonly path: string;
  readonly message: string;
}

export type CatalogueLoad =
  | { readonly ok: true; readonly catalogue: Catalogue; readonly warnings: readonly CatalogueProblem[] }
  | { readonly ok: false; readonly problems: readonly CatalogueProblem[] };
