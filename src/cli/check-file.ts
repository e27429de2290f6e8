import { readWorkbookSnapshot, type ReadPlace } from "../adapters/xlsx/read-snapshot";
import { inflateWithZlib } from "../adapters/xlsx/read-snapshot/node-inflate";
import { DEFAULT_MAX_CELLS } from "../adapters/xlsx/limits";
import type { CatalogueLoad } from "../core/catalogue/types";
import { checkWorkbook, summarizeWorkbook, type CheckOptions, type CheckResult } from "../core/engine";
import type { SummaryPlan } from "../core/summary/plan";
import { failedReport, makeFinding, type WorkbookAnalysis } from "../core/validation";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { periodPosition } from "../core/trajectory/period-position";
import { otherSpreadsheetFormat } from "./input-format";
import { readInputFile } from "./io";
import { mapFindings, type MapFile } from "./map-file";
import { CLI_MESSAGES } from "./messages";

export interface FileCheckOptions {
  readonly catalogue?: CatalogueLoad;
  readonly period?: string;
  /** The --map file: its overrides are applied, and its entries that match nothing reported (map/unused). */
  readonly map?: MapFile;
  readonly strict?: boolean;
  readonly maxCells?: number;
  /** Today, for plan targets whose period has started (default: the clock's now). */
  readonly today?: Date;
  /** Called with progress text for long runs (stderr in the CLI). */
  readonly progress?: (message: string) => void;
  /** With a stamp, the summary plan is made too (summarizeWorkbook), for `scorecard summarize`. */
  readonly summaryGeneratedAt?: string;
  /** With a summary: last time's analysis, for the Changes sheet (`--compare`). */
  readonly previous?: WorkbookAnalysis;
}

export type FileCheck =
  | (CheckResult & {
      readonly snapshot: WorkbookSnapshot;
      readonly readable: true;
      readonly plan?: SummaryPlan;
    })
  | { readonly report: CheckResult["report"]; readonly readable: false };

/** Today on the plan's time axis, when the date is one. */
function asOfToday(today: Date): { asOf?: number } {
  const asOf = periodPosition(today);
  return asOf === undefined ? {} : { asOf };
}

/** Cells above which the CLI reports progress for a single workbook. */
const LARGE_WORKBOOK_CELLS = 200_000;

/**
 * Reads one .xlsx file and checks it. An unreadable file (missing, another spreadsheet format,
 * damaged, too large) is a fatal `file/unreadable` or `file/too-large` report, never a throw; it
 * names the worksheet (and row) where reading stopped when the problem is in one.
 */
export async function checkFile(file: string, options: FileCheckOptions): Promise<FileCheck> {
  const unreadable = (
    reason: string,
    code: "file/unreadable" | "file/too-large" = "file/unreadable",
    place: ReadPlace = { sheet: "" },
  ): FileCheck => ({ report: failedReport(file, [makeFinding(code, place, reason)]), readable: false });
  const read = readInputFile(file);
  if (!read.ok) return unreadable(read.reason);
  const format = otherSpreadsheetFormat(file, read.data);
  if (format !== undefined) return unreadable(CLI_MESSAGES.otherFormat(file, format));
  const started = Date.now();
  const workbook = await readWorkbookSnapshot(read.data, file, {
    maxCells: options.maxCells ?? DEFAULT_MAX_CELLS,
    inflateWhole: inflateWithZlib,
  });
  if (!workbook.ok)
    return unreadable(
      workbook.reason,
      workbook.tooLarge ? "file/too-large" : "file/unreadable",
      workbook.place,
    );
  if (workbook.cellCount > LARGE_WORKBOOK_CELLS)
    options.progress?.(
      `${file}: read ${workbook.cellCount.toLocaleString("en-GB")} cells in ${Date.now() - started} ms; validating…`,
    );
  const map = options.map;
  const checkOptions: CheckOptions = {
    file,
    ...(options.catalogue ? { catalogue: options.catalogue } : {}),
    ...(options.period !== undefined ? { period: options.period } : {}),
    ...(map
      ? {
          overrides: map.overrides,
          moreFindings: (analysis) => mapFindings(map, workbook.snapshot, analysis.layouts),
        }
      : {}),
    strict: options.strict === true,
    ...asOfToday(options.today ?? new Date()),
  };
  const result =
    options.summaryGeneratedAt === undefined
      ? checkWorkbook(workbook.snapshot, checkOptions)
      : summarizeWorkbook(workbook.snapshot, {
          ...checkOptions,
          generatedAt: options.summaryGeneratedAt,
          ...(options.previous ? { previous: options.previous } : {}),
        });
  return { ...result, snapshot: workbook.snapshot, readable: true };
}
