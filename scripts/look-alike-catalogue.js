/**
 * The matcher's hardest case, shared by its test (test/core/matching) and its benchmark
 * (scripts/bench-match.js): a catalogue of look-alike indicators whose names are 8 words drawn
 * from only 20 (a fixed pseudo-random sequence), and a mix of rows to match against it.
 */
const WORDS = [
  "raise",
  "reduce",
  "level",
  "attendance",
  "children",
  "care",
  "schools",
  "primary",
  "secondary",
  "assessments",
  "timescale",
  "young",
  "people",
  "education",
  "employment",
  "training",
  "health",
  "placements",
  "stability",
  "adoptions",
];

/** `count` indicators PI-0.., each named by 8 of the 20 words and its number, with one alias. */
function lookAlikeCatalogue(count) {
  let seed = 11;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = () => WORDS[Math.floor(random() * WORDS.length)];
  const indicators = Array.from({ length: count }, (_, i) => ({
    id: `PI-${i}`,
    name: `${Array.from({ length: 8 }, pick).join(" ")} ${i}`,
    aliases: [`alias ${i} ${pick()} ${pick()}`],
    polarity: "higher",
    unit: "percent",
  }));
  return { name: "look-alikes", version: "1", indicators };
}

/**
 * Matches `rows` rows with `matcher` (from indexCatalogue(catalogue)): four in ten by id, four
 * by name in capitals, one misspelt ("a" -> "e", plus "s"), one unknown. Returns the count of
 * each kind of match.
 */
function matchLookAlikeRows(matcher, catalogue, rows) {
  const counts = { id: 0, name: 0, alias: 0, near: 0, none: 0 };
  const indicators = catalogue.indicators;
  for (let row = 0; row < rows; row++) {
    const target = indicators[row % indicators.length];
    const variant = row % 10;
    const match =
      variant < 4
        ? matcher.match(target.id, target.name)
        : variant < 8
          ? matcher.match(undefined, target.name.toUpperCase())
          : variant === 8
            ? matcher.match(undefined, target.name.replace("a", "e") + "s")
            : matcher.match(undefined, `Unknown measure number ${row}`);
    counts[match.kind]++;
  }
  return counts;
}

module.exports = { lookAlikeCatalogue, matchLookAlikeRows };
