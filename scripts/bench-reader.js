/**
 * Benchmark (issue 14): our snapshot reader (src/adapters/xlsx/read-snapshot) against exceljs,
 * on the generated benchmark workbook of scripts/bench-workbook.js (BENCH_SHEETS x BENCH_ROWS,
 * default 20 x 2,000: 680,000 cells). Prints, each the median of BENCH_RUNS fresh processes:
 *   - exceljs Workbook.xlsx.load alone; readWorkbookSnapshot with fflate alone (as in the browser)
 *     and with Node's zlib for small parts (as the CLI reads);
 *   - the two XML parsers on the same worksheet parts (already unzipped and decoded): the
 *     reader's scanner (SheetReader) and saxes (exceljs's parser; events only, no cell building),
 *     the measurement behind choosing the scanner;
 *   - heap used after each read and the process's peak RSS;
 * and checks that both readers give the same cell count. Asserts nothing else.
 *
 * Needs lib/ (npm run build:cli), or BENCH_LIB=<folder> holding a build of src/. Knobs:
 * BENCH_SHEETS, BENCH_ROWS, BENCH_RUNS (default 3), BENCH_KEEP=1 (keep the generated file).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const REPO = path.resolve(__dirname, "..");
const LIB = process.env.BENCH_LIB ? path.resolve(process.env.BENCH_LIB) : path.join(REPO, "lib", "src");
const RUNS = Number(process.env.BENCH_RUNS || 3);

function requireLib(relative) {
  try {
    return require(path.join(LIB, relative));
  } catch (e) {
    if (e && e.code === "MODULE_NOT_FOUND") {
      console.error(`bench-reader: ${LIB} is not built. Run \`npm run build:cli\` first.`);
      process.exit(2);
    }
    throw e;
  }
}

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

// ---------------------------------------------------------------------------------------------
// Child-process phases: each prints one JSON line.

/** The worksheet parts of a workbook as text (fflate, no limits: the bench's own file). */
function sheetTexts(file) {
  const { unzipSync } = require("fflate");
  const parts = unzipSync(new Uint8Array(fs.readFileSync(file)), {
    filter: (entry) => /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name),
  });
  const decoder = new TextDecoder();
  return Object.values(parts).map((bytes) => decoder.decode(bytes));
}

async function phase(name, file) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (name === "exceljs") {
    const { Workbook } = require("exceljs");
    const start = process.hrtime.bigint();
    await new Workbook().xlsx.load(bytes);
    return { ms: ms(start), heap: process.memoryUsage().heapUsed, rss: peakRss() };
  }
  if (name === "reader" || name === "reader-zlib") {
    const { readWorkbookSnapshot } = requireLib("adapters/xlsx/read-snapshot");
    const { inflateWithZlib } = requireLib("adapters/xlsx/read-snapshot/node-inflate");
    const start = process.hrtime.bigint();
    const result = await readWorkbookSnapshot(
      bytes,
      path.basename(file),
      name === "reader-zlib" ? { inflateWhole: inflateWithZlib } : {},
    );
    const elapsed = ms(start);
    if (!result.ok) throw new Error(result.reason);
    return { ms: elapsed, cells: result.cellCount, heap: process.memoryUsage().heapUsed, rss: peakRss() };
  }
  const texts = sheetTexts(file);
  const start = process.hrtime.bigint();
  let count = 0;
  if (name === "parse-scanner") {
    const { SheetReader } = requireLib("adapters/xlsx/read-snapshot/sheet");
    for (const text of texts) {
      const reader = new SheetReader("S", {
        styles: { exists: [], formats: [], isDate: [] },
        sharedStrings: new Proxy([], { get: (target, key) => (key === "length" ? 1e9 : "s") }),
        date1904: false,
        cellBudget: 1e9,
      });
      // In slices, as readWorkbookSnapshot hands over inflated text (one push of a whole sheet is the
      // single-big-string case the row slicing avoids).
      for (let offset = 0; offset < text.length; offset += 256 * 1024)
        reader.push(text.slice(offset, offset + 256 * 1024));
      count += reader.finish(new Set()).cellCount;
    }
  } else {
    const { SaxesParser } = require("saxes");
    for (const text of texts) {
      const parser = new SaxesParser();
      parser.on("opentag", () => (count += 1));
      parser.on("text", () => undefined);
      parser.on("closetag", () => undefined);
      parser.write(text).close();
    }
  }
  return {
    ms: ms(start),
    count,
    characters: texts.reduce((sum, text) => sum + text.length, 0),
    rss: peakRss(),
  };
}

function runPhase(name, file) {
  const child = spawnSync(process.execPath, ["--expose-gc", __filename, "--phase", name, file], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0)
    throw new Error(`bench-reader phase ${name} failed (exit ${child.status}):\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop());
}

async function runReaderBench(log = console.log) {
  const { generate } = require("./bench-workbook");
  const { writeWorkbookWithSheets } = requireLib("adapters/xlsx");
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-bench-reader-"));
  const file = path.join(folder, "bench-scorecard.xlsx");
  try {
    const { sheets } = generate();
    fs.writeFileSync(file, await writeWorkbookWithSheets(sheets));
    const cells = sheets.reduce((sum, sheet) => sum + sheet.rows.length * sheet.rows[0].length, 0);
    log(
      `Workbook: ${sheets.length} sheets, ${cells.toLocaleString("en-GB")} cells, ${mb(fs.statSync(file).size)} on disk.`,
    );
    const names = ["exceljs", "reader", "reader-zlib", "parse-scanner", "parse-saxes"];
    const runs = Object.fromEntries(names.map((name) => [name, []]));
    for (let run = 0; run < RUNS; run++) {
      // Alternate the order so no reader always runs on a warmer disk cache.
      for (const name of run % 2 === 0 ? names : [...names].reverse()) runs[name].push(runPhase(name, file));
    }
    const m = (name, key) => median(runs[name].map((r) => r[key]));
    const all = (name) => runs[name].map((r) => r.ms.toFixed(0)).join("/");
    const row = (label, name, extra = "") =>
      log(
        `  ${label.padEnd(40)} ${m(name, "ms").toFixed(0).padStart(6)} ms  (runs ${all(name)})  peak RSS ${mb(m(name, "rss"))}${
          runs[name][0].heap === undefined ? "" : `, heap after ${mb(m(name, "heap"))}`
        }${extra}`,
      );
    log(`Median of ${RUNS} runs, each in a fresh process:`);
    row("exceljs xlsx.load alone", "exceljs");
    row("readWorkbookSnapshot, fflate (browser)", "reader");
    row("readWorkbookSnapshot, zlib (CLI)", "reader-zlib");
    for (const name of ["reader", "reader-zlib"])
      log(
        `  ${name} / exceljs load alone: ${(m(name, "ms") / m("exceljs", "ms")).toFixed(2)}x time, ` +
          `${(m(name, "rss") / m("exceljs", "rss")).toFixed(2)}x peak RSS`,
      );
    const same = runs.reader[0].cells === runs["reader-zlib"][0].cells;
    log(
      `  cell counts: fflate ${runs.reader[0].cells}, zlib ${runs["reader-zlib"][0].cells}${same ? " (same)" : " (DIFFERENT)"}`,
    );
    log(
      `Parsers on the same ${(runs["parse-scanner"][0].characters / 1e6).toFixed(0)} M characters of worksheet XML:`,
    );
    row("our scanner (cells and grids)", "parse-scanner");
    row("saxes (events only, nothing built)", "parse-saxes");
    if (process.env.BENCH_KEEP) log(`  file kept in ${folder}`);
  } finally {
    if (!process.env.BENCH_KEEP) fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--phase") {
  phase(process.argv[3], process.argv[4]).then(
    (result) => console.log(JSON.stringify(result)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
} else if (require.main === module) {
  runReaderBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { runReaderBench };
