/**
 * Benchmark: matching 40,000 scorecard rows against a catalogue of 2,000 look-alike indicators
 * built from 20 words (the hardest case for the near-miss filters): four rows in ten by id,
 * four by name in capitals, one misspelt, one unknown. Uses the CLI build in lib/ (npm run
 * build:cli). Prints the time, rows per second and the match counts; asserts nothing.
 * (The test suite checks the counts on 4,000 rows, without timing them.)
 */
const path = require("path");

const REPO = path.resolve(__dirname, "..");
const ROWS = Number(process.env.BENCH_MATCH_ROWS || 40_000);
const INDICATORS = 2_000;
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

function lookAlikeCatalogue() {
  let seed = 11;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = () => WORDS[Math.floor(random() * WORDS.length)];
  const indicators = Array.from({ length: INDICATORS }, (_, i) => ({
    id: `PI-${i}`,
    name: `${Array.from({ length: 8 }, pick).join(" ")} ${i}`,
    aliases: [`alias ${i} ${pick()} ${pick()}`],
    polarity: "higher",
    unit: "percent",
  }));
  return { name: "look-alikes", version: "1", indicators };
}

function runMatchBench() {
  const { indexCatalogue } = require(path.join(REPO, "lib", "src", "core", "matching"));
  const catalogue = lookAlikeCatalogue();
  const started = process.hrtime.bigint();
  const matcher = indexCatalogue(catalogue);
  const indexed = process.hrtime.bigint();
  const counts = { id: 0, name: 0, alias: 0, near: 0, none: 0 };
  for (let row = 0; row < ROWS; row++) {
    const target = catalogue.indicators[row % INDICATORS];
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
  const done = process.hrtime.bigint();
  const ms = (from, to) => Number(to - from) / 1e6;
  console.log(
    `Matching ${ROWS.toLocaleString("en-GB")} rows against ${INDICATORS.toLocaleString("en-GB")} look-alike indicators`,
  );
  console.log(`  index the catalogue: ${ms(started, indexed).toFixed(0)} ms`);
  console.log(
    `  match the rows:      ${ms(indexed, done).toFixed(0)} ms (${Math.round(ROWS / (ms(indexed, done) / 1000)).toLocaleString("en-GB")} rows/s)`,
  );
  console.log(`  matches: ${JSON.stringify(counts)}`);
}

module.exports = { runMatchBench };
