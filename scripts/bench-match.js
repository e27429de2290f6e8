/**
 * Benchmark: matching 40,000 scorecard rows against a catalogue of 2,000 look-alike indicators
 * built from 20 words (the hardest case for the near-miss filters): four rows in ten by id,
 * four by name in capitals, one misspelt, one unknown. Uses the CLI build in lib/ (npm run
 * build:cli). Prints the time, rows per second and the match counts; asserts nothing.
 * (The test suite checks the counts on 4,000 rows, without timing them.)
 */
const path = require("path");
const { lookAlikeCatalogue, matchLookAlikeRows } = require("./look-alike-catalogue");

const REPO = path.resolve(__dirname, "..");
const ROWS = Number(process.env.BENCH_MATCH_ROWS || 40_000);
const INDICATORS = 2_000;

function runMatchBench() {
  const { indexCatalogue } = require(path.join(REPO, "lib", "src", "core", "matching"));
  const catalogue = lookAlikeCatalogue(INDICATORS);
  const started = process.hrtime.bigint();
  const matcher = indexCatalogue(catalogue);
  const indexed = process.hrtime.bigint();
  const counts = matchLookAlikeRows(matcher, catalogue, ROWS);
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
