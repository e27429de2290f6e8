/**
 * `scorecard freeze`, in process: the values-only copy of the hand-made fixture workbook
 * (test/adapters/xlsx/freeze/fixture.ts), its messages on stdout and stderr, --json, exit
 * codes, the default output name, and refusals that write nothing.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { fixtureParts, fixtureWorkbook, textOf, zipOf } from "../adapters/xlsx/freeze/fixture";
import * as W from "../support/workbooks";
import { jsonOf, runCliHere, type CliRun } from "./run-cli";

const FROZEN_AT = new Date("2026-12-02T10:00:00Z");
const freeze = (...args: string[]): Promise<CliRun> =>
  runCliHere(["freeze", ...args], dir, (argv, out) => main(argv, out, () => FROZEN_AT));

const REDO =
  "Open the workbook in Excel with Scorecard Kit loaded, recalculate (Ctrl+Alt+F9), save, and freeze again.";
const NOTE =
  "note: The name RagOf calls KPI.RAG; it is kept and will show #NAME? without the add-in. Cells whose formulas use the name were frozen like the others. If nothing else needs the name, delete it in the copy with Formulas > Name Manager.\n";

let dir: string;
const inDir = (name: string): string => path.join(dir, name);
const sha256 = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

beforeAll(async () => {
  dir = W.makeTempDir("scorecard-freeze-");
  fs.writeFileSync(inDir("q2.xlsx"), await fixtureWorkbook());
  // The same workbook with the #NAME? cells recalculated: everything can be frozen.
  const calculated = fixtureParts().map(([name, content]): [string, string | Uint8Array] => [
    name,
    typeof content === "string"
      ? content
          .replace(
            `<c r="D5" t="e"><f>_xldudf_KPI_RAG(C5,B5)</f><v>#NAME?</v></c>`,
            `<c r="D5" t="str"><f>_xldudf_KPI_RAG(C5,B5)</f><v>Green</v></c>`,
          )
          .replace(
            `<c r="E5" s="1" t="e"><f>_xldudf_KPI_GAP(C5,B5)</f><v>#NAME?</v></c>`,
            `<c r="E5" s="1"><f>_xldudf_KPI_GAP(C5,B5)</f><v>1</v></c>`,
          )
      : content,
  ]);
  fs.writeFileSync(inDir("calculated.xlsx"), await zipOf(calculated));
  fs.writeFileSync(inDir("macros.xlsm"), await zipOf(calculated));
  const plain = new Workbook();
  plain.addWorksheet("Data").addRow(["Indicator", 1, 2]);
  await plain.xlsx.writeFile(inDir("plain.xlsx"));
  fs.writeFileSync(inDir("notes.xlsx"), "Indicator,Target\nATT,90\n");
  const ods = new JSZip();
  ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  ods.file("content.xml", "<office:document-content/>");
  fs.writeFileSync(inDir("q2.ods"), await ods.generateAsync({ type: "uint8array" }));
});

afterAll(() => W.removeTempDir(dir));

describe("scorecard freeze", () => {
  it("writes <input>-values.xlsx, lists the cells kept as formulas on stderr, exits 1", async () => {
    const before = sha256(inDir("q2.xlsx"));
    const run = await freeze("q2.xlsx");
    expect(run).toEqual({
      status: 1,
      stdout: "Froze 11 formulas in 2 sheets; wrote q2-values.xlsx\n",
      stderr:
        "2 cells were kept as formulas:\n" +
        `'Q2 Scorecard'!D5 =KPI.RAG(C5,B5): It showed #NAME? when last calculated: KPI.RAG was unknown, so it was calculated without Scorecard Kit. ${REDO}\n` +
        `'Q2 Scorecard'!E5 =KPI.GAP(C5,B5): It showed #NAME? when last calculated: KPI.GAP was unknown, so it was calculated without Scorecard Kit. ${REDO}\n` +
        NOTE,
    });
    expect(sha256(inDir("q2.xlsx"))).toBe(before);
    const copy = new Uint8Array(fs.readFileSync(inDir("q2-values.xlsx")));
    const custom = (await textOf(copy, "docProps/custom.xml"))!;
    expect(custom).toContain(`name="Scorecard Kit frozen from"><vt:lpwstr>q2.xlsx</vt:lpwstr>`);
    expect(custom).toContain(
      `name="Scorecard Kit frozen on"><vt:filetime>2026-12-02T10:00:00Z</vt:filetime>`,
    );
    expect(await textOf(copy, "xl/calcChain.xml")).toBeUndefined();
  });

  it("exits 0 when every formula could be frozen", async () => {
    const run = await freeze("calculated.xlsx", "-o", "out/calculated-copy.xlsx");
    expect(run).toEqual({
      status: 0,
      stdout: `Froze 13 formulas in 2 sheets; wrote ${path.join("out", "calculated-copy.xlsx")}\n`,
      stderr: NOTE,
    });
    expect(fs.existsSync(inDir("out/calculated-copy.xlsx"))).toBe(true);
  });

  it("a workbook with no KPI formulas is still copied, with exit 0", async () => {
    expect(await freeze("plain.xlsx")).toEqual({
      status: 0,
      stdout: "No formula calls a KPI function, so nothing was frozen; wrote a copy to plain-values.xlsx\n",
      stderr: "",
    });
    expect(fs.existsSync(inDir("plain-values.xlsx"))).toBe(true);
  });

  it("--json prints the file, the output, the counts, the kept cells and the notes", async () => {
    const run = await freeze("q2.xlsx", "--json", "-o", "q2-json.xlsx");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    const report = jsonOf<Record<string, unknown>>(run);
    expect(report).toEqual({
      file: "q2.xlsx",
      output: "q2-json.xlsx",
      frozen: 11,
      sheets: [
        { name: "Q2 Scorecard", frozen: 9 },
        { name: "Notes & Data", frozen: 2 },
      ],
      kept: [
        expect.objectContaining({
          kind: "name-error",
          sheet: "Q2 Scorecard",
          cell: "D5",
          formula: "=KPI.RAG(C5,B5)",
        }),
        expect.objectContaining({
          kind: "name-error",
          sheet: "Q2 Scorecard",
          cell: "E5",
          formula: "=KPI.GAP(C5,B5)",
        }),
      ],
      notes: [expect.objectContaining({ kind: "defined-name", name: "RagOf" })],
      droppedCalcChain: true,
    });
  });

  it("--all-formulas freezes the plain SUM too", async () => {
    const run = await freeze("calculated.xlsx", "--all-formulas", "-o", "all.xlsx");
    expect(run.stdout).toBe("Froze 14 formulas in 2 sheets; wrote all.xlsx\n");
    expect(run.status).toBe(0);
  });

  it("an .xlsm workbook is copied to <input>-values.xlsm, and refuses an .xlsx output", async () => {
    expect((await freeze("macros.xlsm")).stdout).toBe(
      "Froze 13 formulas in 2 sheets; wrote macros-values.xlsm\n",
    );
    expect(await freeze("macros.xlsm", "-o", "macros-copy.xlsx")).toEqual({
      status: 2,
      stdout: "",
      stderr:
        "scorecard: the output macros-copy.xlsx does not end in .xlsm, the input's kind of workbook; Excel will not open a copy saved under another extension. Use for example -o macros-copy.xlsm.\n",
    });
    expect(fs.existsSync(inDir("macros-copy.xlsx"))).toBe(false);
  });

  it("keeps an existing output unless --force, and never writes over the input", async () => {
    fs.writeFileSync(inDir("taken.xlsx"), "keep me");
    const refused = await freeze("calculated.xlsx", "-o", "taken.xlsx");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      "scorecard: taken.xlsx already exists and was kept. Use --force to replace it, or -o to choose another name.\n",
    );
    expect(fs.readFileSync(inDir("taken.xlsx"), "utf8")).toBe("keep me");
    expect((await freeze("calculated.xlsx", "-o", "taken.xlsx", "--force")).status).toBe(0);
    expect(fs.readFileSync(inDir("taken.xlsx")).subarray(0, 2).toString()).toBe("PK");

    const before = sha256(inDir("calculated.xlsx"));
    const self = await freeze("calculated.xlsx", "-o", "./calculated.xlsx", "--force");
    expect(self.status).toBe(2);
    expect(self.stderr).toMatch(/is the input workbook; Scorecard Kit never writes over its input/);
    expect(sha256(inDir("calculated.xlsx"))).toBe(before);
  });

  it("unreadable input: a reason on stderr, exit 2, nothing written", async () => {
    expect(await freeze("nosuch.xlsx")).toEqual({
      status: 2,
      stdout: "",
      stderr: "scorecard: nosuch.xlsx does not exist.\n",
    });
    const text = await freeze("notes.xlsx");
    expect(text.status).toBe(2);
    expect(text.stderr).toMatch(
      /^scorecard: notes\.xlsx was not frozen: The file is not an \.xlsx workbook \(it is not a zip archive\)\./,
    );
    expect(fs.existsSync(inDir("notes-values.xlsx"))).toBe(false);
    const ods = await freeze("q2.ods");
    expect(ods.status).toBe(2);
    expect(ods.stderr).toMatch(
      /^scorecard: q2\.ods is an OpenDocument spreadsheet \(\.ods\); Scorecard Kit reads only \.xlsx workbooks/,
    );
  });

  it("is listed in --help with its description", async () => {
    const run = await runCliHere(["--help"], dir);
    expect(run.stdout).toMatch(
      /freeze \[options\] <workbook>\s+write a values-only copy: formulas that call KPI/,
    );
  });
});
