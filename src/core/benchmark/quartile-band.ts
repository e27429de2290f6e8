import type { Polarity } from "../words";
import { finiteValues, isAtMost, isFiniteNumber } from "../numbers";
import { quartileInc } from "./quartile-inc";

/** A quartile band: A is the best quarter by polarity, D the worst; "-" means no band (neutral). */
export type QuartileBandLetter = "A" | "B" | "C" | "D" | "-";

/**
 * Quartile band A–D of an actual among its peers, A being the best quarter by polarity.
 *
 * Source: docs/rules.md, "Benchmarks" (DfE LAIT quartile banding). Quartiles are Excel
 * QUARTILE.INC over the numeric peers; bands include their upper boundary (compared with a
 * relative epsilon):
 * - `higher`: D x <= Q1, C Q1 < x <= Q2, B Q2 < x <= Q3, A x > Q3.
 * - `lower`: A x <= Q1, B Q1 < x <= Q2, C Q2 < x <= Q3, D x > Q3.
 * `neutral` and `target` polarity have no best quarter: "-" (checked first, even with no data).
 * Bad input: a null / non-finite actual, or no numeric peers, gives null. Peers are not changed.
 *
 * @example quartileBand(3.5, [1, 2, 3, 4], "higher") // "A" (Q3 = 3.25)
 * @example quartileBand(1.75, [1, 2, 3, 4], "lower") // "A" (exactly Q1: the band includes it)
 */
export function quartileBand(
  actual: number | null,
  peers: readonly (number | null)[],
  polarity: Polarity,
): QuartileBandLetter | null {
  if (polarity !== "higher" && polarity !== "lower") return "-";
  if (!isFiniteNumber(actual)) return null;
  const values = finiteValues(peers);
  const q1 = quartileInc(values, 1);
  const q2 = quartileInc(values, 2);
  const q3 = quartileInc(values, 3);
  if (q1 === null || q2 === null || q3 === null) return null;

  // Bands from the bottom: [.., Q1], (Q1, Q2], (Q2, Q3], (Q3, ..).
  const fromBottom = isAtMost(actual, q1) ? 0 : isAtMost(actual, q2) ? 1 : isAtMost(actual, q3) ? 2 : 3;
  const letters: readonly QuartileBandLetter[] =
    polarity === "higher" ? ["D", "C", "B", "A"] : ["A", "B", "C", "D"];
  return letters[fromBottom] ?? null;
}
