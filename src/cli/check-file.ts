import { readWorkbookSnapshot, DEFAULT_MAX_CELLS } from "../adapters/xlsx";
import type { CatalogueLoad } from "../core/catalogue/types";
import type { LayoutOverrides } from "../core/layout";
import { checkWorkbook, type CheckResult } from "../core/engine";
import { failedReport, makeFinding } from "../core/validation";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { readInputFile } from "./io";

export interface FileCheckOptions {
  readonly catalogue?: CatalogueLoad;
  readonly period?: string;
  readonly overrides?: LayoutOverrides;
  readonly strict?: boolean;
  readonly maxCells?: number;
  /** Called with progress text for long runs (stderr in the CLI). */
  readonly progress?: (message: string) => void;
}

export type FileCheck = (CheckResult & { readonly snapshot: WorkbookSnapshot; readonly readable: true }) | { readonly report: CheckResult["report"]; readonly readable: false };

/** Cells above which the CLI reports progress for a single workbook. */
const LARGE_WORKBOOK_CELLS = 200_000;

/** Reads one .xlsx file and checks it. An unreadable file is a fatal `file/unreadable` report, never a throw. */
export async function checkFile(file: string, options: FileCheckOptions): Promise<FileCheck> {
  const unreadable = (reason: string, code: "file/unreadable" | "file/too-large" = "file/unreadable"): FileCheck => ({ report: failedReport(file, [makeFinding(code, {}, reason)]), readable: false });
  const read = readInputFile(file);
  if (!read.ok) return unreadable(read.reason);
  const started = Date.now();
  const workbook = await readWorkbookSnapshot(read.data, file, { maxCells: options.maxCells ?? DEFAULT_MAX_CELLS });
  if (!workbook.ok) return unreadable(workbook.reason, workbook.tooLarge ? "file/too-large" : "file/unreadable");
  if (workbook.cellCount > LARGE_WORKBOOK_CELLS) options.progress?.(`${file}: read ${workbook.cellCount.toLocaleString("en-GB")} cells in ${Date.now() - started} ms; validating…`);
  const result = checkWorkbook(workbook.snapshot, {
    file,
    ...(options.catalogue ? { catalogue: options.catalogue } : {}),
    ...(options.period !== undefined ? { period: options.period } : {}),
    ...(options.overrides ? { overrides: options.overrides } : {}),
    strict: options.strict === true,
  });
  return { ...result, snapshot: workbook.snapshot, readable: true };
}
