/**
 * The baseline forecast of Outcomes-Based Accountability: the least-squares straight line through
 * the history, extended into the periods ahead (Excel's FORECAST.LINEAR with x = 1, 2, 3 …).
 */
import { isFiniteNumber } from "../numbers";
import { MAX_PERIODS_AHEAD, MIN_FORECAST_POINTS } from "./constants";

/** A least-squares line fitted to a series, with what a prediction interval needs. */
export interface LineFit {
  /** Change per period. */
  readonly slope: number;
  /** The line's value at position 0 (the period before the first cell). */
  readonly intercept: number;
  /** How many numeric values were fitted. */
  readonly count: number;
  /** Mean position and mean value of the fitted points (the line passes through both). */
  readonly meanX: number;
  readonly meanY: number;
  /** Σ(x − x̄)²: the spread of the positions. */
  readonly sxx: number;
  /** Σ(y − ŷ)²: the squared distances of the values from the line. */
  readonly residualSumOfSquares: number;
  /**
   * s = √(Σ(y − ŷ)² ÷ (n − 2)), the scatter of the values about the line (Excel's STEYX);
   * null for 2 points, which a line always fits exactly.
   */
  readonly residualStandardError: number | null;
  /** Positions (1-based, in the original series) of the first and last numeric values. */
  readonly firstPosition: number;
  readonly lastPosition: number;
}

/**
 * The least-squares line through a series, x being each value's 1-based position in it.
 *
 * Source: docs/rules.md, "Baseline forecast" (Excel's SLOPE, INTERCEPT, STEYX and
 * FORECAST.LINEAR with known_x's 1, 2, 3 …). Gaps (null, NaN, ±Infinity) are skipped but keep
 * their positions, so {10, 12, gap, 16} is fitted at x = 1, 2, 4. Sums are taken about the
 * means, as LibreOffice does, to keep rounding small.
 * Bad input: fewer than 2 numeric values, or sums too large to be finite, give undefined.
 * Never throws.
 *
 * @example fitLine([10, 12, null, 16]) // slope 2, intercept 8, count 3, residualStandardError 0
 */
export function fitLine(values: readonly (number | null)[]): LineFit | undefined {
  const xs: number[] = [];
  const ys: number[] = [];
  (Array.isArray(values) ? values : []).forEach((value, index) => {
    if (isFiniteNumber(value)) {
      xs.push(index + 1);
      ys.push(value);
    }
  });
  const n = ys.length;
  if (n < MIN_FORECAST_POINTS) return undefined;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i += 1) {
    sumX += xs[i] ?? 0;
    sumY += ys[i] ?? 0;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] ?? 0) - meanX;
    sxx += dx * dx;
    sxy += dx * ((ys[i] ?? 0) - meanY);
  }
  const slope = sxy / sxx;
  if (!(sxx > 0) || !isFiniteNumber(meanY) || !isFiniteNumber(slope)) return undefined;
  let residualSumOfSquares = 0;
  for (let i = 0; i < n; i += 1) {
    const residual = (ys[i] ?? 0) - (meanY + slope * ((xs[i] ?? 0) - meanX));
    residualSumOfSquares += residual * residual;
  }
  const intercept = meanY - slope * meanX;
  if (!isFiniteNumber(residualSumOfSquares) || !isFiniteNumber(intercept)) return undefined;
  return {
    slope,
    intercept,
    count: n,
    meanX,
    meanY,
    sxx,
    residualSumOfSquares,
    residualStandardError: n > 2 ? Math.sqrt(residualSumOfSquares / (n - 2)) : null,
    firstPosition: xs[0] ?? 0,
    lastPosition: xs[n - 1] ?? 0,
  };
}

/**
 * The fitted line's value at position x, computed as LibreOffice's FORECAST.LINEAR does:
 * ȳ + slope × (x − x̄).
 *
 * @example valueOnLine(fitLine([10, 12, null, 16])!, 5) // 18
 */
export function valueOnLine(fit: LineFit, x: number): number {
  return fit.meanY + fit.slope * (x - fit.meanX);
}

/**
 * The baseline forecast: the least-squares line through the history, extended `periodsAhead`
 * periods after the latest value. One number per period ahead.
 *
 * Source: docs/rules.md, "Baseline forecast" (the OBA baseline; Excel's
 * FORECAST.LINEAR(lastPosition + k, values, {1, 2, …})). x is each value's 1-based position;
 * gaps are skipped but keep their positions. The first period ahead is the one after the
 * **latest value**: gaps after it (periods to come) do not push the forecast further out.
 * Bad input: fewer than 2 numeric values, or periodsAhead that is not a whole number from 1
 * to 1000, give undefined. Never throws.
 *
 * @example forecastLinear([10, 12, null, 16], 2) // [18, 20]
 * @example forecastLinear([5], 1) // undefined
 */
export function forecastLinear(
  values: readonly (number | null)[],
  periodsAhead: number,
): number[] | undefined {
  if (!Number.isInteger(periodsAhead) || periodsAhead < 1 || periodsAhead > MAX_PERIODS_AHEAD)
    return undefined;
  const fit = fitLine(values);
  if (fit === undefined) return undefined;
  const forecasts: number[] = [];
  for (let k = 1; k <= periodsAhead; k += 1) forecasts.push(valueOnLine(fit, fit.lastPosition + k));
  return forecasts.every(isFiniteNumber) ? forecasts : undefined;
}
