import { boundedLevenshtein, nameSimilarity, normalizeId, normalizeName } from "../../../src/core/matching";

describe("normalizeName", () => {
  it.each([
    ["Raise the level of attendance: primary schools", "raise the level of attendance primary schools"],
    [
      "  RAISE the level   of attendance - Primary Schools. ",
      "raise the level of attendance primary schools",
    ],
    ["Raise the % of core assessments", "raise the percent of core assessments"],
    ["Raise the per cent of core assessments", "raise the percent of core assessments"],
    ["Children's Centres & Nurseries", "childrens centres and nurseries"],
    [
      "Reduce the use of 'Class A' drugs by young people. [NEW]",
      "reduce the use of class a drugs by young people new",
    ],
    ["Données café", "donnees cafe"],
    ["16- to 19-year-olds", "16 to 19 year olds"],
  ])("%p -> %p", (text, normal) => expect(normalizeName(text)).toBe(normal));

  it("writes numbers as typed", () => expect(normalizeName(2012)).toBe("2012"));
  it.each([null, undefined, NaN, {}, true])("bad input %p -> empty", (value) =>
    expect(normalizeName(value as unknown as string)).toBe(""),
  );
  it("blank and punctuation-only text -> empty", () => {
    expect(normalizeName("   ")).toBe("");
    expect(normalizeName("--")).toBe("");
  });
});

describe("normalizeId", () => {
  it.each([
    [" NI 62 ", "ni62"],
    ["ni62", "ni62"],
    [3, "3"],
    ["3", "3"],
    ["03", "3"],
    ["3.0", "3"],
    ["CYPP-05", "cypp-05"],
  ])("%p -> %p", (id, normal) => expect(normalizeId(id)).toBe(normal));
  it.each([null, undefined, NaN, Infinity, "  "])("bad input %p -> empty", (value) =>
    expect(normalizeId(value as unknown as string)).toBe(""),
  );
});

describe("boundedLevenshtein", () => {
  // Distances confirmed with Python: Levenshtein.distance (python-Levenshtein) gives the same values.
  it.each([
    ["kitten", "sitting", 3],
    ["attendence", "attendance", 1],
    ["", "abc", 3],
    ["abc", "abc", 0],
    ["flaw", "lawn", 2],
    ["primary", "secondary", 6],
  ])("%p vs %p = %i", (a, b, distance) => {
    expect(boundedLevenshtein(a, b, Infinity)).toBe(distance);
    expect(boundedLevenshtein(b, a, 10)).toBe(distance);
  });

  it("stops at the limit", () => {
    expect(boundedLevenshtein("primary", "secondary", 2)).toBe(3);
    expect(boundedLevenshtein("kitten", "sitting", 3)).toBe(3);
    expect(boundedLevenshtein("kitten", "sitting", 2)).toBe(3);
    expect(boundedLevenshtein("a", "abcdef", 1)).toBe(2);
  });

  it("agrees with the full count on random strings whenever within the limit", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const word = () =>
      Array.from({ length: Math.floor(random() * 12) }, () => "abc "[Math.floor(random() * 4)]).join("");
    for (let i = 0; i < 500; i++) {
      const a = word();
      const b = word();
      const full = boundedLevenshtein(a, b, Infinity);
      for (const limit of [0, 1, 2, 3, 5, 8])
        expect(boundedLevenshtein(a, b, limit)).toBe(full <= limit ? full : limit + 1);
    }
  });

  it("bad input: non-strings are empty, a bad limit is 0", () => {
    expect(boundedLevenshtein(null as unknown as string, "ab", 5)).toBe(2);
    expect(boundedLevenshtein("ab", "ac", -1)).toBe(1);
    expect(boundedLevenshtein("ab", "ab", NaN)).toBe(0);
  });
});

describe("nameSimilarity", () => {
  it("one edit in 45 characters", () =>
    expect(
      nameSimilarity(
        "raise the level of attendence primary schools",
        "raise the level of attendance primary schools",
      ),
    ).toBeCloseTo(1 - 1 / 45, 10));
  it("identical and empty names", () => {
    expect(nameSimilarity("abc", "abc")).toBe(1);
    expect(nameSimilarity("", "")).toBe(1);
    expect(nameSimilarity("abc", "")).toBe(0);
  });
});
