/**
 * Benchmark (issue 14): whole processes, timed from outside as a user would run them, on the
 * benchmark workbook of scripts/bench-workbook.js at 1x, 4x and 16x its size (2, 8 and 32 sheets
 * of 2,000 indicators x 17 columns: 68,034 to 1,088,544 cells), each with its catalogue.
 * Prints, side by side:
 *   - exceljs's full load (Workbook.xlsx.load) alone, our reader alone, `scorecard validate` and
 *     `scorecard summarize`: wall time and peak RSS, medians of interleaved runs;
 *   - validate / exceljs load, reader / exceljs load, summarize / exceljs load and summarize /
 *     validate: medians of the paired ratios (each run's pair ran back to back);
 *   - how validate grows from 1x to 16x (time per 1,000 cells);
 *   - cold start: `scorecard --help` / `node -e 0`;
 *   - bundle sizes, raw and gzipped (from dist/, when built).
 * Every measured process is preloaded with scripts/bench-usage-hook.js, which writes its peak RSS
 * and CPU time when it exits. Asserts nothing; times depend on the machine and its load, and the
 * load average is printed before and after.
 *
 * Needs lib/ (npm run build:cli) and, for bundle sizes, dist/ (npm run build). Knobs: BENCH_RUNS
 * (default 3), BENCH_SCALES (default "1,4,16"), BENCH_COLD_RUNS (default 10), BENCH_KEEP=1.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");

const REPO = path.resolve(__dirname, "..");
const LIB = path.join(REPO, "lib", "src");
const DIST = path.join(REPO, "dist");
const CLI = path.join(REPO, "bin", "scorecard.js");
const HOOK = path.join(__dirname, "bench-usage-hook.js");
const RUNS = Number(process.env.BENCH_RUNS || 3);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS || 10);
const SCALES = (process.env.BENCH_SCALES || "1,4,16").split(",").map(Number);
/** Sheets in the 1x workbook. */
const BASE_SHEETS = 2;
const ROWS = 2000;

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const count = (n) => n.toLocaleString("en-GB");
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 === 1
    ? sorted[(sorted.length - 1) / 2]
    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

// ---------------------------------------------------------------------------------------------
// The two "load alone" processes: `node bench-process.js --load exceljs|reader FILE`.

async function loadAlone(which, file) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (which === "exceljs") {
    const { Workbook } = require("exceljs");
    await new Workbook().xlsx.load(bytes);
    return;
  }
  const { readWorkbookSnapshot } = require(path.join(LIB, "adapters/xlsx/read-snapshot"));
  const { inflateWithZlib } = require(path.join(LIB, "adapters/xlsx/read-snapshot/node-inflate"));
  // As the CLI reads: small parts inflated by Node's zlib.
  const result = await readWorkbookSnapshot(bytes, path.basename(file), {
    maxCells: 50_000_000,
    inflateWhole: inflateWithZlib,
  });
  if (!result.ok) throw new Error(result.reason);
}

// ---------------------------------------------------------------------------------------------

/** Runs one process to its end: wall time (measured here), peak RSS and CPU (from the hook). */
function measure(args, acceptExit = [0]) {
  const usageFile = path.join(os.tmpdir(), `scorecard-bench-usage-${process.pid}.json`);
  fs.rmSync(usageFile, { force: true });
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["-r", HOOK, ...args], {
    env: { ...process.env, BENCH_USAGE_FILE: usageFile },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (!acceptExit.includes(child.status))
    throw new Error(`bench: ${args.join(" ")} exited ${child.status}:\n${child.stderr}`);
  const usage = JSON.parse(fs.readFileSync(usageFile, "utf8"));
  fs.rmSync(usageFile, { force: true });
  return { wallMs, ...usage };
}

async function makeWorkbook(folder, scale) {
  const { generate } = require("./bench-workbook");
  const { writeWorkbookWithSheets } = require(path.join(LIB, "adapters/xlsx"));
  const { sheets, catalogue } = generate({ sheetCount: BASE_SHEETS * scale, rowCount: ROWS });
  const file = path.join(folder, `bench-${scale}x.xlsx`);
  const catalogueFile = path.join(folder, `bench-${scale}x-catalogue.json`);
  fs.writeFileSync(file, await writeWorkbookWithSheets(sheets));
  fs.writeFileSync(catalogueFile, JSON.stringify(catalogue));
  const cells = sheets.reduce((sum, sheet) => sum + sheet.rows.length * sheet.rows[0].length, 0);
  return { file, catalogueFile, cells, indicators: catalogue.indicators.length };
}

// ---------------------------------------------------------------------------------------------
// A workbook far over the cell limit: one sheet of HUGE_ROWS x 20 numbers (6,000,000 cells,
// about 15 MB), deflated by Node's zlib as it is generated, so the bench itself stays small.

const HUGE_ROWS = 300_000;
const HUGE_COLUMNS = "ABCDEFGHIJKLMNOPQRST";

/** CRC-32 (the zip checksum), table-driven; Node 20's zlib has no crc32. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(crc, bytes) {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i += 1) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

async function makeHugeWorkbook(folder) {
  const { Zip, ZipDeflate, unzipSync } = require("fflate");
  const { writeWorkbookWithSheets } = require(path.join(LIB, "adapters/xlsx/write-sheets"));
  const file = path.join(folder, "huge.xlsx");
  // The small parts from a real one-sheet workbook; the sheet part is replaced.
  const parts = unzipSync(await writeWorkbookWithSheets([{ name: "Data", rows: [["ID", "Value"]] }]));
  const deflater = zlib.createDeflateRaw({ level: 6 });
  const compressed = [];
  deflater.on("data", (chunk) => compressed.push(chunk));
  const deflated = new Promise((resolve) => deflater.on("end", resolve));
  let crc = 0;
  let size = 0;
  const write = async (text) => {
    const bytes = Buffer.from(text, "utf8");
    crc = crc32(crc, bytes);
    size += bytes.length;
    if (!deflater.write(bytes)) await new Promise((resolve) => deflater.once("drain", resolve));
  };
  await write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`,
  );
  let seed = 12345;
  for (let first = 1; first <= HUGE_ROWS; first += 1000) {
    let text = "";
    for (let row = first; row < first + 1000 && row <= HUGE_ROWS; row += 1) {
      text += `<row r="${row}">`;
      for (const column of HUGE_COLUMNS) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        text += `<c r="${column}${row}"><v>${seed % 50}</v></c>`;
      }
      text += "</row>";
    }
    await write(text);
  }
  await write("</sheetData></worksheet>");
  deflater.end();
  await deflated;
  const out = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  for (const [name, data] of Object.entries(parts)) {
    if (name === "xl/worksheets/sheet1.xml") continue;
    const entry = new ZipDeflate(name);
    zip.add(entry);
    entry.push(data, true);
  }
  const sheet = { filename: "xl/worksheets/sheet1.xml", compression: 8, size, crc, terminate() {} };
  zip.add(sheet);
  sheet.ondata(null, new Uint8Array(Buffer.concat(compressed)), true);
  zip.end();
  fs.writeFileSync(file, Buffer.concat(out));
  return { file, cells: HUGE_ROWS * HUGE_COLUMNS.length, unpacked: size };
}

/** The refused file: validate with --max-cells 1000, then with the default limit. */
async function refusedFile(folder, log) {
  const huge = await makeHugeWorkbook(folder);
  log(
    `A workbook over the limit: ${count(huge.cells)} cells on one sheet, ${mb(fs.statSync(huge.file).size)} on disk ` +
      `(${mb(huge.unpacked)} of sheet XML); refused with file/too-large (exit 2):`,
  );
  for (const limit of [1000, undefined]) {
    const args = [
      CLI,
      "validate",
      huge.file,
      "--json",
      ...(limit === undefined ? [] : ["--max-cells", String(limit)]),
    ];
    const runs = Array.from({ length: RUNS }, () => measure(args, [2]));
    const finding = JSON.parse(spawnSync(process.execPath, args, { encoding: "utf8" }).stdout).findings[0];
    log(
      `  ${(limit === undefined ? "default limit (5,000,000)" : `--max-cells ${count(limit)}`).padEnd(26)}` +
        ` ${count(Math.round(median(runs.map((r) => r.wallMs)))).padStart(6)} ms, peak RSS ${mb(median(runs.map((r) => r.peakRss)))}:` +
        ` ${finding.code} at ${finding.sheet} row ${finding.row}`,
    );
  }
}

const KINDS = ["exceljs", "reader", "validate", "summarize"];

function commandFor(kind, workbook, folder) {
  switch (kind) {
    case "exceljs":
    case "reader":
      return { args: [__filename, "--load", kind, workbook.file] };
    case "validate":
      // Exit 1: the benchmark workbook has findings on purpose.
      return {
        args: [CLI, "validate", workbook.file, "--catalogue", workbook.catalogueFile, "--json"],
        exits: [0, 1],
      };
    default:
      return {
        args: [
          CLI,
          "summarize",
          workbook.file,
          "--catalogue",
          workbook.catalogueFile,
          "--output",
          path.join(folder, "summary.xlsx"),
          "--force",
        ],
        exits: [0, 1],
      };
  }
}

function benchScale(workbook, folder) {
  const runs = Object.fromEntries(KINDS.map((kind) => [kind, []]));
  for (let run = 0; run < RUNS; run += 1) {
    // Rotate the order, so no command always follows the same one.
    const order = KINDS.map((_, i) => KINDS[(i + run) % KINDS.length]);
    for (const kind of order) {
      const { args, exits } = commandFor(kind, workbook, folder);
      runs[kind].push(measure(args, exits));
    }
  }
  return runs;
}

function pairedRatio(runs, top, bottom, key = "wallMs") {
  return median(runs[top].map((r, i) => r[key] / runs[bottom][i][key]));
}

function coldStart() {
  const bare = [];
  const help = [];
  for (let run = 0; run < COLD_RUNS; run += 1) {
    const pair = [() => bare.push(measure(["-e", "0"])), () => help.push(measure([CLI, "--help"]))];
    if (run % 2 === 1) pair.reverse();
    pair.forEach((go) => go());
  }
  return {
    bare: median(bare.map((r) => r.wallMs)),
    help: median(help.map((r) => r.wallMs)),
    ratio: median(help.map((r, i) => r.wallMs / bare[i].wallMs)),
  };
}

/** What a lazily loaded chunk holds, told by a text only that library has. */
const CHUNK_MARKERS = [
  [/Out of bounds\. Excel supports columns/, "exceljs (the summary writer)"],
  [/is not where it says/, "the .xlsx reader"],
  [/End of data reached|Corrupted zip/, "jszip"],
  [/calcChain/, "the values-only copy (freeze)"],
  [/invalid zip data/, "fflate (inflating for the reader)"],
];

function bundleSizes(log) {
  if (!fs.existsSync(path.join(DIST, "functions.js"))) {
    log("Bundles: dist/ is not built; run `npm run build` for their sizes.");
    return;
  }
  const gz = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
  const row = (name, what) => {
    const bytes = fs.readFileSync(path.join(DIST, name));
    log(`  ${name.padEnd(16)} ${kb(bytes.length).padStart(8)} ${kb(gz(bytes)).padStart(8)} gzipped  ${what}`);
  };
  const built = Math.max(...fs.readdirSync(DIST).map((name) => fs.statSync(path.join(DIST, name)).mtimeMs));
  log(`Bundles in dist/ (built ${new Date(built).toISOString()}):`);
  row("functions.js", "the KPI functions");
  row("taskpane.js", "the task pane page, first load");
  row("workbench.js", "the workbench page, first load");
  for (const name of fs.readdirSync(DIST).filter((n) => /^\d+\.js$/.test(n))) {
    const text = fs.readFileSync(path.join(DIST, name), "utf8");
    // The first marker found names the chunk (exceljs's browser build holds a jszip of its own).
    const label = CHUNK_MARKERS.find(([marker]) => marker.test(text))?.[1];
    row(name, `loaded on demand: ${label ?? "shared code"}`);
  }
}

async function runProcessBench(log = console.log) {
  if (!fs.existsSync(path.join(LIB, "cli", "main.js"))) {
    console.error("bench: lib/ is not built. Run `npm run build:cli` first (npm run bench does).");
    process.exit(2);
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-bench-process-"));
  const loadBefore = loadAverage();
  try {
    const results = [];
    for (const scale of SCALES) {
      const workbook = await makeWorkbook(folder, scale);
      const runs = benchScale(workbook, folder);
      results.push({ scale, workbook, runs });
    }
    log(
      `Whole processes, median of ${RUNS} interleaved runs each (wall time, peak RSS); the 1x workbook is ` +
        `${BASE_SHEETS} sheets x ${count(ROWS)} indicators x 17 columns, with its catalogue:`,
    );
    log(
      `  ${"size".padEnd(5)} ${"cells".padStart(9)} ${"on disk".padStart(7)}  ${KINDS.map((k) =>
        (k === "exceljs"
          ? "exceljs full load"
          : k === "reader"
            ? "our reader alone"
            : `scorecard ${k}`
        ).padEnd(22),
      ).join(" ")}`,
    );
    for (const { scale, workbook, runs } of results) {
      const cells = KINDS.map((kind) => {
        const wall = median(runs[kind].map((r) => r.wallMs));
        const rss = median(runs[kind].map((r) => r.peakRss));
        return `${count(Math.round(wall)).padStart(6)} ms ${mb(rss).padStart(7)}`.padEnd(22);
      });
      log(
        `  ${`${scale}x`.padEnd(5)} ${count(workbook.cells).padStart(9)} ${mb(fs.statSync(workbook.file).size).padStart(7)}  ${cells.join(" ")}`,
      );
    }
    log("Ratios (medians of paired wall-time ratios):");
    for (const { scale, runs } of results) {
      log(
        `  ${`${scale}x`.padEnd(5)} validate / exceljs load ${pairedRatio(runs, "validate", "exceljs").toFixed(2)}` +
          `   reader / exceljs load ${pairedRatio(runs, "reader", "exceljs").toFixed(2)}` +
          `   summarize / exceljs load ${pairedRatio(runs, "summarize", "exceljs").toFixed(2)}` +
          `   summarize / validate ${pairedRatio(runs, "summarize", "validate").toFixed(2)}` +
          `   (CPU: validate / exceljs ${pairedRatio(runs, "validate", "exceljs", "cpuMs").toFixed(2)})`,
      );
    }
    // Linear growth: a fixed start-up cost plus the same cost for each further 1,000 cells.
    const wallOf = (result) => median(result.runs.validate.map((r) => r.wallMs));
    const steps = results.slice(1).map((result, i) => {
      const before = results[i];
      const perThousand =
        (wallOf(result) - wallOf(before)) / ((result.workbook.cells - before.workbook.cells) / 1000);
      return `${before.scale}x -> ${result.scale}x: ${perThousand.toFixed(2)} ms`;
    });
    if (steps.length > 0)
      log(
        `Growth of validate per further 1,000 cells (linear when these agree): ${steps.join(", ")}; ` +
          `${results[results.length - 1].scale / results[0].scale}x the cells take ` +
          `${(wallOf(results[results.length - 1]) / wallOf(results[0])).toFixed(1)}x the time.`,
      );
    await refusedFile(folder, log);
    const cold = coldStart();
    log(
      `Cold start, median of ${COLD_RUNS}: scorecard --help ${cold.help.toFixed(0)} ms, node -e 0 ${cold.bare.toFixed(0)} ms: ` +
        `${cold.ratio.toFixed(2)}x`,
    );
    bundleSizes(log);
    log(`Load average before ${loadBefore}, after ${loadAverage()}.`);
    if (process.env.BENCH_KEEP) log(`Files kept in ${folder}`);
  } finally {
    if (!process.env.BENCH_KEEP) fs.rmSync(folder, { recursive: true, force: true });
  }
}

module.exports = { runProcessBench };

if (process.argv[2] === "--load") {
  loadAlone(process.argv[3], process.argv[4]).catch((error) => {
    console.error(error && error.stack ? error.stack : String(error));
    process.exit(1);
  });
} else if (require.main === module) {
  runProcessBench().catch((error) => {
    console.error(error && error.stack ? error.stack : String(error));
    process.exit(1);
  });
}
