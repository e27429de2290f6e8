import type { Indicator } from "../catalogue/types";

/**
 * A value as a person would write it for this indicator: 0.97 on a 0-1 percent scale is
 * "97%", 97 on a 0-100 scale is "97%", currency "£-41,000", others as a plain number.
 * @example describeValue(0.97, { unit: "percent", percentScale: "0-1" } as Indicator) // "97%"
 */
export function describeValue(value: number, indicator: Indicator | undefined): string {
  const round = (n: number): string => String(+n.toFixed(4));
  if (!indicator) return round(value);
  if (indicator.unit === "percent") return `${round(indicator.percentScale === "0-1" ? value * 100 : value)}%`;
  if (indicator.unit === "currency") return `£${value.toLocaleString("en-GB", { maximumFractionDigits: 2 })}`;
  return round(value);
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
