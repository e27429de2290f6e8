/**
 * The command line as a data team's CI gets it: `npm pack`, `npm install -g` of the tarball into
 * a temporary prefix, then the installed `scorecard` on an example. One subprocess smoke test
 * (about 20 s: the install fetches exceljs and friends, from npm's cache when it has them).
 */
import { spawnSync, type SpawnSyncOptions } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ensureCliBuilt, REPO } from "./run-cli";

jest.setTimeout(300_000);

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

/** The environment without npm's own settings from the `npm test` that runs us. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

function run(
  command: string,
  args: string[],
  options: SpawnSyncOptions,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    env: cleanEnv(),
    timeout: 240_000,
    shell: process.platform === "win32",
    ...options,
  });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

let work: string;
beforeAll(() => {
  ensureCliBuilt();
  work = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-pack-"));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test("npm pack gives a tarball whose scorecard bin works after npm install -g, with runtime dependencies only", () => {
  const packageJson = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")) as {
    version: string;
    scripts: Record<string, string>;
  };
  expect(packageJson.scripts["prepack"]).toBe("npm run build:cli");

  // lib/ is already built above; --ignore-scripts skips prepack's second build.
  const packed = run(NPM, ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: REPO });
  expect(packed.stderr).not.toMatch(/ERR!/);
  expect(packed.status).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  const files = info!.files.map((file) => file.path);
  expect(files).toEqual(
    expect.arrayContaining([
      "bin/scorecard.js",
      "lib/src/cli/main.js",
      "lib/examples/catalogue.json",
      "schema/catalogue.schema.json",
      "README.md",
      "package.json",
    ]),
  );
  expect(
    files.filter((file) => !/^(bin|lib|examples|schema)\/|^(README\.md|package\.json|LICENSE)$/.test(file)),
  ).toEqual([]);
  expect(files.filter((file) => file.endsWith(".test.js") || file.startsWith("lib/test/"))).toEqual([]);

  const prefix = path.join(work, "prefix");
  const installed = run(
    NPM,
    [
      "install",
      "-g",
      "--prefix",
      prefix,
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      path.join(work, info!.filename),
    ],
    { cwd: work },
  );
  expect(installed.stderr).not.toMatch(/ERR!/);
  expect(installed.status).toBe(0);

  const packageDir =
    process.platform === "win32"
      ? path.join(prefix, "node_modules", "scorecard-kit")
      : path.join(prefix, "lib", "node_modules", "scorecard-kit");
  const dependencies = fs.readdirSync(path.join(packageDir, "node_modules"));
  expect(dependencies).toEqual(expect.arrayContaining(["exceljs", "commander", "ajv", "csv-parse"]));
  for (const devOnly of [
    "typescript",
    "jest",
    "webpack",
    "playwright-core",
    "@sparticuz",
    "eslint",
    "office-addin-mock",
  ])
    expect(dependencies).not.toContain(devOnly);

  const example = path.join(work, "scorecard.xlsx");
  fs.copyFileSync(path.join(REPO, "examples", "directorate-scorecard-2012-13-q2.xlsx"), example);
  const bin =
    process.platform === "win32" ? path.join(prefix, "scorecard.cmd") : path.join(prefix, "bin", "scorecard");
  // --version reads the installed package.json (npm pack always includes it) at run time.
  const version = run(bin, ["--version"], { cwd: work });
  expect({ status: version.status, stdout: version.stdout }).toEqual({
    status: 0,
    stdout: `${packageJson.version}\n`,
  });
  const validated = run(bin, ["validate", example, "--json"], { cwd: work });
  expect(validated.stderr).toBe("");
  const report = JSON.parse(validated.stdout) as {
    valid: boolean;
    findings: { cell: string; code: string }[];
  };
  expect(report.valid).toBe(false);
  expect(validated.status).toBe(1);
  expect(report.findings).toEqual(
    expect.arrayContaining([expect.objectContaining({ cell: "D4", code: "rag/mismatch" })]),
  );
});
