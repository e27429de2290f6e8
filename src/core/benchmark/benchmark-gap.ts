import type { GapMode, Polarity } from "../words";
import { isFiniteNumber } from "../numbers";

/**
 * Gap between an actual and a benchmark, signed so that positive means better than the benchmark.
 *
 * Source: docs/rules.md, "Benchmarks" (DfE LAIT conventions).
 * - `points` (default): `higher` actual − benchmark; `lower` benchmark − actual; `neutral` and
 *   `target` have no "better" side, so they get the raw actual − benchmark.
 * - `percent`: the points gap ÷ |benchmark|, as a fraction (0.05 = 5%), so the sign still means
 *   better/worse when the benchmark is negative.
 * Bad input: a null / non-finite actual or benchmark gives null; `percent` with a benchmark of 0
 * gives null (no division by 0); a result too large to be finite gives null.
 *
 * @example benchmarkGap(8, 10, "lower") // 2 (two points better than the benchmark)
 * @example benchmarkGap(8, 10, "lower", "percent") // 0.2
 * @example benchmarkGap(8, 0, "higher", "percent") // null
 */
export function benchmarkGap(
  actual: number | null,
  benchmark: number | null,
  polarity: Polarity,
  mode: GapMode = "points",
): number | null {
  if (!isFiniteNumber(actual) || !isFiniteNumber(benchmark)) return null;
  const points = polarity === "lower" ? benchmark - actual : actual - benchmark;
  let gap = points;
  if (mode === "percent") {
    if (benchmark === 0) return null;
    gap = points / Math.abs(benchmark);
  }
  return Number.isFinite(gap) ? gap : null;
}
