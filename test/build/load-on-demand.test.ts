/**
 * What each entry point loads before it does anything (issue 14). Follows the static imports of
 * src/ from an entry file (`import type` and dynamic `import()` do not load at start) and lists
 * the npm packages reached. A barrel that re-exports the reader beside the exceljs writer once
 * made `scorecard validate` load exceljs (300 ms) for nothing; these tests catch that.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "../../src");

/** The specifiers a file imports when it loads: static imports and re-exports, not types or import(). */
export function loadTimeImports(text: string): string[] {
  const statements = text.matchAll(
    /^(?:import|export)\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']|^import\s+["']([^"']+)["']/gms,
  );
  return [...statements].map((m) => (m[1] ?? m[2])!);
}

function resolveSource(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, "index.ts")].find((candidate) => fs.existsSync(candidate));
}

/** The npm modules (as imported: "exceljs", "ajv/dist/runtime/ucs2length") that loading `entry` loads. */
function modulesLoadedBy(entry: string): Set<string> {
  const modules = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of loadTimeImports(fs.readFileSync(file, "utf8"))) {
      if (specifier.startsWith(".")) {
        const target = resolveSource(file, specifier);
        if (target) visit(target);
      } else modules.add(specifier);
    }
  };
  visit(path.join(SRC, entry));
  return modules;
}

/** The npm packages (first path segment, or scope/name) that loading `entry` loads. */
function packagesLoadedBy(entry: string): Set<string> {
  return new Set(
    [...modulesLoadedBy(entry)].map((specifier) => {
      const parts = specifier.split("/");
      return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
    }),
  );
}

test("the import reader sees static imports and re-exports, and skips types and import()", () => {
  const text = [
    'import { a } from "./a";',
    'import type { B } from "./b";',
    'export { c } from "./c";',
    'export type { D } from "./d";',
    'import "./side-effect";',
    'const e = await import("./e");',
    "import {\n  f,\n  g,\n} from 'exceljs';",
  ].join("\n");
  expect(loadTimeImports(text)).toEqual(["./a", "./c", "./side-effect", "exceljs"]);
});

test.each([
  ["cli/main.ts", "scorecard --help"],
  ["cli/commands/validate.ts", "scorecard validate"],
  ["cli/commands/export.ts", "scorecard export"],
  ["cli/commands/catalogue-check.ts", "scorecard catalogue check"],
])("%s (%s) does not load exceljs or jszip", (entry) => {
  const loaded = packagesLoadedBy(entry);
  expect(loaded.has("exceljs")).toBe(false);
  expect(loaded.has("jszip")).toBe(false);
});

test("scorecard --help loads neither ajv nor the engine's catalogue parser", () => {
  expect([...packagesLoadedBy("cli/main.ts")].filter((name) => ["ajv", "csv-parse"].includes(name))).toEqual(
    [],
  );
});

test("summarize loads only exceljs's streaming writer, not all of exceljs, and jszip only for charts", () => {
  const modules = modulesLoadedBy("cli/commands/summarize.ts");
  // The check can fail: summarize does load exceljs.
  expect(packagesLoadedBy("cli/commands/summarize.ts").has("exceljs")).toBe(true);
  expect([...modules].filter((name) => name.startsWith("exceljs") || name === "jszip")).toEqual([
    "exceljs/lib/stream/xlsx/workbook-writer",
  ]);
});
