import { isFiniteNumber } from "../numbers";
import type { ProcessLimits, SpecialCause } from "./types";

type Side = -1 | 0 | 1;

/**
 * What the four special-cause rules say about each position of one segment, the
 * highest-priority rule deciding: (1) beyond a process limit; (2) part of a trend of
 * `runLength` points, each strictly higher (or lower) than the one before; (3) two of three
 * neighbouring points beyond a 2-sigma line but inside the limits, all three on the same side
 * of the mean; (4) part of a run of `runLength` points on one side of the mean.
 *
 * Source: docs/rules.md, "SPC"; NHSRplotthedots 0.2.2 (its point types), checked against its
 * published tests. Comparisons are exact, as the reference's are: a point on a limit is not
 * beyond it, a point on the mean breaks a run and spoils a two-of-three window. A trend's
 * direction is its own, even when it crosses the mean; inside a trend a point takes the
 * direction of the step after it, so a peak shared by two trends belongs to the second. Gaps
 * (null) are never flagged and break every run, trend and window they fall in. Windows never
 * reach past the segment's ends.
 * Bad input: no limits (NaN) switch off rules 1 and 3 only. Never throws.
 *
 * @example segmentSpecialCauses([1, 2, 3, 4, 5, 6, 7], limitsOf([1, 2, 3, 4, 5, 6, 7]), 7)
 * // rule "trend", direction 1, at every position
 */
export function segmentSpecialCauses(
  values: readonly (number | null)[],
  limits: ProcessLimits,
  runLength: number,
): (SpecialCause | null)[] {
  const y = (values ?? []).map((v) => (isFiniteNumber(v) ? v : null));
  const n = y.length;
  const side: (Side | null)[] = y.map((v) => (v === null ? null : (Math.sign(v - limits.mean) as Side)));
  const outside = y.map((v) => v !== null && (v > limits.upper || v < limits.lower));
  const close = y.map(
    (v, i) => v !== null && !outside[i] && (v > limits.upperTwoSigma || v < limits.lowerTwoSigma),
  );
  const length = Math.max(2, Math.floor(runLength));

  // Rule 2: every point of each window of `length` points whose steps all rise or all fall.
  const inTrend: boolean[] = y.map(() => false);
  for (let start = 0; start + length <= n; start += 1) {
    const window = y.slice(start, start + length);
    if (window.some((v) => v === null)) continue;
    const steps = window.slice(1).map((v, k) => Math.sign(v! - window[k]!));
    if (steps.every((s) => s === 1) || steps.every((s) => s === -1))
      for (let i = start; i < start + length; i += 1) inTrend[i] = true;
  }
  const trendDirection = (i: number): 1 | -1 => {
    const step =
      i + 1 < n && inTrend[i + 1] ? y[i + 1]! - y[i]! : i > 0 && y[i - 1] !== null ? y[i]! - y[i - 1]! : 0;
    return step > 0 ? 1 : -1;
  };

  // Rule 3: points beyond 2 sigma in a window of three on one side with two or more such points.
  const twoOfThree: boolean[] = y.map(() => false);
  for (let start = 0; start + 3 <= n; start += 1) {
    const sides = side.slice(start, start + 3);
    if (sides.some((s) => s === null) || Math.abs(sides.reduce<number>((t, s) => t + s!, 0)) !== 3) continue;
    if (close.slice(start, start + 3).filter(Boolean).length < 2) continue;
    for (let i = start; i < start + 3; i += 1) if (close[i]) twoOfThree[i] = true;
  }

  // Rule 4: every point of each window of `length` points all on one side of the mean.
  const inRun: boolean[] = y.map(() => false);
  for (let start = 0; start + length <= n; start += 1) {
    const first = side[start];
    if (first === null || first === 0) continue;
    if (side.slice(start, start + length).every((s) => s === first))
      for (let i = start; i < start + length; i += 1) inRun[i] = true;
  }

  return y.map((v, i): SpecialCause | null => {
    if (v === null) return null;
    const bySide: 1 | -1 = side[i] === 1 ? 1 : -1;
    if (outside[i]) return { rule: "beyond limits", direction: bySide };
    if (inTrend[i]) return { rule: "trend", direction: trendDirection(i) };
    if (twoOfThree[i]) return { rule: "two of three", direction: bySide };
    if (inRun[i]) return { rule: "shift", direction: bySide };
    return null;
  });
}
