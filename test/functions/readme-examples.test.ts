/* eslint-disable @typescript-eslint/no-require-imports -- these tests load modules after installing stubs or globals */
/**
 * Every example in the README's "Function reference" (and on the help page's source,
 * docs/help.md) is computed here with the real KPI functions, on the workbook it names.
 *
 * An example is a line in a fenced code block:
 *
 *     In examples/cypp-report-card-2007.xlsx, sheet "Report card":
 *     =KPI.GAP(I8, G8)                  → -9       (58 against the national 67)
 *     =KPI.DIRECTION(D32:F36)           → Improving, Improving, Worsening, No change, No change
 *
 * - A line `In <workbook>, sheet "<name>":` says which example workbook (and sheet) the cell
 *   references below it, up to the end of the code block, refer to.
 * - The answer follows `→`: one value, or a spilled result as a comma-separated list (row by
 *   row). A remark in brackets may follow; it is not checked. Error answers are the error value
 *   (`#N/A`, `#VALUE!`…), numbers are compared exactly.
 * - Arguments are read as Excel reads them: A1 cells and ranges (the values Excel passes, a
 *   percent-formatted cell as its number, a blank as null, a date as its serial number), array
 *   constants ({1,2,3}, rows separated by ;), numbers, "strings", TRUE/FALSE and left-out
 *   arguments (null). A single cell or literal given to a range parameter arrives as [[value]].
 * - KPI.STATUS is answered from the built-in example catalogue, chosen as the user would in
 *   the pane.
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx";
import { parseRange } from "../../src/core/a1";
import { isCellError, type CellValue } from "../../src/core/cells/cell-value";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { installCustomFunctionsStub, StubCustomFunctionError } from "../support/custom-functions-stub";
import { splitTopLevel } from "../support/formula-text";

installCustomFunctionsStub();
const functions = require("../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const { sharedCatalogueStore } =
  require("../../src/chosen-catalogue/catalogue-store") as typeof import("../../src/chosen-catalogue/catalogue-store");
const { builtInCatalogue } = require("../../src/core/engine") as typeof import("../../src/core/engine");

const ROOT = path.resolve(__dirname, "../..");
const FUNCTIONS_SOURCE = fs.readFileSync(path.join(ROOT, "src/functions/functions.ts"), "utf8");
const EXAMPLE_WORKBOOKS = [
  "examples/directorate-scorecard-2012-13-q2.xlsx",
  "examples/cypp-report-card-2007.xlsx",
];

// ---------------------------------------------------------------------------------------------
// The functions, as functions.json describes them (from the JSDoc in functions.ts).

interface FunctionShape {
  readonly exportName: string;
  /** For each parameter: true when it takes a range (any[][]), false for a single value. */
  readonly rangeParameters: readonly boolean[];
}

/** KPI name ("RAG") -> the exported wrapper and which of its parameters are ranges. */
function functionShapes(): Map<string, FunctionShape> {
  const shapes = new Map<string, FunctionShape>();
  for (const match of FUNCTIONS_SOURCE.matchAll(
    /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (?:async )?function (\w+)/g,
  )) {
    const doc = match[1] ?? "";
    const id = /@customfunction\s+(\w+)/.exec(doc)?.[1];
    if (!id) continue;
    const rangeParameters = [...doc.matchAll(/@param\s+\{([^}]+)\}/g)].map((p) =>
      /\[\]\[\]\s*$/.test(p[1] ?? ""),
    );
    shapes.set(id, { exportName: match[2] ?? "", rangeParameters });
  }
  return shapes;
}
const SHAPES = functionShapes();

// ---------------------------------------------------------------------------------------------
// Finding the examples.

interface Example {
  /** Where it is written, e.g. "README.md:290". */
  readonly where: string;
  readonly formula: string;
  readonly name: string;
  readonly args: readonly string[];
  /** The documented answer, one entry per result cell. */
  readonly answer: readonly string[];
  /** The workbook and sheet named above the example in its code block, if any. */
  readonly workbook?: string;
  readonly sheet?: string;
}

const CONTEXT_LINE = /^In (examples\/[\w.-]+\.xlsx), sheet "([^"]+)":\s*$/;

/** The lines of README.md from `## Function reference` up to the next `## ` heading, with their line numbers. */
function functionReference(): { text: string; line: number }[] {
  const lines = fs.readFileSync(path.join(ROOT, "README.md"), "utf8").split(/\r?\n/);
  const start = lines.indexOf("## Function reference");
  if (start < 0) throw new Error('README.md has no "## Function reference" heading');
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start, end < 0 ? undefined : end).map((text, i) => ({ text, line: start + i + 1 }));
}

function helpSource(): { text: string; line: number }[] {
  return fs
    .readFileSync(path.join(ROOT, "docs/help.md"), "utf8")
    .split(/\r?\n/)
    .map((text, i) => ({ text, line: i + 1 }));
}

/** `=KPI.NAME(args) → answer  (remark)` split into its parts; undefined when the line is not of that form. */
function parseExampleLine(
  text: string,
): { formula: string; name: string; args: string[]; answer: string[] } | undefined {
  const head = /^=KPI\.([A-Z]+)\(/.exec(text);
  if (!head) return undefined;
  let depth = 0;
  let quoted = false;
  let close = -1;
  for (let i = head[0].length - 1; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "(" || ch === "{")) depth += 1;
    else if (!quoted && (ch === ")" || ch === "}")) depth -= 1;
    if (depth === 0) {
      close = i;
      break;
    }
  }
  if (close < 0) return undefined;
  const rest = /^\s+→\s+(.+)$/.exec(text.slice(close + 1));
  if (!rest) return undefined;
  // The answer runs up to a bracketed remark (answers themselves have no brackets).
  const answerText = (rest[1] ?? "").split(/\s+\(/)[0]!.trim();
  const inner = text.slice(head[0].length, close);
  return {
    formula: text.slice(0, close + 1),
    name: head[1] ?? "",
    args: inner.trim() === "" ? [] : splitTopLevel(inner, ","),
    answer: answerText.split(/\s*,\s*/),
  };
}

/** Every example in fenced code blocks of `lines`, and the `=KPI.` lines in blocks that are not complete examples. */
function examplesIn(
  file: string,
  lines: { text: string; line: number }[],
): { examples: Example[]; malformed: string[] } {
  const examples: Example[] = [];
  const malformed: string[] = [];
  let inBlock = false;
  let context: { workbook: string; sheet: string } | undefined;
  for (const { text, line } of lines) {
    if (/^\s*```/.test(text)) {
      inBlock = !inBlock;
      context = undefined;
      continue;
    }
    if (!inBlock) continue;
    const trimmed = text.trim();
    const contextMatch = CONTEXT_LINE.exec(trimmed);
    if (contextMatch) {
      context = { workbook: contextMatch[1] ?? "", sheet: contextMatch[2] ?? "" };
      continue;
    }
    if (!trimmed.startsWith("=KPI.")) continue;
    const parsed = parseExampleLine(trimmed);
    if (parsed) examples.push({ where: `${file}:${line}`, ...parsed, ...(context ?? {}) });
    else malformed.push(`${file}:${line}: ${trimmed}`);
  }
  return { examples, malformed };
}

/** Inline code outside code blocks that states a KPI answer, which these tests would not check. */
function uncheckedAnswers(lines: { text: string; line: number }[]): string[] {
  const found: string[] = [];
  let inBlock = false;
  for (const { text, line } of lines) {
    if (/^\s*```/.test(text)) {
      inBlock = !inBlock;
      continue;
    }
    if (inBlock) continue;
    for (const match of text.matchAll(/=KPI\.[A-Z]+\(([^`]*)\)`?\s*(→|->|gives|returns)/g)) {
      // A signature such as `=KPI.RAG(actual, target, [polarity])` names arguments, it states no answer.
      const signature = splitTopLevel(match[1] ?? "", ",").every((arg) => /^\[?[A-Za-z]+\]?$/.test(arg));
      if (!signature) found.push(`${line}: ${text.trim()}`);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Reading the arguments as Excel passes them.

const workbooks = new Map<string, WorkbookSnapshot>();

/** An Excel date serial number (1900 system) for a Date read from a cell. */
function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/** What Excel hands a custom function for one cell: numbers as numbers (a percent-formatted 97% is 0.97), text as text, blank as null. */
function passedValue(value: CellValue, where: string): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return excelSerial(value);
  if (isCellError(value))
    throw new Error(`${where}: the cell holds ${value.error}; pick a cell without an error`);
  return value;
}

function sheetOf(example: Example, reference: string): SheetSnapshot {
  if (!example.workbook)
    throw new Error(
      `${example.where}: ${example.formula} names cells (${reference}) but no workbook: put 'In examples/….xlsx, sheet "…":' above it`,
    );
  const workbook = workbooks.get(example.workbook);
  if (!workbook)
    throw new Error(
      `${example.where}: unknown workbook ${example.workbook} (examples: ${EXAMPLE_WORKBOOKS.join(", ")})`,
    );
  const bang = reference.lastIndexOf("!");
  const sheetName =
    bang >= 0
      ? reference
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'")
      : example.sheet;
  const sheet = workbook.sheets.find((s) => s.name === sheetName);
  if (!sheet)
    throw new Error(
      `${example.where}: ${example.workbook} has no sheet "${sheetName}" (it has ${workbook.sheets.map((s) => `"${s.name}"`).join(", ")})`,
    );
  return sheet;
}

/** A literal inside an array constant or on its own: number, "string" or TRUE/FALSE. */
function literal(text: string): unknown {
  const t = text.trim();
  if (/^"(?:[^"]|"")*"$/.test(t)) return t.slice(1, -1).replace(/""/g, '"');
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === "TRUE";
  return undefined;
}

/** One argument as the function receives it: a 2-D array for a range, or a single value; null when left out. */
function argumentValue(example: Example, text: string, isRange: boolean): unknown {
  if (text === "") return null;
  let cells: unknown[][];
  const scalar = literal(text);
  if (scalar !== undefined) {
    cells = [[scalar]];
  } else if (/^\{.*\}$/.test(text)) {
    cells = splitTopLevel(text.slice(1, -1), ";").map((row) =>
      splitTopLevel(row, ",").map((item) => {
        const value = literal(item);
        if (value === undefined)
          throw new Error(`${example.where}: "${item}" in ${text} is not a number, "text" or TRUE/FALSE`);
        return value;
      }),
    );
  } else {
    const range = parseRange(text);
    if (!range) throw new Error(`${example.where}: cannot read the argument ${text}`);
    const sheet = sheetOf(example, text);
    cells = [];
    for (let r = range.top; r <= range.bottom; r += 1) {
      const row: unknown[] = [];
      for (let c = range.left; c <= range.right; c += 1)
        row.push(passedValue(sheet.values[r]?.[c], `${example.where} ${text}`));
      cells.push(row);
    }
  }
  if (isRange) return cells;
  if (cells.length !== 1 || cells[0]?.length !== 1)
    throw new Error(`${example.where}: ${text} is a range where ${example.name} takes one value`);
  return cells[0]?.[0];
}

/** Calls the real function; each result cell becomes its value, or its error value (#N/A…). */
async function compute(example: Example): Promise<unknown[]> {
  const shape = SHAPES.get(example.name);
  if (!shape)
    throw new Error(
      `${example.where}: there is no KPI.${example.name} (functions: ${[...SHAPES.keys()].join(", ")})`,
    );
  if (example.args.length > shape.rangeParameters.length)
    throw new Error(
      `${example.where}: KPI.${example.name} takes at most ${shape.rangeParameters.length} arguments`,
    );
  const args = example.args.map((text, i) => argumentValue(example, text, shape.rangeParameters[i] ?? false));
  const fn = functions[shape.exportName];
  if (typeof fn !== "function") throw new Error(`functions.ts exports no ${shape.exportName}`);
  let result: unknown;
  try {
    result = await fn(...args);
  } catch (error) {
    if (error instanceof StubCustomFunctionError) return [error.code];
    throw error;
  }
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  return cells.map((cell) => (cell instanceof StubCustomFunctionError ? cell.code : cell));
}

/** The documented answer in the type the function gives: numbers as numbers, the rest as written. */
function documented(answer: string): unknown {
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(answer) ? Number(answer) : answer;
}

// ---------------------------------------------------------------------------------------------

const README = examplesIn("README.md", functionReference());
const README_EXAMPLES = README.examples;
const HELP = fs.existsSync(path.join(ROOT, "docs/help.md"))
  ? examplesIn("docs/help.md", helpSource())
  : { examples: [], malformed: ["docs/help.md is missing"] };
const HELP_EXAMPLES = HELP.examples;

/** test.each rows for examples (jest refuses an empty table, so an empty list is one failing row). */
function rows(examples: readonly Example[]): (readonly [string, Example | undefined])[] {
  if (examples.length === 0) return [["(no examples found)", undefined]];
  return examples.map((e) => [`${e.where} ${e.formula} → ${e.answer.join(", ")}`, e] as const);
}

beforeAll(async () => {
  for (const file of EXAMPLE_WORKBOOKS) {
    const read = await readWorkbookSnapshot(fs.readFileSync(path.join(ROOT, file)), file);
    if (!read.ok) throw new Error(`${file}: ${read.reason}`);
    workbooks.set(file, read.snapshot);
  }
});

test("KPI.STATUS gives #N/A 'Catalogue not loaded yet' until a catalogue is chosen, as the Function reference says", async () => {
  expect(sharedCatalogueStore.isChosen()).toBe(false);
  const example = README_EXAMPLES.find((e) => e.name === "STATUS");
  expect(example).toBeDefined();
  await expect(functions.status!([["5"]], [[58]])).rejects.toMatchObject({
    code: "#N/A",
    message: expect.stringMatching(/^Catalogue not loaded yet: /),
  });
  expect(
    functionReference()
      .map((l) => l.text)
      .join(" ")
      .replace(/\s+/g, " "),
  ).toMatch(/Catalogue not loaded yet/);
});

describe("README.md Function reference examples", () => {
  beforeAll(() => {
    const example = builtInCatalogue();
    if (!example.ok) throw new Error("the built-in catalogue does not load");
    sharedCatalogueStore.set(example.catalogue, "built-in example");
  });

  test("every function has examples; cell examples use both example workbooks; no answer is stated outside a checked code block", () => {
    expect(README.malformed).toEqual([]);
    expect([...new Set(README_EXAMPLES.map((e) => e.name))].sort()).toEqual([...SHAPES.keys()].sort());
    expect([...new Set(README_EXAMPLES.flatMap((e) => (e.workbook ? [e.workbook] : [])))].sort()).toEqual(
      [...EXAMPLE_WORKBOOKS].sort(),
    );
    expect(uncheckedAnswers(functionReference())).toEqual([]);
  });

  test.each(rows(README_EXAMPLES))("%s", async (_, example) => {
    if (!example) throw new Error("no examples found");
    expect(await compute(example)).toEqual(example.answer.map(documented));
  });
});

describe("docs/help.md examples (the help page)", () => {
  beforeAll(() => {
    const example = builtInCatalogue();
    if (example.ok) sharedCatalogueStore.set(example.catalogue, "built-in example");
  });

  test("the help page has examples for every function and states no unchecked answer", () => {
    expect(HELP.malformed).toEqual([]);
    expect([...new Set(HELP_EXAMPLES.map((e) => e.name))].sort()).toEqual([...SHAPES.keys()].sort());
    expect(uncheckedAnswers(helpSource())).toEqual([]);
  });

  test.each(rows(HELP_EXAMPLES))("%s", async (_, example) => {
    if (!example) throw new Error("no examples found");
    expect(await compute(example)).toEqual(example.answer.map(documented));
  });
});
