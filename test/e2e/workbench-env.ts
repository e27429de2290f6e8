import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { LaunchOptions } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");

// scripts/find-browser.js is plain Node so scripts/screenshots.js can share it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const finder = require("../../scripts/find-browser.js") as {
  locateBrowser(): BrowserLocation;
  launchOptions(found: BrowserLocation): Promise<LaunchOptions>;
  skipMessage(reason: string): string;
};

/** Which browser the end-to-end tests drive (see scripts/find-browser.js for the search order). */
export type BrowserLocation =
  | { readonly kind: "path"; readonly executablePath: string; readonly source: string }
  | { readonly kind: "sparticuz"; readonly source: string }
  | { readonly kind: "channel"; readonly channel: string; readonly source: string }
  | { readonly kind: "none"; readonly reason: string };

/** The browser found on this machine, looked up once per test file. */
export const BROWSER: BrowserLocation = finder.locateBrowser();

/**
 * `describe` when a browser was found, else `describe.skip` after one line on stderr that says
 * why and how to enable the tests: skipped tests show in jest's summary, never a silent pass.
 */
export function describeInBrowser(): jest.Describe {
  if (BROWSER.kind !== "none") return describe;
  process.stderr.write(`${finder.skipMessage(BROWSER.reason)}\n`);
  return describe.skip;
}

/** playwright-core launch options for the browser found. */
export function browserLaunchOptions(): Promise<LaunchOptions> {
  return finder.launchOptions(BROWSER);
}

/** Files the workbench needs in dist/. */
const NEEDED = [
  "workbench.html",
  "workbench.js",
  "workbench.css",
  "taskpane.css",
  "taskpane.html",
  "examples/directorate-scorecard-2012-13-q2.xlsx",
];

/** Newest modification time of the files under a folder. */
function newest(folder: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

const BUILD_STAMP = path.join(DIST, ".build-stamp");

/** Everything webpack reads to build dist/. */
const BUILD_INPUTS = [
  "src",
  "webpack.config.js",
  "manifest.xml",
  "docs/help.md",
  "examples",
  "schema",
  "assets",
];

/**
 * Builds dist/ with webpack when the workbench is missing or older than anything webpack reads
 * (a fresh clone after `npm ci`; CI runs `npm run build` first, so this is then a no-op).
 * A failed build fails the run, with webpack's own output: a stale dist/ never passes for a fresh one.
 */
export function ensureBuilt(): void {
  const missing = NEEDED.filter((file) => !fs.existsSync(path.join(DIST, file)));
  // webpack's BuildStampPlugin writes the stamp after every good build (unchanged bundles keep their old dates).
  const built = missing.length === 0 && fs.existsSync(BUILD_STAMP) ? fs.statSync(BUILD_STAMP).mtimeMs : 0;
  const sources = Math.max(
    ...BUILD_INPUTS.map((input) => path.join(ROOT, input))
      .filter((input) => fs.existsSync(input))
      .map((input) => (fs.statSync(input).isDirectory() ? newest(input) : fs.statSync(input).mtimeMs)),
  );
  if (missing.length === 0 && built >= sources) return;
  try {
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: ROOT,
      stdio: "pipe",
      timeout: 600_000,
    });
  } catch (error) {
    const output =
      error instanceof Error && "stdout" in error
        ? `${String((error as { stdout: unknown }).stdout)}${String((error as { stderr?: unknown }).stderr ?? "")}`.slice(
            -4000,
          )
        : String(error);
    throw new Error(`Building dist/ with webpack failed; fix the build before testing.\n${output}`);
  }
}
