/**
 * Reading the --map file (in-process): where each key is, and what a missing file, a folder or
 * text that is not JSON says. The CLI end-to-end tests run the same through the binary.
 */
import * as fs from "fs";
import * as path from "path";
import { keyPositions, lineAndColumn, readMapFile } from "../../src/cli/map-file";
import * as W from "../support/workbooks";

let dir: string;
beforeAll(() => {
  dir = W.makeTempDir("scorecard-map-file-");
});
afterAll(() => W.removeTempDir(dir));

describe("keyPositions", () => {
  it("gives each key its path, line and column (1-based), through nesting, escapes and arrays", () => {
    const text =
      '{\n  "sheets": {\n    "Q2 \\"final\\"": { "a/b": "name" },\n    "*": { "Lead": "owner" }\n  },\n  "list": [{ "x": 1 }]\n}';
    expect(keyPositions(text)).toEqual([
      { path: ["sheets"], line: 2, column: 3 },
      { path: ["sheets", 'Q2 "final"'], line: 3, column: 5 },
      { path: ["sheets", 'Q2 "final"', "a/b"], line: 3, column: 23 },
      { path: ["sheets", "*"], line: 4, column: 5 },
      { path: ["sheets", "*", "Lead"], line: 4, column: 12 },
      { path: ["list"], line: 6, column: 3 },
      { path: ["list", "", "x"], line: 6, column: 14 },
    ]);
  });

  it("lineAndColumn counts \\n, \\r\\n and \\r as line ends; an offset past the end is the end", () => {
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\r\ncd", 5)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab", 99)).toEqual({ line: 1, column: 3 });
  });
});

describe("readMapFile", () => {
  it("a missing file: 'was not found', with the full path and what to do", () => {
    const file = path.join(dir, "nope.json");
    expect(readMapFile(file)).toEqual({
      ok: false,
      message: `the mapping file ${file} was not found (looked for ${file}). Check the path given to --map, or leave --map out to use the detected layout.`,
    });
  });

  it("a folder: says it is a folder", () => {
    expect(readMapFile(dir)).toEqual({
      ok: false,
      message: `the mapping file ${dir} could not be read: ${dir} is a folder, not a file.`,
    });
  });

  it("text cut short: not valid JSON, at the end of the text (line 3, column 1)", () => {
    const file = path.join(dir, "short.json");
    fs.writeFileSync(file, '{ "sheets": {\n  "Q2": { "C": "name" }\n');
    const read = readMapFile(file);
    expect(read.ok).toBe(false);
    expect(read.ok ? "" : read.message).toMatch(
      new RegExp(
        `^the mapping file ${file.replace(/[.\\/]/g, "\\$&")} is not valid JSON \\(line 3, column 1\\): `,
      ),
    );
  });

  it("a good file: the overrides and the line of each entry (a byte-order mark is allowed)", () => {
    const file = path.join(dir, "good.json");
    fs.writeFileSync(file, '\uFEFF{ "sheets": {\n  "Q2": { "C": "name" }\n} }');
    const read = readMapFile(file);
    if (!read.ok) throw new Error(read.message);
    expect(read.map.overrides).toEqual({ sheets: { Q2: { C: { role: "name" } } } });
    expect(read.map.keys.map((k) => [k.path.join(" > "), k.line])).toEqual([
      ["sheets", 1],
      ["sheets > Q2", 2],
      ["sheets > Q2 > C", 2],
    ]);
  });
});
