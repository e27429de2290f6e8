import type { Indicator } from "../catalogue/types";
import { describeGrade, gradeScaleOf } from "../grades";

/**
 * A value as a person would write it for this indicator: 0.97 on a 0-1 percent scale is
 * "97%", 97 on a 0-100 scale is "97%", currency "£-41,000", a grade its word and number
 * ("Good (2)"), others as a plain number.
 * @example describeValue(0.97, { unit: "percent", percentScale: "0-1" } as Indicator) // "97%"
 */
export function describeValue(value: number, indicator: Indicator | undefined): string {
  const round = (n: number): string => String(+n.toFixed(4));
  if (!indicator) return round(value);
  const scale = gradeScaleOf(indicator);
  if (scale) return describeGrade(value, scale);
  if (indicator.unit === "percent")
    return `${round(indicator.percentScale === "0-1" ? value * 100 : value)}%`;
  if (indicator.unit === "currency") return `£${value.toLocaleString("en-GB", { maximumFractionDigits: 2 })}`;
  return round(value);
}

/**
 * The Excel number format for a gap or change on this indicator: percentage points for percent
 * indicators ("-2.0 pts", never "-2.0%", which would read as a relative change), else the
 * indicator's own format. Pair with gapValue, which puts a 0-1 percent gap in points.
 * @example gapFormatFor({ unit: "percent", decimals: 1, ... }) // '0.0" pts"'
 */
export function gapFormatFor(indicator: Indicator | undefined): string {
  if (indicator?.unit !== "percent") return numberFormatFor(indicator);
  const decimals = Math.max(0, Math.min(6, indicator.decimals ?? 1));
  return `0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}" pts"`;
}

/** A gap in the unit gapFormatFor shows: percentage points for percent indicators (0.02 on a 0-1 scale is 2 points). */
export function gapValue(gap: number | null, indicator: Indicator | undefined): number | null {
  if (gap === null || indicator?.unit !== "percent" || indicator.percentScale !== "0-1") return gap;
  return Number((gap * 100).toPrecision(12));
}

/** The Excel number format that shows this indicator's values as describeValue writes them. */
export function numberFormatFor(indicator: Indicator | undefined): string {
  if (!indicator) return "General";
  const decimals = Math.max(0, Math.min(6, indicator.decimals ?? 1));
  const fraction = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  switch (indicator.unit) {
    case "percent":
      return indicator.percentScale === "0-1" ? `0${fraction}%` : `0${fraction}"%"`;
    case "currency":
      return `£#,##0;-£#,##0`;
    case "count":
      return "#,##0";
    default:
      return `0${fraction}`;
  }
}
