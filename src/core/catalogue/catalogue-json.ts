import type { GradeScaleGrades } from "../grades/types";
import type { Polarity } from "../words";
import type { Indicator } from "./types";

/**
 * A catalogue as written in JSON, before defaults: what schema/catalogue.schema.json accepts.
 * loadCatalogue turns it into a `Catalogue` (aliases [], tolerance 0.05 relative, percentScale "0-100";
 * for grade indicators the polarity of the scale, tolerance 1 grade, decimals 0, and grade
 * words in targets and floors turned into the grades' numbers).
 */
export type IndicatorJson = Omit<Indicator, "aliases" | "polarity" | "target" | "floor" | "scale"> & {
  readonly aliases?: readonly string[];
  /** Required, except for grade indicators, whose polarity follows their scale. */
  readonly polarity?: Polarity;
  /** Grade indicators may give a grade as its word ("Good") or as a cell would hold it ("Grade 2"). */
  readonly target?: number | string | Readonly<Record<string, number | string>>;
  readonly floor?: number | string;
  /** "jar", "ofsted", the text form "1=Outstanding; ...; best=low", or the grades themselves. */
  readonly scale?: string | GradeScaleGrades;
};

/** The whole catalogue file as written: name, version, optional description, the indicators. */
export interface CatalogueJson {
  readonly $schema?: string;
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly indicators: readonly IndicatorJson[];
}
