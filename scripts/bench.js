/**
 * `npm run bench` (= npm run build && node scripts/bench.js): the benchmarks of the issues,
 * printed as figures and ratios. Not a test: it asserts nothing.
 *   a) process: whole processes on the benchmark workbook at 1x, 4x and 16x (68,034 to 1,088,544
 *      cells): exceljs's full load, our reader alone, `scorecard validate`, `scorecard summarize`,
 *      each with peak RSS; their ratios; a 6,000,000-cell workbook refused by the cell limit; the
 *      CLI's cold start; the bundles, raw and gzipped (scripts/bench-process.js)
 *   b) reader: our reader with fflate and with zlib against exceljs, and our scanner against
 *      saxes on the same XML (scripts/bench-reader.js)
 *   c) rag: KPI.RAG over 1,000,000 cells, one matrix call vs 1,000,000 single calls (scripts/bench-rag.js)
 *   d) match: 40,000 rows against 2,000 look-alike indicators (scripts/bench-match.js)
 *   e) freeze: 200,000 KPI formulas into a values-only copy (scripts/bench-freeze.js)
 * Run one part with `node scripts/bench.js process` (or reader, rag, match, freeze).
 * Timings depend on the machine and its load; the load average is printed with them.
 */
const os = require("os");
const { runProcessBench } = require("./bench-process");
const { runReaderBench } = require("./bench-reader");
const { runRagBench } = require("./bench-rag");
const { runMatchBench } = require("./bench-match");
const { runFreezeBench } = require("./bench-freeze");

const PARTS = {
  process: runProcessBench,
  reader: runReaderBench,
  rag: runRagBench,
  match: runMatchBench,
  freeze: runFreezeBench,
};

async function main() {
  const only = process.argv[2];
  if (only !== undefined && !(only in PARTS)) {
    console.error(`bench: unknown part "${only}"; use ${Object.keys(PARTS).join(", ")}, or nothing for all.`);
    process.exit(2);
  }
  const cpu = os.cpus()[0];
  console.log(
    `Node ${process.version}, ${os.cpus().length} x ${cpu ? cpu.model.trim() : "unknown CPU"}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  for (const [name, run] of Object.entries(PARTS)) {
    if (only !== undefined && only !== name) continue;
    console.log("");
    await run();
  }
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
