import type { Polarity, ToleranceMode } from "../words";
import type { Benchmarks, Frequency, MeasureType, PercentScale, Unit } from "./types";

/**
 * A catalogue as written in JSON, before defaults: what schema/catalogue.schema.json accepts.
 * loadCatalogue turns it into a `Catalogue` (aliases [], tolerance 0.05 relative, percentScale "0-100").
 */
export interface IndicatorJson {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly description?: string;
  readonly polarity: Polarity;
  readonly unit: Unit;
  readonly percentScale?: PercentScale;
  readonly decimals?: number;
  readonly frequency?: Frequency;
  readonly measureType?: MeasureType;
  readonly target?: number | Readonly<Record<string, number>>;
  readonly tolerance?: number;
  readonly toleranceMode?: ToleranceMode;
  readonly floor?: number;
  readonly benchmarks?: Benchmarks;
  readonly outcomeArea?: string;
  readonly portfolio?: string;
  readonly owner?: string;
  readonly mandatory?: boolean;
  readonly plausibleMin?: number;
  readonly plausibleMax?: number;
}

/** The whole catalogue file as written: name, version, optional description, the indicators. */
export interface CatalogueJson {
  readonly $schema?: string;
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly indicators: readonly IndicatorJson[];
}
