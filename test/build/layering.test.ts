/**
 * Imports run downward: core at the bottom; the adapters (exceljs, Office.js), the custom
 * functions and the chosen catalogue above it; the pane, its hosts and the CLI on top.
 * eslint's no-restricted-imports says the same while editing; this test keeps it in `npm test`.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "../../src");

/** The folders a layer may not import from. */
const FORBIDDEN: Readonly<Record<string, readonly string[]>> = {
  core: ["adapters", "excel", "functions", "chosen-catalogue", "pane", "taskpane", "workbench", "cli"],
  adapters: ["excel", "functions", "chosen-catalogue", "pane", "taskpane", "workbench", "cli"],
  excel: ["adapters", "functions", "chosen-catalogue", "pane", "taskpane", "workbench", "cli"],
  functions: ["adapters", "pane", "taskpane", "workbench", "cli"],
  "chosen-catalogue": ["adapters", "functions", "pane", "taskpane", "workbench", "cli"],
};

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Every import (static, dynamic or require) of a file that lands in a forbidden top-level folder of src/. */
export function upwardImports(file: string, text: string, layer: string): string[] {
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g)].map(
    (m) => m[1]!,
  );
  return specifiers
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => path.relative(SRC, path.resolve(path.dirname(file), specifier)).split(path.sep)[0]!)
    .filter((top) => (FORBIDDEN[layer] ?? []).includes(top))
    .map((top) => `${path.relative(SRC, file)} imports from src/${top}`);
}

test("no file imports from a layer above its own", () => {
  const problems = Object.keys(FORBIDDEN).flatMap((layer) =>
    sourceFiles(path.join(SRC, layer)).flatMap((file) =>
      upwardImports(file, fs.readFileSync(file, "utf8"), layer),
    ),
  );
  expect(problems).toEqual([]);
});

test("the check catches an upward import (the Office adapter reaching into the pane, as it once did)", () => {
  const file = path.join(SRC, "excel", "office-workbook.ts");
  expect(upwardImports(file, 'import type { WorkbookPort } from "../pane/workbook-port";', "excel")).toEqual([
    "excel/office-workbook.ts imports from src/pane",
  ]);
  expect(
    upwardImports(file, 'import type { WorkbookPort } from "../core/workbook/workbook-port";', "excel"),
  ).toEqual([]);
});
