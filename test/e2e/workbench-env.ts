import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { LaunchOptions } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");

/** Debian's Chromium; the project never downloads a browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** Headless, no sandbox (containers), and none of Chromium's own background traffic. */
export const LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: CHROMIUM,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

/** Fails (never skips) when Chromium is missing, saying how to install it. */
export function requireChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. The end-to-end tests drive Debian's Chromium: run "apt-get install chromium" (as root), then npm test again.`);
  }
}

/** Files the workbench needs in dist/. */
const NEEDED = ["workbench.html", "workbench.js", "workbench.css", "taskpane.css", "taskpane.html", "examples/directorate-scorecard-2012-13-q2.xlsx"];

/** Newest modification time of the files under a folder. */
function newest(folder: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

/**
 * Builds dist/ with webpack when the workbench is missing or older than its sources (a fresh
 * clone after `npm ci`; CI runs `npm run build` first, so this is then a no-op).
 */
export function ensureBuilt(): void {
  const missing = NEEDED.filter((file) => !fs.existsSync(path.join(DIST, file)));
  const built = missing.length === 0 ? fs.statSync(path.join(DIST, "workbench.js")).mtimeMs : 0;
  const sources = Math.max(...["src/pane", "src/workbench", "src/core", "src/adapters"].map((folder) => newest(path.join(ROOT, folder))));
  if (missing.length === 0 && built >= sources) return;
  try {
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "pipe", timeout: 600_000 });
  } catch (error) {
    // webpack exits non-zero for any error in any entry; the workbench may still be complete.
    const stillMissing = NEEDED.filter((file) => !fs.existsSync(path.join(DIST, file)));
    if (stillMissing.length > 0) {
      const output = error instanceof Error && "stdout" in error ? String((error as { stdout: unknown }).stdout).slice(-3000) : String(error);
      throw new Error(`Building dist/ failed; missing ${stillMissing.join(", ")}.\n${output}`);
    }
  }
}
