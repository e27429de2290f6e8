/**
 * `npm run bench` (= npm run build:cli && node scripts/bench.js): the two benchmarks of the
 * issues, printed as figures and ratios. Not a test: it asserts nothing.
 *   a) KPI.RAG over 1,000,000 cells, one matrix call vs 1,000,000 single calls (scripts/bench-rag.js)
 *   b) a 20 x 2,000 x 12 workbook: exceljs read alone, snapshot read, validate, summarize,
 *      peak memory, and the ratio (read + validate) / read alone (scripts/bench-workbook.js)
 *   c) matching 40,000 rows against 2,000 look-alike indicators (scripts/bench-match.js)
 *   d) freezing 200,000 KPI formulas into a values-only copy (scripts/bench-freeze.js)
 * Run one part with `node scripts/bench.js rag`, `... workbook`, `... match` or `... freeze`.
 * Timings depend on the machine and its load; the load average is printed with them.
 */
const os = require("os");
const { runRagBench } = require("./bench-rag");
const { runWorkbookBench } = require("./bench-workbook");
const { runMatchBench } = require("./bench-match");
const { runFreezeBench } = require("./bench-freeze");

const PARTS = ["rag", "workbook", "match", "freeze"];

async function main() {
  const only = process.argv[2];
  if (only !== undefined && !PARTS.includes(only)) {
    console.error(`bench: unknown part "${only}"; use ${PARTS.join(", ")}, or nothing for all.`);
    process.exit(2);
  }
  const cpu = os.cpus()[0];
  console.log(
    `Node ${process.version}, ${os.cpus().length} x ${cpu ? cpu.model.trim() : "unknown CPU"}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  if (only === undefined || only === "rag") {
    console.log("");
    runRagBench();
  }
  if (only === undefined || only === "workbook") {
    console.log("");
    await runWorkbookBench();
  }
  if (only === undefined || only === "match") {
    console.log("");
    runMatchBench();
  }
  if (only === undefined || only === "freeze") {
    console.log("");
    await runFreezeBench();
  }
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
