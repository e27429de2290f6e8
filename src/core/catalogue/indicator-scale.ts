import type { NumberReading } from "../cells/cell-reading";
import { shiftDecimal } from "../cells/parse-number-text";
import { describeReading } from "./describe-number";
import { SCALE_MESSAGES } from "./messages";
import type { Indicator } from "./types";

/**
 * Above this, a plain number in a "0-1" percent indicator is a percentage typed in points
 * (97 for 97%), not a fraction. 1.5 leaves room for over-100% fractions such as 1.2 (120%).
 */
export const FRACTION_SCALE_LIMIT = 1.5;

/**
 * Brings a number reading onto an indicator's unit and scale, or says why it does not fit.
 * Percent indicators on "0-100" (the default) get 97 for a "97%" reading (0.97); on "0-1"
 * they keep 0.97. A plain 97 in a "0-1" indicator, money in a percent/count/rate/ratio/score
 * indicator, and a percentage in a currency/count/rate/ratio/score indicator are mismatches.
 * A plain 0.97 in a "0-100" indicator is NOT judged here: whether it is a fraction depends
 * on the other values, which validation sees.
 * Source: catalogue/types.ts PERCENT_SCALES; Excel stores a percent-formatted 97% as 0.97.
 * Bad input (NaN, Infinity, an unknown unit): the value passes through unchanged.
 * @example toIndicatorScale({ kind: "number", value: 0.97, unit: "percent" }, { id: "CS-IA", name: "IA", aliases: [], polarity: "higher", unit: "percent" }) // { value: 97 }
 */
export function toIndicatorScale(
  reading: NumberReading,
  indicator: Indicator,
): { value: number } | { mismatch: string } {
  // The description is only needed for a mismatch message: built on demand (hot path).
  const written = (): string => describeReading(reading);
  switch (indicator.unit) {
    case "percent": {
      const fraction = indicator.percentScale === "0-1";
      if (reading.unit === "currency")
        return { mismatch: SCALE_MESSAGES.moneyInNonMoney(written(), indicator) };
      if (reading.unit === "percent")
        return { value: fraction ? reading.value : shiftDecimal(reading.value, 2) };
      if (fraction && Math.abs(reading.value) > FRACTION_SCALE_LIMIT) {
        return { mismatch: SCALE_MESSAGES.pointsInFractionIndicator(reading.value) };
      }
      return { value: reading.value };
    }
    case "currency":
      return reading.unit === "percent"
        ? { mismatch: SCALE_MESSAGES.percentInNonPercent(written(), indicator) }
        : { value: reading.value };
    case "text":
      return { value: reading.value };
    default:
      if (reading.unit === "currency")
        return { mismatch: SCALE_MESSAGES.moneyInNonMoney(written(), indicator) };
      if (reading.unit === "percent")
        return { mismatch: SCALE_MESSAGES.percentInNonPercent(written(), indicator) };
      return { value: reading.value };
  }
}
