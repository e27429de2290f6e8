import type { NumberReading } from "../cells/cell-reading";
import { shiftDecimal } from "../cells/parse-number-text";

/**
 * A number as a person would write it in a message: 15 significant digits at most, no float noise.
 * Source: Excel shows 15 significant digits.
 * Bad input (NaN, Infinity): their names.
 * @example describeNumber(0.1 + 0.2) // "0.3"
 */
export function describeNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

/**
 * A number reading as it was written: "97%", "£-41000" (money, symbol unknown), "0.97".
 * Source: readCell units (percent as a fraction, currency in whole units).
 * Bad input: none; non-finite values are named.
 * @example describeReading({ kind: "number", value: 0.97, unit: "percent" }) // "97%"
 */
export function describeReading(reading: NumberReading): string {
  if (reading.unit === "percent") return `${describeNumber(shiftDecimal(reading.value, 2))}%`;
  if (reading.unit === "currency") return `the money amount ${describeNumber(reading.value)}`;
  return describeNumber(reading.value);
}
