import * as fs from "fs";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx";
import { readRagTable, SUMMARY_SHEETS, ALL_INDICATORS } from "../../src/core/summary";
import { AUTOMATIC_CATALOGUE, generateSummary } from "../../src/pane/use-cases";
import {
  CATALOGUE_STORAGE_KEY,
  createBrowserWorkbook,
  type BrowserWorkbookView,
} from "../../src/workbench/browser-workbook";
import { previewText } from "../../src/workbench/preview-text";
import { EXAMPLE_FILE, EXAMPLE_PATH } from "./fake-port";

/** The workbench port's DOM side, recorded (the real one is the sheet preview, tested in e2e). */
function recordingView() {
  const downloads: { bytes: Uint8Array; fileName: string }[] = [];
  const calls: string[] = [];
  const view: BrowserWorkbookView = {
    selectCell: (sheet, address) => void calls.push(`select ${sheet}!${address}`),
    mark: (findings) => void calls.push(`mark ${findings.length}`),
    clearMarks: () => void calls.push("clear"),
    offerDownload: (bytes, fileName) => void downloads.push({ bytes, fileName }),
  };
  return { view, downloads, calls };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe("the workbench's browser WorkbookPort", () => {
  test("before a workbook is opened, reading says how to open one", async () => {
    const port = createBrowserWorkbook(recordingView().view, memoryStorage());
    await expect(port.readSnapshot()).rejects.toThrow(/No workbook is open/);
    expect(port.name).toBe("none open");
  });

  test("a file that is not a workbook is refused with the reader's reason; the port stays empty", async () => {
    const port = createBrowserWorkbook(recordingView().view, memoryStorage());
    const opened = await port.open(new TextEncoder().encode("id,name\n1,x\n"), "catalogue.csv");
    expect(opened).toEqual({ ok: false, reason: expect.stringContaining("not an .xlsx workbook") });
    await expect(port.readSnapshot()).rejects.toThrow(/No workbook is open/);
  });

  test("a file that fails to open after a good one leaves no workbook open: Validate never re-checks the old file", async () => {
    const port = createBrowserWorkbook(recordingView().view, memoryStorage());
    expect((await port.open(new Uint8Array(fs.readFileSync(EXAMPLE_PATH)), EXAMPLE_FILE)).ok).toBe(true);
    expect((await port.open(new TextEncoder().encode("just text"), "notes.ods")).ok).toBe(false);
    expect(port.name).toBe("none open");
    await expect(port.readSnapshot()).rejects.toThrow(/No workbook is open/);
  });

  test("the summary becomes '<input>-summary.xlsx' whose RAG table is the engine's", async () => {
    const { view, downloads } = recordingView();
    const port = createBrowserWorkbook(view, memoryStorage());
    const opened = await port.open(new Uint8Array(fs.readFileSync(EXAMPLE_PATH)), EXAMPLE_FILE);
    expect(opened.ok).toBe(true);
    expect(port.name).toBe(EXAMPLE_FILE);
    const outcome = await generateSummary(port, { catalogue: AUTOMATIC_CATALOGUE });
    expect(outcome.written && outcome.sheetNames).toEqual(["Scorecard Summary", "Exceptions", "Validation"]);
    expect(downloads.map((d) => d.fileName)).toEqual(["directorate-scorecard-2012-13-q2-summary.xlsx"]);
    const read = await readWorkbookSnapshot(downloads[0]!.bytes, downloads[0]!.fileName);
    if (!read.ok) throw new Error(read.reason);
    const summary = read.snapshot.sheets.find((s) => s.name === SUMMARY_SHEETS.summary);
    expect(readRagTable(summary?.values ?? []).get(ALL_INDICATORS)).toEqual({
      Green: 4,
      Amber: 4,
      Red: 6,
      "No target": 5,
      "No data": 0,
      Total: 19,
    });
  });

  test("select, highlight and clear act on the preview", async () => {
    const { view, calls } = recordingView();
    const port = createBrowserWorkbook(view, memoryStorage());
    await port.open(new Uint8Array(fs.readFileSync(EXAMPLE_PATH)), EXAMPLE_FILE);
    await port.selectCell("Scorecard Q2", "D4");
    await port.highlightFindings([]);
    await port.clearHighlights();
    expect(calls).toEqual(["select Scorecard Q2!D4", "mark 0", "clear"]);
  });

  test("the catalogue is saved in and restored from browser storage; blocked storage is a clear error", async () => {
    const storage = memoryStorage();
    const port = createBrowserWorkbook(recordingView().view, storage);
    expect(await port.loadSavedCatalogue()).toBeUndefined();
    await port.saveCatalogue('{"name":"x"}');
    expect(storage.items.get(CATALOGUE_STORAGE_KEY)).toBe('{"name":"x"}');
    expect(await port.loadSavedCatalogue()).toBe('{"name":"x"}');
    const blocked = createBrowserWorkbook(recordingView().view, undefined);
    expect(await blocked.loadSavedCatalogue()).toBeUndefined();
    await expect(blocked.saveCatalogue("{}")).rejects.toThrow(/does not allow saving/);
  });
});

describe("previewText (how the preview shows a cell)", () => {
  test.each([
    [0.97, "0%", "97%"],
    [0.085, "0.0%", "8.5%"],
    [1234.5, "#,##0", "1,235"],
    [1234.5, "General", "1234.5"],
    [1 / 3, "General", "0.3333"],
    [2, "0.00", "2.00"],
    ["Green", "General", "Green"],
    [null, "General", ""],
    [true, "General", "TRUE"],
    [{ error: "#DIV/0!" }, "General", "#DIV/0!"],
    [new Date("2012-09-30T00:00:00Z"), "dd/mm/yyyy", "2012-09-30"],
  ])("%p in %p -> %p", (value, format, text) => {
    expect(previewText(value, format)).toBe(text);
  });
});
