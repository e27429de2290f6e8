/**
 * Benchmark (issue 3, item 9): a generated workbook of 20 sheets x 2,000 indicators x 12 monthly
 * periods (ID, Indicator, Target, Apr..Mar, RAG, Commentary: 17 columns), with a matching
 * catalogue of 40,000 indicators (unique ids per sheet). Prints:
 *   - exceljs read time alone (Workbook.xlsx.load of the bytes, no snapshot),
 *   - readWorkbookSnapshot time, validate time (checkWorkbook), summarize time
 *     (buildSummaryPlan + writeSummaryWorkbook),
 *   - peak memory (the process's maximum RSS, and heap used after each step),
 *   - the ratios (snapshot read + validate) / exceljs read alone (the aim: <= 1.3) and
 *     validate / exceljs read alone.
 * Each measurement runs in a fresh child process (so peaks and garbage do not carry over),
 * BENCH_RUNS times (default 3); the median is printed. Asserts nothing.
 *
 * Needs lib/ (npm run build:cli). Knobs: BENCH_SHEETS, BENCH_ROWS, BENCH_RUNS, BENCH_KEEP=1
 * (keep the generated files and print their folder).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const REPO = path.resolve(__dirname, "..");
const LIB = path.join(REPO, "lib", "src");
const SHEETS = Number(process.env.BENCH_SHEETS || 20);
const ROWS = Number(process.env.BENCH_ROWS || 2000);
const RUNS = Number(process.env.BENCH_RUNS || 3);
const MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];
const HEADER = ["ID", "Indicator", "Target", ...MONTHS, "RAG", "Commentary"];
const OUTCOMES = [
  "Stay safe",
  "Be healthy",
  "Enjoy and achieve",
  "Make a positive contribution",
  "Economic well-being",
  "Workforce",
  "Finance",
  "Customers",
];

function requireLib(relative) {
  try {
    return require(path.join(LIB, relative));
  } catch (e) {
    if (e && e.code === "MODULE_NOT_FOUND") {
      console.error("bench: lib/ is not built. Run `npm run build:cli` first (npm run bench does).");
      process.exit(2);
    }
    throw e;
  }
}

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

/** A deterministic pseudo-random sequence in [0, 1). */
function sequence(seed) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** The colour the rules give (docs/rules.md, 5% relative tolerance), as a team would type it. */
function colour(value, target, polarity) {
  // Edges compared with a little slack, as the engine compares them (0.817 is amber against 0.86).
  const atLeast = (a, b) => a >= b - 1e-9 * Math.max(1, Math.abs(b));
  if (polarity === "higher")
    return atLeast(value, target) ? "Green" : atLeast(value, target * 0.95) ? "Amber" : "Red";
  return atLeast(target, value) ? "Green" : atLeast(target * 1.05, value) ? "Amber" : "Red";
}

/**
 * Indicator k of sheet s: even k a percentage (0-1 scale, "0.0%" format, higher is better),
 * odd k a count (lower is better). About 1 cell in 97 is "tbc", 1 in 211 a number typed as
 * text, 1 row in 53 has the wrong colour, 1 in 71 none, 1 in 7 no commentary: enough mess for
 * the findings to be realistic (a few thousand), not so much that they dominate.
 */
function generate({ sheetCount = SHEETS, rowCount = ROWS } = {}) {
  const random = sequence(20240401);
  const indicators = [];
  const sheets = [];
  for (let s = 1; s <= sheetCount; s++) {
    const rows = [HEADER];
    const formats = [[]];
    for (let k = 1; k <= rowCount; k++) {
      const id = `S${String(s).padStart(2, "0")}-${String(k).padStart(4, "0")}`;
      const percent = k % 2 === 0;
      const name = `${percent ? "Percentage of cases completed on time" : "Number of open cases"} (service ${s}, measure ${k})`;
      const target = percent ? (80 + (k % 10)) / 100 : 100 + (k % 50);
      const polarity = percent ? "higher" : "lower";
      indicators.push({
        id,
        name,
        polarity,
        unit: percent ? "percent" : "count",
        ...(percent ? { percentScale: "0-1" } : {}),
        frequency: "monthly",
        target,
        outcomeArea: OUTCOMES[k % OUTCOMES.length],
        plausibleMin: 0,
        ...(percent ? { plausibleMax: 1 } : {}),
      });
      const row = [id, name, target];
      const format = [null, null, percent ? "0%" : null];
      let last = null;
      for (let m = 0; m < MONTHS.length; m++) {
        const raw = percent
          ? Math.round(target * (0.85 + random() * 0.25) * 1000) / 1000
          : Math.round(target * (0.9 + random() * 0.2));
        const roll = random();
        if (roll < 1 / 97) {
          row.push("tbc");
          format.push(null);
        } else if (roll < 1 / 97 + 1 / 211) {
          row.push(percent ? `${(raw * 100).toFixed(1)}%` : String(raw));
          format.push(null);
          last = raw;
        } else {
          row.push(raw);
          format.push(percent ? "0.0%" : null);
          last = raw;
        }
      }
      const rag = last === null ? "" : colour(last, target, polarity);
      const typed = k % 71 === 0 ? null : k % 53 === 0 ? (rag === "Red" ? "Green" : "Red") : rag;
      row.push(
        typed,
        k % 7 === 0
          ? null
          : `Update for March: ${rag === "Red" ? "recovery plan agreed with the service lead" : "on track"}.`,
      );
      format.push(null, null);
      rows.push(row);
      formats.push(format);
    }
    sheets.push({ name: `Service ${String(s).padStart(2, "0")}`, rows, numberFormats: formats });
  }
  return { sheets, catalogue: { name: "Benchmark catalogue", version: "1", indicators } };
}

// ---------------------------------------------------------------------------------------------
// Child-process phases: each prints one JSON line.

async function phaseReadAlone(file) {
  const { Workbook } = require("exceljs");
  const bytes = new Uint8Array(fs.readFileSync(file));
  const start = process.hrtime.bigint();
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes);
  const readMs = ms(start);
  let cells = 0;
  workbook.eachSheet((sheet) => (cells += sheet.actualRowCount * sheet.actualColumnCount));
  return { readMs, cells, heapAfter: process.memoryUsage().heapUsed, peakRss: peakRss() };
}

async function phaseEngine(file, catalogueFile) {
  const { readWorkbookSnapshot, writeSummaryWorkbook } = requireLib("adapters/xlsx");
  const { loadCatalogue } = requireLib("core/catalogue");
  const { checkWorkbook } = requireLib("core/engine");
  const { buildSummaryPlan } = requireLib("core/summary");
  const bytes = new Uint8Array(fs.readFileSync(file));

  let start = process.hrtime.bigint();
  const catalogue = loadCatalogue(JSON.parse(fs.readFileSync(catalogueFile, "utf8")));
  const catalogueMs = ms(start);
  if (!catalogue.ok)
    throw new Error(`generated catalogue is invalid: ${JSON.stringify(catalogue.problems.slice(0, 3))}`);

  start = process.hrtime.bigint();
  const read = await readWorkbookSnapshot(bytes, path.basename(file));
  const snapshotMs = ms(start);
  if (!read.ok) throw new Error(read.reason);
  const heapAfterRead = process.memoryUsage().heapUsed;
  const peakAfterRead = peakRss();

  start = process.hrtime.bigint();
  const result = checkWorkbook(read.snapshot, { catalogue });
  const validateMs = ms(start);
  const heapAfterValidate = process.memoryUsage().heapUsed;

  start = process.hrtime.bigint();
  const plan = buildSummaryPlan(result.analysis, { generatedAt: new Date().toISOString() });
  const planMs = ms(start);
  start = process.hrtime.bigint();
  const summary = await writeSummaryWorkbook(plan);
  const writeMs = ms(start);

  return {
    catalogueMs,
    snapshotMs,
    validateMs,
    planMs,
    writeMs,
    cells: read.cellCount,
    indicators: result.analysis.indicators.length,
    counts: result.report.counts,
    period: result.report.period,
    summaryBytes: summary.length,
    heapAfterRead,
    heapAfterValidate,
    peakAfterRead,
    peakRss: peakRss(),
  };
}

function runPhase(args) {
  const child = spawnSync(process.execPath, [__filename, ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0)
    throw new Error(`bench phase ${args[0]} failed (exit ${child.status}):\n${child.stderr}`);
  const line = child.stdout.trim().split("\n").pop();
  return JSON.parse(line);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

async function runWorkbookBench(log = console.log) {
  const { writeWorkbookWithSheets } = requireLib("adapters/xlsx");
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-bench-"));
  const file = path.join(folder, "bench-scorecard.xlsx");
  const catalogueFile = path.join(folder, "bench-catalogue.json");
  try {
    let start = process.hrtime.bigint();
    const { sheets, catalogue } = generate();
    fs.writeFileSync(catalogueFile, JSON.stringify(catalogue));
    fs.writeFileSync(file, await writeWorkbookWithSheets(sheets));
    const cells = SHEETS * (ROWS + 1) * HEADER.length;
    log(
      `Workbook: ${SHEETS} sheets x ${ROWS.toLocaleString("en-GB")} indicators x ${MONTHS.length} months (${HEADER.length} columns, ${cells.toLocaleString("en-GB")} cells), ` +
        `${mb(fs.statSync(file).size)} on disk; catalogue of ${catalogue.indicators.length.toLocaleString("en-GB")} indicators. Generated in ${(ms(start) / 1000).toFixed(1)} s.`,
    );

    const alone = [];
    const engine = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternate the order so neither side always runs on a warmer disk cache.
      if (run % 2 === 0) {
        alone.push(runPhase(["--phase", "read-alone", file]));
        engine.push(runPhase(["--phase", "engine", file, catalogueFile]));
      } else {
        engine.push(runPhase(["--phase", "engine", file, catalogueFile]));
        alone.push(runPhase(["--phase", "read-alone", file]));
      }
    }
    const m = (list, key) => median(list.map((x) => x[key]));
    const best = (list, key) => Math.min(...list.map((x) => x[key]));
    const readAlone = m(alone, "readMs");
    const snapshot = m(engine, "snapshotMs");
    const validate = m(engine, "validateMs");
    const plan = m(engine, "planMs");
    const write = m(engine, "writeMs");
    const last = engine[engine.length - 1];
    const row = (label, value, extra = "") =>
      log(`  ${label.padEnd(44)} ${value.toFixed(0).padStart(7)} ms${extra}`);
    log(
      `Median of ${RUNS} runs, each in a fresh process (all runs: read alone ${alone.map((a) => a.readMs.toFixed(0)).join("/")} ms, snapshot ${engine.map((e) => e.snapshotMs.toFixed(0)).join("/")} ms, validate ${engine.map((e) => e.validateMs.toFixed(0)).join("/")} ms):`,
    );
    row("exceljs read alone (xlsx.load)", readAlone);
    row(
      "readWorkbookSnapshot (exceljs + grids)",
      snapshot,
      `  (grids: ${(snapshot - readAlone).toFixed(0)} ms over read alone)`,
    );
    row("catalogue load (40,000 indicators)", m(engine, "catalogueMs"), "  (not counted below)");
    row(
      "validate (checkWorkbook)",
      validate,
      `  (${last.indicators.toLocaleString("en-GB")} indicators; period ${last.period}; ${Object.entries(
        last.counts,
      )
        .map(([k, v]) => `${v} ${k}`)
        .join(", ")})`,
    );
    row("summarize: buildSummaryPlan", plan);
    row("summarize: writeSummaryWorkbook", write, `  (${mb(last.summaryBytes)})`);
    log(
      `  peak memory (max RSS): exceljs read alone ${mb(m(alone, "peakRss"))}; snapshot read ${mb(m(engine, "peakAfterRead"))}; read + validate + summarize ${mb(m(engine, "peakRss"))}`,
    );
    log(
      `  heap used: after exceljs read alone ${mb(m(alone, "heapAfter"))}; after snapshot ${mb(m(engine, "heapAfterRead"))}; after validate ${mb(m(engine, "heapAfterValidate"))}`,
    );
    const bestRead = best(alone, "readMs");
    const bestSnapshot = best(engine, "snapshotMs");
    const bestValidate = best(engine, "validateMs");
    log(
      `  ratio (snapshot read + validate) / exceljs read alone: ${((snapshot + validate) / readAlone).toFixed(2)} on medians, ${((bestSnapshot + bestValidate) / bestRead).toFixed(2)} on best times  (aim <= 1.3)`,
    );
    log(
      `  ratio validate / exceljs read alone:                   ${(validate / readAlone).toFixed(2)} on medians, ${(bestValidate / bestRead).toFixed(2)} on best times`,
    );
    if (process.env.BENCH_KEEP) log(`  files kept in ${folder}`);
    return { readAlone, snapshot, validate, plan, write };
  } finally {
    if (!process.env.BENCH_KEEP) fs.rmSync(folder, { recursive: true, force: true });
  }
}

module.exports = { runWorkbookBench, generate, HEADER };

if (require.main === module) {
  const [flag, phase, ...rest] = process.argv.slice(2);
  const work =
    flag === "--phase"
      ? (phase === "read-alone" ? phaseReadAlone(rest[0]) : phaseEngine(rest[0], rest[1])).then((result) =>
          process.stdout.write(`${JSON.stringify(result)}\n`),
        )
      : runWorkbookBench();
  work.catch((e) => {
    console.error(e && e.stack ? e.stack : String(e));
    process.exit(1);
  });
}
