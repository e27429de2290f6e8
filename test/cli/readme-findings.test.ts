/**
 * The README's "The `scorecard` command" section is a contract: its Findings table must list
 * exactly the codes of FINDING_SEVERITY with their severities, and its exit-code list must say
 * what the command does. Read from README.md and compared with the code, in-process (the CLI's
 * main() with a captured output; no subprocess).
 */
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { EXIT } from "../../src/cli/exit-codes";
import type { Output } from "../../src/cli/output";
import { loadCatalogue } from "../../src/core/catalogue";
import { checkWorkbook } from "../../src/core/engine";
import {
  FINDING_CODES,
  FINDING_SEVERITY,
  SEVERITIES,
  type FindingCode,
  type Severity,
} from "../../src/core/validation";
import type { SheetSnapshot } from "../../src/core/workbook/snapshot";
import * as W from "../support/workbooks";

const README = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");

/** The lines of a README section, from its heading to the next heading of the same or a higher level. */
function section(heading: string): string[] {
  const lines = README.split(/\r?\n/);
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`README.md has no heading "${heading}"`);
  const level = /^#+/.exec(heading)![0].length;
  const end = lines.findIndex(
    (line, i) => i > start && /^#+ /.test(line) && /^#+/.exec(line)![0].length <= level,
  );
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The Findings table: code -> the severity cell as written. */
function findingsTable(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of section("### Findings")) {
    const cells = /^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/.exec(line);
    if (!cells) continue;
    if (rows.has(cells[1]!)) throw new Error(`README Findings table lists ${cells[1]} twice`);
    rows.set(cells[1]!, cells[2]!);
  }
  return rows;
}

/**
 * Codes whose severity is raised where the finding is made; the README says so in the row.
 * `base` is FINDING_SEVERITY's value, `raised` what the condition gives.
 */
const RAISED: Readonly<Partial<Record<FindingCode, { readme: string; base: Severity; raised: Severity }>>> = {
  "indicator/missing": { readme: "error if mandatory, else info", base: "info", raised: "error" },
  "sheet/no-scorecard": {
    readme: "error if no sheet is a scorecard, else info",
    base: "info",
    raised: "error",
  },
  "trajectory/not-set": {
    readme: "warning if its period has started, else info",
    base: "info",
    raised: "warning",
  },
};

describe("README Findings table = FINDING_SEVERITY", () => {
  const table = findingsTable();

  it("lists every code the code has, and no other", () => {
    expect([...table.keys()].sort()).toEqual([...FINDING_CODES].sort());
  });

  it("gives each code its severity (a raised one as 'X if condition, else Y')", () => {
    const mismatches = FINDING_CODES.filter((code) => {
      const written = table.get(code);
      const raised = RAISED[code];
      if (raised) return written !== raised.readme || FINDING_SEVERITY[code] !== raised.base;
      return written !== FINDING_SEVERITY[code];
    }).map((code) => `${code}: README "${table.get(code)}", code "${FINDING_SEVERITY[code]}"`);
    expect(mismatches).toEqual([]);
  });

  it("uses only the four severities, and only the raised codes use 'if'", () => {
    for (const [code, written] of table) {
      if (RAISED[code as FindingCode]) continue;
      expect({ code, severity: SEVERITIES.includes(written as Severity) }).toEqual({ code, severity: true });
    }
    expect(
      [...table]
        .filter(([, written]) => / if /.test(written))
        .map(([code]) => code)
        .sort(),
    ).toEqual(Object.keys(RAISED).sort());
  });

  // The raised severities are real: a notes-only workbook checked nothing (error); beside a
  // scorecard the same notes sheet is only skipped (info). ATT is mandatory in TEST_CATALOGUE.
  const sheet = (name: string, values: (string | number | null)[][]): SheetSnapshot => ({
    name,
    values,
    numberFormats: values.map((r) => r.map(() => "General")),
    formulas: values.map((r) => r.map(() => "")),
  });
  const notes = sheet("Notes", [["Notes"], ["Prepared by the performance team."]]);
  const scorecard = sheet("Scorecard", [
    ["ID", "Indicator", "Target", "Q1", "Q2", "RAG"],
    ["CIC", "Children in care", 1400, 1432, 1390, "Green"],
  ]);
  const catalogue = loadCatalogue(W.TEST_CATALOGUE);
  const severitiesOf = (sheets: SheetSnapshot[], code: FindingCode) =>
    checkWorkbook({ source: "t.xlsx", sheets }, { catalogue })
      .report.findings.filter((f) => f.code === code)
      .map((f) => [f.indicatorId ?? f.sheet, f.severity]);

  it("sheet/no-scorecard: error when no sheet is a scorecard, info beside one", () => {
    expect(severitiesOf([notes], "sheet/no-scorecard")).toEqual([
      ["Notes", RAISED["sheet/no-scorecard"]!.raised],
    ]);
    expect(severitiesOf([scorecard, notes], "sheet/no-scorecard")).toEqual([
      ["Notes", RAISED["sheet/no-scorecard"]!.base],
    ]);
  });

  it("indicator/missing: error for the mandatory ATT, info for the optional ones", () => {
    const missing = new Map(severitiesOf([scorecard], "indicator/missing") as [string, Severity][]);
    expect(missing.get("ATT")).toBe(RAISED["indicator/missing"]!.raised);
    expect(missing.get("NEET")).toBe(RAISED["indicator/missing"]!.base);
  });
});

// ---------------------------------------------------------------------------------------------
/** The README's exit-code list: code -> its text (sub-bullets of "- **Exit codes:**"). */
function exitCodeList(): Map<number, string> {
  const lines = section("## The `scorecard` command");
  const start = lines.findIndex((l) => l.startsWith("- **Exit codes:**"));
  const codes = new Map<number, string>();
  let current: number | undefined;
  for (const line of lines.slice(start + 1)) {
    const item = /^ {2}- `(\d)` (.*)$/.exec(line);
    if (item) {
      current = Number(item[1]);
      codes.set(current, item[2]!);
    } else if (current !== undefined && /^ {4}\S/.test(line)) {
      codes.set(current, `${codes.get(current)!} ${line.trim()}`);
    } else break;
  }
  return codes;
}

function capture(): Output & { text: () => string } {
  const lines: string[] = [];
  return {
    result: (t) => lines.push(t),
    progress: (t) => lines.push(t),
    error: (t) => lines.push(`scorecard: ${t}`),
    text: () => lines.join("\n"),
  };
}

describe("README exit codes = what the command does", () => {
  let dir: string;
  /** Runs main() with file arguments (names ending in a known extension) inside the temporary folder. */
  const run = async (...args: string[]): Promise<{ code: number; text: string }> => {
    const out = capture();
    const inDir = args.map((a) => (/\.(xlsx|json|ods|csv)$/.test(a) ? path.join(dir, a) : a));
    const code = await main(["node", "scorecard", ...inDir], out);
    return { code, text: out.text() };
  };

  beforeAll(async () => {
    dir = W.makeTempDir("scorecard-readme-");
    await W.writeWorkbook(dir, "clean.xlsx", [W.scorecardSheet()]);
    await W.writeWorkbook(dir, "notes-only.xlsx", [W.notesSheet("Notes")]);
    W.writeCatalogue(dir, W.TEST_CATALOGUE, "catalogue.json");
    W.writeCatalogue(
      dir,
      { name: "Broken", indicators: [{ id: "A", name: "a", polarity: "sideways", unit: "percent" }] },
      "broken.json",
    );
    // An OpenDocument spreadsheet starts as a zip whose first entry, "mimetype", holds its media type.
    const JSZip = (await import("jszip")).default;
    const ods = new JSZip();
    ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    ods.file("content.xml", "<office:document-content/>");
    fs.writeFileSync(path.join(dir, "q2.ods"), await ods.generateAsync({ type: "nodebuffer" }));
  });
  afterAll(() => W.removeTempDir(dir));

  const codes = exitCodeList();

  it("lists exactly the exit codes of EXIT: 0, 1 and 2", () => {
    expect([...codes.keys()]).toEqual([EXIT.valid, EXIT.invalid, EXIT.usage]);
  });

  // Each case: the arguments, the exit code the README gives, and the words that say so there.
  const CASES: readonly { args: string[]; exit: number; readme: string }[] = [
    {
      args: ["validate", "clean.xlsx", "--catalogue", "catalogue.json"],
      exit: 0,
      readme: "every workbook has no fatal or error findings",
    },
    { args: ["--version"], exit: 0, readme: "`--version`" },
    {
      args: ["catalogue", "check", "catalogue.json"],
      exit: 0,
      readme: "for `catalogue check`, the catalogue loads without problems",
    },
    {
      args: ["validate", "notes-only.xlsx", "--catalogue", "catalogue.json"],
      exit: 1,
      readme: "a workbook where no sheet is a scorecard",
    },
    {
      args: ["catalogue", "check", "broken.json"],
      exit: 1,
      readme: "for `catalogue check`, a catalogue with problems",
    },
    {
      args: ["catalogue", "check", "nosuch.json"],
      exit: 2,
      readme: "for `catalogue check`, a file that is missing",
    },
    {
      args: ["summarize", "clean.xlsx", "--catalogue", "catalogue.json", "-o", "sum.csv"],
      exit: 2,
      readme: "a `summarize -o` name that does not end in `.xlsx`",
    },
    { args: ["validate", "nosuch.xlsx"], exit: 2, readme: "a workbook that is missing" },
    { args: ["validate", "q2.ods"], exit: 2, readme: "not an .xlsx (an .ods, .xls or .csv file says so)" },
    { args: ["validate", "clean.xlsx", "--max-cells", "5"], exit: 2, readme: "over the cell limit" },
    {
      args: ["validate", "clean.xlsx", "--map", "nosuch-map.json"],
      exit: 2,
      readme: "a `--map` file that is missing",
    },
    { args: ["validate", "clean.xlsx", "--period", "Q9"], exit: 2, readme: "an unknown `--period`" },
  ];

  it.each(CASES.map((c) => [c.args.join(" "), c] as const))("scorecard %s", async (_name, c) => {
    const result = await run(...c.args);
    expect({ exit: result.code, output: result.text }).toEqual({ exit: c.exit, output: expect.any(String) });
    expect(codes.get(c.exit)).toContain(c.readme);
  });

  it("--version prints the version in package.json", async () => {
    const version = (
      JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as {
        version: string;
      }
    ).version;
    expect(await run("--version")).toEqual({ code: 0, text: version });
  });
});
