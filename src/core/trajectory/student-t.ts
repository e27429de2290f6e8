/**
 * Student's t distribution for whole degrees of freedom: the two-sided probability and its
 * inverse, for the prediction interval of a baseline forecast.
 */
import { isFiniteNumber } from "../numbers";

/**
 * P(|T| ≤ t) for Student's t with `df` degrees of freedom (a whole number of at least 1).
 *
 * Source: Abramowitz and Stegun, Handbook of Mathematical Functions, 26.7.3 (odd df) and 26.7.4
 * (even df): exact finite sums in θ = arctan(t / √df), so no special functions are needed.
 * Bad input: t is taken as |t|; df that is not a whole number of at least 1, or NaN t, gives NaN;
 * t = Infinity gives 1. Never throws.
 *
 * @example studentTTwoSided(12.706204736174707, 1) // 0.95
 * @example studentTTwoSided(0, 5) // 0
 */
export function studentTTwoSided(t: number, df: number): number {
  if (Number.isNaN(t) || !Number.isInteger(df) || df < 1) return NaN;
  const x = Math.abs(t);
  if (x === Infinity) return 1;
  const theta = Math.atan(x / Math.sqrt(df));
  const sin = Math.sin(theta);
  const cos2 = Math.cos(theta) ** 2;
  if (df % 2 === 1) {
    if (df === 1) return (2 / Math.PI) * theta;
    // θ + sinθ (cosθ + (2/3) cos³θ + … + (2·4···(df−3))/(1·3···(df−2)) cos^(df−2)θ)
    let term = Math.cos(theta);
    let sum = term;
    for (let k = 3; k <= df - 2; k += 2) {
      term *= (cos2 * (k - 1)) / k;
      sum += term;
      if (term < Number.EPSILON * sum) break;
    }
    return Math.min(1, (2 / Math.PI) * (theta + sin * sum));
  }
  // sinθ (1 + (1/2) cos²θ + (1·3)/(2·4) cos⁴θ + … + (1·3···(df−3))/(2·4···(df−2)) cos^(df−2)θ)
  let term = 1;
  let sum = 1;
  for (let k = 2; k <= df - 2; k += 2) {
    term *= (cos2 * (k - 1)) / k;
    sum += term;
    if (term < Number.EPSILON * sum) break;
  }
  return Math.min(1, sin * sum);
}

/**
 * The t for which P(|T| ≤ t) = `level` with `df` degrees of freedom: the multiplier of a
 * two-sided prediction or confidence interval (0.95 and 3 degrees of freedom give 3.182).
 *
 * Source: inverse of `studentTTwoSided` by bisection to full double precision, as Excel's
 * T.INV.2T(1 − level, df).
 * Bad input: a level outside (0, 1) or df that is not a whole number of at least 1 gives NaN.
 * Never throws.
 *
 * @example studentTQuantile(0.95, 3) // 3.182446305284263
 */
export function studentTQuantile(level: number, df: number): number {
  if (!isFiniteNumber(level) || level <= 0 || level >= 1 || !Number.isInteger(df) || df < 1) return NaN;
  let low = 0;
  let high = 1;
  while (studentTTwoSided(high, df) < level && high < 1e300) high *= 2;
  for (let i = 0; i < 2000 && high - low > Number.EPSILON * high; i += 1) {
    const mid = (low + high) / 2;
    if (mid === low || mid === high) break;
    if (studentTTwoSided(mid, df) < level) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
