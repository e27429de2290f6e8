import { peerRank } from "../../../src/core/benchmark";
import type { Polarity } from "../../../src/core/words";

describe("peerRank — 1 is best; ties share the best rank (Excel RANK.EQ)", () => {
  const peers = [9, 7, 7, 3];
  test.each<[string, number | null, readonly (number | null)[], Polarity, number | null]>([
    // RANK.EQ(7,{9,7,7,3},0) = 2: only 9 is larger
    ["higher: 7 ranks 2 (ties share)", 7, peers, "higher", 2],
    ["higher: 9 ranks 1", 9, peers, "higher", 1],
    // RANK.EQ(3,{9,7,7,3},0) = 4
    ["higher: 3 ranks 4 (after the tie)", 3, peers, "higher", 4],
    // RANK.EQ(7,{9,7,7,3},1) = 2: only 3 is smaller
    ["lower: 7 ranks 2", 7, peers, "lower", 2],
    ["lower: 3 ranks 1", 3, peers, "lower", 1],
    ["lower: 9 ranks 4", 9, peers, "lower", 4],
    ["all tied: everyone is 1", 5, [5, 5, 5], "higher", 1],
    ["neutral ranks largest first, like RANK.EQ's default", 7, peers, "neutral", 2],
    ["target polarity ranks largest first", 3, peers, "target", 4],
    ["actual not among peers still gets a rank: 8 ranks 2", 8, peers, "higher", 2],
    ["nearly equal values tie: 0.1 + 0.2 vs 0.3", 0.3, [0.1 + 0.2, 0.1], "higher", 1],
    ["gaps among peers are left out", 7, [null, 9, NaN, 7, Infinity], "higher", 2],
    ["no peers: rank 1", 7, [], "higher", 1],
    ["no actual", null, peers, "higher", null],
    ["NaN actual", NaN, peers, "lower", null],
  ])("%s", (_label, actual, peerValues, polarity, expected) => {
    expect(peerRank(actual, peerValues, polarity)).toBe(expected);
  });
});
