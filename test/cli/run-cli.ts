/**
 * Runs the `scorecard` command for tests: in this process (`runCliHere`: main(argv) with its
 * output collected, as fast as a function call), or as the real binary (`runCli`: node
 * bin/scorecard.js, after making sure lib/ holds a build of the current sources) for the few
 * smoke tests that must see a real process.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const REPO = path.resolve(__dirname, "../..");
export const BIN = path.join(REPO, "bin", "scorecard.js");
const BUILT_MAIN = path.join(REPO, "lib", "src", "cli", "main.js");
/** What tsconfig.node.json compiles into lib/. */
const BUILD_INPUTS = ["src/core", "src/adapters", "src/cli", "examples/catalogue.json"].map((p) =>
  path.join(REPO, p),
);

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when lib/src/cli/main.js is missing or older than any file it is built from. */
export function buildIsStale(): boolean {
  if (!fs.existsSync(BUILT_MAIN)) return true;
  const built = fs.statSync(BUILT_MAIN).mtimeMs;
  return BUILD_INPUTS.some((input) => fs.existsSync(input) && newestMtime(input) > built);
}

/** Builds lib/ with `tsc -p tsconfig.node.json` (as `npm run build:cli` does) when it is stale. */
export function ensureCliBuilt(): void {
  if (!buildIsStale()) return;
  const tsc = require.resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.node.json"], {
    cwd: REPO,
    encoding: "utf8",
    timeout: 300_000,
  });
  if (result.status !== 0)
    throw new Error(`npm run build:cli failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

type Main = typeof import("../../src/cli/main").main;

/**
 * Runs `scorecard ...args` in this process with cwd as the working directory: the same main()
 * that bin/scorecard.js calls (or the one given, loaded with a module mocked), its stdout and
 * stderr text collected, its exit code returned.
 */
export async function runCliHere(args: readonly string[], cwd: string, chosenMain?: Main): Promise<CliRun> {
  const main = chosenMain ?? (await import("../../src/cli/main")).main;
  const { streamOutput } = await import("../../src/cli/output");
  let stdout = "";
  let stderr = "";
  const out = streamOutput(
    (text) => (stdout += text),
    (text) => (stderr += text),
  );
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const status = await main(["node", "scorecard", ...args], out);
    return { status, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}

/** Runs `node bin/scorecard.js ...args` in cwd and waits for it. */
export function runCli(args: readonly string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 180_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parses stdout as JSON, saying what the command printed when it is not JSON. */
export function jsonOf<T>(run: CliRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.status}).\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  }
}

/** A stack trace line as Node prints them ("    at fn (file:line:col)"). */
export const STACK_TRACE_LINE = /^\s+at .+:\d+:\d+\)?$/m;
