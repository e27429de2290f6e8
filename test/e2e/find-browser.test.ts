/** The order in which the browser tests look for a browser (scripts/find-browser.js), in-process. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { locateBrowser, skipMessage } = require("../../scripts/find-browser.js") as {
  locateBrowser(options: {
    env?: Record<string, string>;
    platform?: string;
    arch?: string;
    exists?: (file: string) => boolean;
    packageDir?: () => string | undefined;
  }): Record<string, string>;
  skipMessage(reason: string): string;
};

const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);
const withPackage = () => "/repo/node_modules/@sparticuz/chromium";
const noPackage = () => undefined;

test("CHROMIUM_PATH wins over everything", () => {
  expect(
    locateBrowser({
      env: { CHROMIUM_PATH: "/opt/c/chrome" },
      platform: "linux",
      arch: "x64",
      exists: only("/opt/c/chrome", "/usr/bin/chromium"),
      packageDir: withPackage,
    }),
  ).toEqual({
    kind: "path",
    executablePath: "/opt/c/chrome",
    source: "CHROMIUM_PATH=/opt/c/chrome",
  });
});

test("CHROME_PATH is read when CHROMIUM_PATH is not set", () => {
  expect(
    locateBrowser({
      env: { CHROME_PATH: "/opt/chrome" },
      platform: "linux",
      arch: "x64",
      exists: only("/opt/chrome"),
      packageDir: noPackage,
    }).executablePath,
  ).toBe("/opt/chrome");
});

test("a CHROMIUM_PATH that does not exist is reported, not silently replaced", () => {
  const found = locateBrowser({
    env: { CHROMIUM_PATH: "/nope" },
    platform: "linux",
    arch: "x64",
    exists: only("/usr/bin/chromium"),
    packageDir: withPackage,
  });
  expect(found.kind).toBe("none");
  expect(found["reason"]).toBe(
    "CHROMIUM_PATH names /nope, which does not exist. Point it at a Chromium or Chrome executable, or unset it to let the tests find one.",
  );
});

test("then the system Chromium, before the packaged one", () => {
  expect(
    locateBrowser({
      env: {},
      platform: "linux",
      arch: "x64",
      exists: only("/usr/bin/chromium"),
      packageDir: withPackage,
    }),
  ).toEqual({
    kind: "path",
    executablePath: "/usr/bin/chromium",
    source: "system browser /usr/bin/chromium",
  });
  expect(
    locateBrowser({
      env: { PATH: "/snap/bin:/usr/local/bin" },
      platform: "linux",
      arch: "x64",
      exists: only("/usr/local/bin/google-chrome"),
      packageDir: withPackage,
    }).executablePath,
  ).toBe("/usr/local/bin/google-chrome");
});

test("then @sparticuz/chromium on Linux x64 and arm64, but not on other architectures", () => {
  expect(
    locateBrowser({ env: {}, platform: "linux", arch: "arm64", exists: only(), packageDir: withPackage })
      .kind,
  ).toBe("sparticuz");
  const ia32 = locateBrowser({
    env: {},
    platform: "linux",
    arch: "ia32",
    exists: only(),
    packageDir: withPackage,
  });
  expect(ia32).toEqual({
    kind: "none",
    reason:
      "no Chromium, Chrome or Edge found on linux/ia32, and @sparticuz/chromium (Linux x64/arm64 only) does not run here",
  });
});

test("on Mac: Chrome, then Edge, by playwright channel", () => {
  const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
  const edge = "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
  expect(
    locateBrowser({
      env: {},
      platform: "darwin",
      arch: "arm64",
      exists: only(chrome, edge),
      packageDir: withPackage,
    })["channel"],
  ).toBe("chrome");
  expect(
    locateBrowser({
      env: {},
      platform: "darwin",
      arch: "arm64",
      exists: only(edge),
      packageDir: withPackage,
    })["channel"],
  ).toBe("msedge");
});

test("on Windows: Edge under Program Files (x86)", () => {
  const found = locateBrowser({
    env: { "PROGRAMFILES(X86)": "C:\\PF86" },
    platform: "win32",
    arch: "x64",
    exists: (file) => file.endsWith("msedge.exe"),
    packageDir: noPackage,
  });
  expect(found).toEqual({
    kind: "channel",
    channel: "msedge",
    source: 'installed Microsoft Edge (playwright-core channel "msedge")',
  });
});

test("nothing found: one line that says why and how to enable the tests", () => {
  const found = locateBrowser({
    env: {},
    platform: "linux",
    arch: "x64",
    exists: only(),
    packageDir: noPackage,
  });
  expect(skipMessage(found["reason"]!)).toBe(
    "Browser tests SKIPPED: no Chromium, Chrome or Edge found on linux/x64, and @sparticuz/chromium (Linux x64/arm64 only) is not installed (run npm ci). To run them, set CHROMIUM_PATH to a Chromium or Chrome executable, or install Chrome/Chromium.",
  );
});
