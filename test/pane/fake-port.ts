import * as fs from "fs";
import * as path from "path";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx";
import type { Finding } from "../../src/core/validation/findings";
import type { SummaryPlan } from "../../src/core/summary/plan";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import type { WorkbookPort } from "../../src/core/workbook/workbook-port";

export const EXAMPLE_FILE = "directorate-scorecard-2012-13-q2.xlsx";
export const EXAMPLE_PATH = path.resolve(__dirname, "../../examples", EXAMPLE_FILE);

/** The example workbook as the engine sees it, read with the same adapter the workbench uses. */
export async function exampleSnapshot(): Promise<WorkbookSnapshot> {
  const read = await readWorkbookSnapshot(fs.readFileSync(EXAMPLE_PATH), EXAMPLE_FILE);
  if (!read.ok) throw new Error(read.reason);
  return read.snapshot;
}

/** A WorkbookPort over a snapshot that records what the pane asked of it. */
export interface FakePort extends WorkbookPort {
  readonly written: SummaryPlan[];
  readonly selected: { sheet: string; address: string }[];
  readonly highlighted: (readonly Finding[])[];
  saved: string | undefined;
  reads: number;
  /** The file readFile hands out (default: none, and readFile fails as a port without one would). */
  file?: { bytes: Uint8Array; name: string };
  readonly copies: { bytes: Uint8Array; fileName: string }[];
}

export function fakePort(snapshot: WorkbookSnapshot | Error, saved?: string): FakePort {
  const port: FakePort = {
    name: "fake",
    written: [],
    selected: [],
    highlighted: [],
    saved,
    reads: 0,
    copies: [],
    async readSnapshot(progress) {
      port.reads += 1;
      if (snapshot instanceof Error) throw snapshot;
      progress?.(0.5);
      progress?.(1);
      return snapshot;
    },
    async writeSummary(plan) {
      port.written.push(plan);
      return { sheetNames: plan.sheets.map((s) => s.name) };
    },
    async selectCell(sheet, address) {
      port.selected.push({ sheet, address });
    },
    async highlightFindings(findings) {
      port.highlighted.push(findings);
    },
    async clearHighlights() {
      port.highlighted.length = 0;
    },
    async readFile() {
      if (!port.file) throw new Error("The fake port has no file.");
      return port.file;
    },
    async openCopy(bytes, fileName) {
      port.copies.push({ bytes, fileName });
    },
    async loadSavedCatalogue() {
      return port.saved;
    },
    async saveCatalogue(json) {
      port.saved = json;
    },
  };
  return port;
}
