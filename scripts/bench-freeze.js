/**
 * Benchmark: `scorecard freeze` on a workbook with 200,000 KPI formulas (40,000 rows of five
 * `KPI.RAG` cells with cached results, written by exceljs, one shared formula per column), next
 * to exceljs merely loading the same file. Uses the CLI build in lib/ (npm run build:cli).
 * Prints times, the ratio freeze / exceljs load and the heap; asserts nothing.
 */
const path = require("path");
const ExcelJS = require("exceljs");

const REPO = path.resolve(__dirname, "..");
const ROWS = Number(process.env.BENCH_FREEZE_ROWS || 40_000);
const COLUMNS = 5;

async function workbookWithFormulas() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Scorecard");
  sheet.addRow(["Target", "Actual", "RAG 1", "RAG 2", "RAG 3", "RAG 4", "RAG 5"]);
  for (let r = 2; r <= ROWS + 1; r++) {
    const row = [90, 80 + (r % 20)];
    for (let c = 0; c < COLUMNS; c++)
      row.push({ formula: `KPI.RAG(B${r},A${r})`, result: r % 20 >= 10 ? "Green" : "Amber" });
    sheet.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function runFreezeBench() {
  const { freezeWorkbook } = require(path.join(REPO, "lib", "src", "adapters", "xlsx", "freeze"));
  const bytes = await workbookWithFormulas();
  const time = async (step) => {
    const started = process.hrtime.bigint();
    const result = await step();
    return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  };
  const load = await time(() => new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes)));
  const freeze = await time(() => freezeWorkbook(bytes, { sourceName: "bench.xlsx", frozenAt: new Date() }));
  const out = freeze.result;
  console.log(
    `Freezing ${(ROWS * COLUMNS).toLocaleString("en-GB")} KPI formulas (${ROWS.toLocaleString("en-GB")} rows, ${(bytes.length / 1e6).toFixed(1)} MB file)`,
  );
  console.log(`  exceljs load alone: ${load.ms.toFixed(0)} ms`);
  console.log(
    `  freeze:             ${freeze.ms.toFixed(0)} ms (${out.ok ? `${out.frozen.toLocaleString("en-GB")} frozen, ${out.kept.length} kept, copy ${(out.bytes.length / 1e6).toFixed(1)} MB` : out.reason})`,
  );
  console.log(`  freeze / exceljs load: ${(freeze.ms / load.ms).toFixed(2)}`);
  console.log(`  heap used after: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
}

module.exports = { runFreezeBench };
