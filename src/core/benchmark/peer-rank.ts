import type { Polarity } from "../words";
import { compareWithin, finiteValues, isFiniteNumber } from "../numbers";

/**
 * Rank of an actual among its peers: 1 = best by polarity; ties share the best rank (Excel RANK.EQ).
 *
 * Source: docs/rules.md, "Benchmarks" (rank among peers); Excel RANK.EQ. The rank is 1 + the
 * number of numeric peers strictly better than the actual: `higher` counts larger values,
 * `lower` smaller ones. Values nearly equal (relative epsilon 1e-9) tie. `neutral` and `target`
 * have no "better", so they rank largest first like RANK.EQ's default (descending) order.
 * Whether the actual itself is in `peers` does not change the answer (it is never strictly better
 * than itself). Unlike RANK.EQ, an actual missing from the peers still gets a rank.
 * Bad input: a null / non-finite actual gives null; null / non-finite peers are left out;
 * no numeric peers gives 1.
 *
 * @example peerRank(7, [9, 7, 7, 3], "higher") // 2 (only 9 is better; the 7s tie)
 * @example peerRank(7, [9, 7, 7, 3], "lower") // 2 (only 3 is better)
 */
export function peerRank(
  actual: number | null,
  peers: readonly (number | null)[],
  polarity: Polarity,
): number | null {
  if (!isFiniteNumber(actual)) return null;
  const better: -1 | 1 = polarity === "lower" ? -1 : 1;
  let betterCount = 0;
  for (const peer of finiteValues(peers)) {
    if (compareWithin(peer, actual) === better) betterCount += 1;
  }
  return 1 + betterCount;
}
