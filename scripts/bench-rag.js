/**
 * Benchmark (issue 2, item 7): KPI.RAG over 1,000,000 cells, as ONE matrix call (a 1,000,000 x 1
 * column of actuals against a column of targets) and as 1,000,000 single-cell calls
 * ([[actual]], [[target]]), with a stubbed CustomFunctions global as Excel's runtime provides.
 *
 * src/functions is not part of the Node build (tsconfig.node.json), so the TypeScript sources
 * are compiled on require with typescript.transpileModule (no type check; a few seconds).
 * Prints figures; asserts nothing.
 */
const fs = require("fs");
const Module = require("module");
const path = require("path");
const ts = require("typescript");

const REPO = path.resolve(__dirname, "..");
const CELLS = Number(process.env.BENCH_RAG_CELLS || 1_000_000);

/** Lets require() load the repo's .ts files, compiled to CommonJS in memory. */
function registerTypeScript() {
  if (Module._extensions[".ts"]) return;
  Module._extensions[".ts"] = (module, filename) => {
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
        resolveJsonModule: true,
        sourceMap: false,
      },
    });
    module._compile(outputText, filename);
  };
}

/** The CustomFunctions global Excel provides, reduced to what functions.ts uses. */
function stubCustomFunctions() {
  class CustomFunctionError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }
  globalThis.CustomFunctions = {
    Error: CustomFunctionError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      gettingData: "#GETTING_DATA",
    },
    associate: () => undefined,
  };
}

/** Deterministic inputs: actuals spread around the targets so every colour occurs, some gaps. */
function inputs(count) {
  const actual = new Array(count);
  const target = new Array(count);
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < count; i++) {
    const t = 50 + Math.floor(next() * 50);
    const roll = next();
    target[i] = [t];
    actual[i] = [roll < 0.02 ? "na" : roll < 0.03 ? "" : Math.round(t * (0.85 + next() * 0.3) * 10) / 10];
  }
  return { actual, target };
}

const rate = (cells, ms) => (cells / (ms / 1000)).toLocaleString("en-GB", { maximumFractionDigits: 0 });

function runRagBench(log = console.log) {
  registerTypeScript();
  stubCustomFunctions();
  let started = process.hrtime.bigint();
  const functions = require(path.join(REPO, "src", "functions", "functions.ts"));
  const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
  const { actual, target } = inputs(CELLS);

  // Warm up both paths so the JIT has seen them.
  functions.rag(actual.slice(0, 10_000), target.slice(0, 10_000));
  for (let i = 0; i < 10_000; i++) functions.rag([actual[i]], [target[i]]);

  started = process.hrtime.bigint();
  const matrix = functions.rag(actual, target);
  const matrixMs = Number(process.hrtime.bigint() - started) / 1e6;

  const single = new Array(CELLS);
  started = process.hrtime.bigint();
  for (let i = 0; i < CELLS; i++) single[i] = functions.rag([actual[i]], [target[i]])[0][0];
  const singleMs = Number(process.hrtime.bigint() - started) / 1e6;

  // The two ways must agree, or the figures compare different work.
  let differences = 0;
  const counts = {};
  for (let i = 0; i < CELLS; i++) {
    const word = String(matrix[i][0]);
    counts[word] = (counts[word] || 0) + 1;
    if (word !== String(single[i])) differences++;
  }

  log(
    `KPI.RAG over ${CELLS.toLocaleString("en-GB")} cells (functions.ts compiled in ${loadMs.toFixed(0)} ms)`,
  );
  log(
    `  one matrix call (${CELLS.toLocaleString("en-GB")} x 1):  ${matrixMs.toFixed(0).padStart(7)} ms  ${rate(CELLS, matrixMs).padStart(12)} cells/s`,
  );
  log(
    `  ${CELLS.toLocaleString("en-GB")} single-cell calls:     ${singleMs.toFixed(0).padStart(7)} ms  ${rate(CELLS, singleMs).padStart(12)} cells/s`,
  );
  log(`  ratio matrix / single (cells per second): ${(singleMs / matrixMs).toFixed(2)}x`);
  log(
    `  results: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v.toLocaleString("en-GB")}`)
      .join(", ")}; matrix and single calls differ in ${differences} cells`,
  );
  return { cells: CELLS, matrixMs, singleMs, differences };
}

module.exports = { runRagBench };

if (require.main === module) runRagBench();
