/**
 * Finds a Chromium-family browser for the end-to-end tests and the screenshots script, with no
 * download and no apt-get. Plain Node (CommonJS) so scripts and jest share it.
 *
 * Order (the first that exists wins):
 *   1. CHROMIUM_PATH (or CHROME_PATH): an executable you name; an error if it does not exist.
 *   2. A system Chromium or Chrome: /usr/bin/chromium, chromium-browser, google-chrome(-stable),
 *      or the same names on the PATH.
 *   3. The headless Chromium inside the @sparticuz/chromium devDependency (Linux x64/arm64).
 *   4. On Mac and Windows: the installed Chrome, then Edge, through playwright-core's channels.
 * When none exists, the caller skips the browser tests and says why (see `describe`).
 */
"use strict";
const fs = require("fs");
const path = require("path");

/** Environment variables that name a browser executable, in the order they are read. */
const BROWSER_ENV_VARS = ["CHROMIUM_PATH", "CHROME_PATH"];

/** Where Debian, Ubuntu and Fedora put Chromium and Chrome. */
const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];
const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/** Where Chrome and Edge are installed on Mac and Windows; playwright-core launches them by channel. */
const CHANNEL_PATHS = {
  darwin: [
    ["chrome", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],
    ["msedge", "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"],
  ],
  win32: [
    ["chrome", "Google\\Chrome\\Application\\chrome.exe"],
    ["msedge", "Microsoft\\Edge\\Application\\msedge.exe"],
  ],
};

/** Headless, no sandbox (containers, root), and none of Chromium's own background traffic. */
const BROWSER_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

function isExecutableFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name, env, exists) {
  for (const folder of (env.PATH || "").split(path.delimiter)) {
    if (folder && exists(path.join(folder, name))) return path.join(folder, name);
  }
  return undefined;
}

function windowsPaths(relative, env) {
  return [env["PROGRAMFILES"], env["PROGRAMFILES(X86)"], env["LOCALAPPDATA"]]
    .filter(Boolean)
    .map((root) => path.join(root, relative));
}

/** The folder of the installed @sparticuz/chromium package (its exports hide package.json). */
function sparticuzInstalled() {
  try {
    let folder = path.dirname(require.resolve("@sparticuz/chromium"));
    while (!fs.existsSync(path.join(folder, "package.json")) && path.dirname(folder) !== folder)
      folder = path.dirname(folder);
    return folder;
  } catch {
    return undefined;
  }
}

/**
 * Which browser the tests will use, without starting or unpacking anything.
 * Returns { kind: "path", executablePath, source } | { kind: "sparticuz", source }
 *       | { kind: "channel", channel, source } | { kind: "none", reason }.
 * @param {{ env?: NodeJS.ProcessEnv, platform?: string, arch?: string, exists?: (file: string) => boolean, packageDir?: () => string | undefined }} [options]
 */
function locateBrowser(options = {}) {
  const env = options.env || process.env;
  const platform = options.platform || process.platform;
  const arch = options.arch || process.arch;
  const exists = options.exists || isExecutableFile;
  const packageDir = options.packageDir || sparticuzInstalled;

  for (const name of BROWSER_ENV_VARS) {
    const named = env[name];
    if (!named) continue;
    if (exists(named)) return { kind: "path", executablePath: named, source: `${name}=${named}` };
    return {
      kind: "none",
      reason: `${name} names ${named}, which does not exist. Point it at a Chromium or Chrome executable, or unset it to let the tests find one.`,
    };
  }
  if (platform === "linux") {
    for (const file of SYSTEM_PATHS)
      if (exists(file)) return { kind: "path", executablePath: file, source: `system browser ${file}` };
    for (const name of SYSTEM_NAMES) {
      const found = onPath(name, env, exists);
      if (found) return { kind: "path", executablePath: found, source: `system browser ${found}` };
    }
    if ((arch === "x64" || arch === "arm64") && packageDir())
      return {
        kind: "sparticuz",
        source: "@sparticuz/chromium (devDependency, headless Chromium for Linux)",
      };
  }
  for (const [channel, where] of CHANNEL_PATHS[platform] || []) {
    const candidates = platform === "win32" ? windowsPaths(where, env) : [where];
    if (candidates.some((file) => exists(file)))
      return {
        kind: "channel",
        channel,
        source: `installed ${channel === "chrome" ? "Google Chrome" : "Microsoft Edge"} (playwright-core channel "${channel}")`,
      };
  }
  return {
    kind: "none",
    reason: `no Chromium, Chrome or Edge found on ${platform}/${arch}, and @sparticuz/chromium (Linux x64/arm64 only) ${packageDir() ? "does not run here" : "is not installed (run npm ci)"}`,
  };
}

/** The one line printed when the browser tests are skipped: why, and how to enable them. */
function skipMessage(reason) {
  return `Browser tests SKIPPED: ${reason}. To run them, set CHROMIUM_PATH to a Chromium or Chrome executable, or install Chrome/Chromium.`;
}

/**
 * playwright-core launch options for a located browser (unpacks @sparticuz/chromium's binary
 * into the temp folder the first time, about 2 s).
 * @returns {Promise<import("playwright-core").LaunchOptions>}
 */
async function launchOptions(found) {
  if (found.kind === "path") return { executablePath: found.executablePath, args: BROWSER_ARGS };
  if (found.kind === "channel") return { channel: found.channel, args: BROWSER_ARGS };
  if (found.kind === "sparticuz") {
    const packaged = require("@sparticuz/chromium");
    const chromium = packaged.default || packaged;
    return { executablePath: await chromium.executablePath(), args: BROWSER_ARGS };
  }
  throw new Error(skipMessage(found.reason));
}

module.exports = { BROWSER_ENV_VARS, BROWSER_ARGS, locateBrowser, launchOptions, skipMessage };
