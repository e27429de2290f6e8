import type { Catalogue, Indicator } from "../../../src/core/catalogue/types";
import {
  indexCatalogue,
  matchIndicator,
  nameSimilarity,
  NEAR_MATCH_THRESHOLD,
  normalizeName,
} from "../../../src/core/matching";
import { DEEP } from "../../support/properties";
// The look-alike catalogue and row mix are shared with the benchmark (npm run bench match).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lookAlikeCatalogue, matchLookAlikeRows } = require("../../../scripts/look-alike-catalogue") as {
  lookAlikeCatalogue: (count: number) => unknown;
  matchLookAlikeRows: (
    matcher: ReturnType<typeof indexCatalogue>,
    catalogue: Catalogue,
    rows: number,
  ) => Record<"id" | "name" | "alias" | "near" | "none", number>;
};

/** Rows matched in the large-catalogue test: 4,000 in npm test, 40,000 in npm run test:deep. */
const MATCH_ROWS = DEEP ? 40_000 : 4_000;
/** Queries compared with a full search: 150 in npm test (the same every run), 3,000 in test:deep. */
const NEAR_QUERIES = DEEP ? 3_000 : 150;

function indicator(id: string, name: string, aliases: string[] = []): Indicator {
  return { id, name, aliases, polarity: "higher", unit: "percent" };
}

const primary = indicator("CS-17", "Raise the level of attendance: primary schools", ["Primary attendance"]);
const secondary = indicator("CS-18", "Raise the level of attendance: secondary schools", [
  "Secondary attendance",
]);
const inCare = indicator("3", "Reduce the number of children in care", ["Looked after children (number)"]);
const assessments = indicator(
  "CYPP-05",
  "Raise the % of core assessments for children carried out within 35 days",
);
const catalogue: Catalogue = {
  name: "Children's services",
  version: "2012-13",
  indicators: [primary, secondary, inCare, assessments],
};

describe("matchIndicator", () => {
  it("by id, ignoring case and spaces", () => {
    expect(matchIndicator(catalogue, " cs-17 ", undefined)).toEqual({
      kind: "id",
      indicator: primary,
      nameAgrees: true,
    });
  });

  it("by id, a number equal to a text id", () => {
    expect(matchIndicator(catalogue, 3, "anything")).toEqual({
      kind: "id",
      indicator: inCare,
      nameAgrees: false,
    });
    expect(matchIndicator(catalogue, "03", undefined)).toEqual({
      kind: "id",
      indicator: inCare,
      nameAgrees: true,
    });
  });

  it("by id, flagging a name that is another indicator's", () => {
    expect(matchIndicator(catalogue, "CS-17", "Raise the level of attendance: secondary schools")).toEqual({
      kind: "id",
      indicator: primary,
      nameAgrees: false,
      nameConflict: secondary,
    });
    expect(matchIndicator(catalogue, "CS-17", "Primary attendance")).toEqual({
      kind: "id",
      indicator: primary,
      nameAgrees: true,
    });
  });

  it("by name, whatever the case, spacing and punctuation", () => {
    expect(matchIndicator(catalogue, undefined, "RAISE the level of  attendance - primary schools.")).toEqual(
      { kind: "name", indicator: primary },
    );
    expect(
      matchIndicator(
        catalogue,
        undefined,
        "Raise the per cent of core assessments for children carried out within 35 days",
      ),
    ).toEqual({
      kind: "name",
      indicator: assessments,
    });
  });

  it("by name when the id is not in the catalogue (a local row number)", () => {
    expect(matchIndicator(catalogue, "44", "Reduce the number of children in care")).toEqual({
      kind: "name",
      indicator: inCare,
    });
  });

  it("by alias", () => {
    expect(matchIndicator(catalogue, undefined, "primary ATTENDANCE")).toEqual({
      kind: "alias",
      indicator: primary,
    });
    expect(matchIndicator(catalogue, "", "Looked after children (number)")).toEqual({
      kind: "alias",
      indicator: inCare,
    });
  });

  it("near miss: a typo suggests the primary attendance measure", () => {
    const match = matchIndicator(catalogue, undefined, "Raise the level of attendence: primary schools");
    expect(match).toEqual({
      kind: "near",
      suggestion: primary,
      score: expect.any(Number),
      matchedText: primary.name,
    });
    expect(match.kind === "near" && match.score).toBeCloseTo(1 - 1 / 45, 10);
  });

  it("near miss: words in another order", () => {
    const match = matchIndicator(catalogue, undefined, "Primary schools: raise the level of attendance");
    expect(match.kind === "near" && match.suggestion).toBe(primary);
  });

  it("no match for an unrelated name", () => {
    expect(matchIndicator(catalogue, undefined, "Number of library visits per 1,000 population")).toEqual({
      kind: "none",
    });
    expect(matchIndicator(catalogue, "ZZ-1", "Potholes repaired")).toEqual({ kind: "none" });
  });

  it.each([
    [undefined, undefined],
    ["", ""],
    ["  ", "   "],
    [undefined, "--"],
  ])("empty inputs (%p, %p) -> none", (id, name) =>
    expect(matchIndicator(catalogue, id, name)).toEqual({ kind: "none" }),
  );

  it("bad catalogues match nothing", () => {
    expect(matchIndicator({} as Catalogue, "3", "x")).toEqual({ kind: "none" });
    expect(matchIndicator(null as unknown as Catalogue, "3", "x")).toEqual({ kind: "none" });
    const messy = {
      name: "m",
      version: "1",
      indicators: [null, { id: 5, name: null, aliases: "x" }, inCare],
    } as unknown as Catalogue;
    expect(matchIndicator(messy, undefined, "Reduce the number of children in care")).toEqual({
      kind: "name",
      indicator: inCare,
    });
  });
});

describe("indexCatalogue", () => {
  it("the threshold is 0.8 by default and can be changed", () => {
    expect(NEAR_MATCH_THRESHOLD).toBe(0.8);
    const strict = indexCatalogue(catalogue, { nearThreshold: 0.99 });
    expect(strict.match(undefined, "Raise the level of attendence: primary schools")).toEqual({
      kind: "none",
    });
    const none = indexCatalogue(catalogue, { nearThreshold: 2 });
    expect(none.match(undefined, "Raise the level of attendence: primary schools")).toEqual({ kind: "none" });
    const loose = indexCatalogue(catalogue, { nearThreshold: -1 });
    expect(loose.match(undefined, "xyz").kind).toBe("near");
  });

  it("prefers the better suggestion, then catalogue order", () => {
    const matcher = indexCatalogue(catalogue);
    const match = matcher.match(undefined, "Raise the level of attendance: secondry schools");
    expect(match.kind === "near" && match.suggestion).toBe(secondary);
  });

  it("gives the same answer twice (remembered near misses)", () => {
    const matcher = indexCatalogue(catalogue);
    const first = matcher.match(undefined, "Raise the level of attendence: primary schools");
    expect(matcher.match(undefined, "raise the level of attendence primary schools")).toEqual(first);
  });

  it("looks up ids", () => {
    const matcher = indexCatalogue(catalogue);
    expect(matcher.size).toBe(4);
    expect(matcher.byId("cypp-05")).toBe(assessments);
    expect(matcher.byId(undefined)).toBeUndefined();
    expect(matcher.byId("nope")).toBeUndefined();
  });

  it("the first indicator wins when two share an id or a name", () => {
    const twin = indicator("CS-17", "Raise the level of attendance: primary schools");
    const matcher = indexCatalogue({ ...catalogue, indicators: [primary, twin] });
    expect(matcher.match("CS-17", undefined)).toEqual({ kind: "id", indicator: primary, nameAgrees: true });
    expect(matcher.match(undefined, primary.name)).toEqual({ kind: "name", indicator: primary });
  });

  // How fast is measured by `npm run bench match`, not here (no timed assertions).
  it(`matches ${MATCH_ROWS.toLocaleString("en-GB")} rows against 2,000 look-alike indicators: ids, names, near misses`, () => {
    const bigCatalogue = lookAlikeCatalogue(2000) as Catalogue;
    const counts = matchLookAlikeRows(indexCatalogue(bigCatalogue), bigCatalogue, MATCH_ROWS);
    // Four rows in ten by id, four by name in capitals, one a near miss, one unknown.
    expect(counts.id).toBe(MATCH_ROWS * 0.4);
    expect(counts.name).toBe(MATCH_ROWS * 0.4);
    expect(counts.alias).toBe(0);
    expect(counts.near + counts.none).toBe(MATCH_ROWS * 0.2);
    // Nearly every misspelt name ("a" -> "e", plus "s") is found as a near miss.
    expect(counts.near).toBeGreaterThan(MATCH_ROWS * 0.0975);
  });
});

describe("the near-miss search finds exactly what a full comparison finds", () => {
  it(`on ${NEAR_QUERIES} random queries against 300 look-alike names`, () => {
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const words = [
      "care",
      "cares",
      "school",
      "schools",
      "rate",
      "rates",
      "young",
      "old",
      "in",
      "of",
      "the",
      "level",
    ];
    const phrase = () =>
      Array.from(
        { length: 2 + Math.floor(random() * 5) },
        () => words[Math.floor(random() * words.length)] ?? "",
      ).join(" ");
    const mutate = (text: string) => {
      const chars = [...text];
      const edits = Math.floor(random() * 4);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * (chars.length + 1));
        const kind = random();
        if (kind < 0.33) chars.splice(at, 1);
        else if (kind < 0.66) chars.splice(at, 0, "xyz "[Math.floor(random() * 4)] ?? "x");
        else chars[at] = "e";
      }
      return chars.join("");
    };
    const list: Indicator[] = Array.from({ length: 150 }, (_, i) => indicator(`P${i}`, phrase(), [phrase()]));
    const matcher = indexCatalogue({ name: "r", version: "1", indicators: list });
    const entries = list.flatMap((ind) =>
      [ind.name, ...ind.aliases].map((text) => ({ ind, text: normalizeName(text) })),
    );
    const sorted = (t: string) => t.split(" ").sort().join(" ");
    const seen = { near: 0, none: 0 };
    for (let q = 0; q < NEAR_QUERIES; q++) {
      const query = mutate(phrase());
      const normal = normalizeName(query);
      const match = matcher.match(undefined, query);
      if (match.kind === "name" || match.kind === "alias" || normal === "") continue;
      let bestScore = NEAR_MATCH_THRESHOLD;
      let best: Indicator | undefined;
      for (const { ind, text } of entries) {
        const score = Math.max(nameSimilarity(normal, text), nameSimilarity(sorted(normal), sorted(text)));
        if (score > bestScore + 1e-12 || (best === undefined && score >= bestScore - 1e-12)) {
          bestScore = score;
          best = ind;
        }
      }
      if (best === undefined) {
        expect(match).toEqual({ kind: "none" });
        seen.none++;
      } else {
        seen.near++;
        expect(match.kind).toBe("near");
        if (match.kind === "near") {
          expect(match.score).toBeCloseTo(bestScore, 10);
          expect(match.suggestion).toBe(best);
        }
      }
    }
    expect(seen.near).toBeGreaterThan(NEAR_QUERIES / 20);
    expect(seen.none).toBeGreaterThan(NEAR_QUERIES / 20);
  });
});
