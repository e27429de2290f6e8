import { checkWorkbook } from "../../core/engine";
import { detectWorkbookLayouts, type LayoutResult } from "../../core/layout";
import type { ValidationReport } from "../../core/validation";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import type { WorkbookPort } from "../../core/workbook/workbook-port";
import { checkOptions, readForCheck, type CheckRequest } from "./check-request";
import { describeColumns, type DetectedColumns } from "./detect-columns";

/** What "Validate workbook" produces: the engine's report, plus what the other sections show. */
export interface ValidateOutcome {
  readonly snapshot: WorkbookSnapshot;
  readonly report: ValidationReport;
  readonly layouts: readonly LayoutResult[];
  /** Period labels found, for the Period section. */
  readonly periods: readonly string[];
  /** The Columns section, from the same layouts as the report (no second detection). */
  readonly columns: DetectedColumns;
}

/**
 * The "Validate workbook" use-case: read the workbook through the port, check it with the
 * engine (the same checkWorkbook as the CLI, so the counts agree), and return the report with
 * the layouts, periods and columns found. Layouts are detected once, by the check, and passed
 * on (only a failed catalogue, which stops the check early, makes this detect them itself).
 * Errors from the port (no workbook, Excel refusing) reject.
 */
export async function validateWorkbook(port: WorkbookPort, request: CheckRequest): Promise<ValidateOutcome> {
  const snapshot = await readForCheck(port, request);
  const options = checkOptions(request, snapshot);
  const result = checkWorkbook(snapshot, options);
  const layouts = result.analysis?.layouts ?? detectWorkbookLayouts(snapshot, options.overrides);
  const columns = describeColumns(snapshot, options.overrides, layouts);
  request.onProgress?.(1);
  return { snapshot, report: result.report, layouts, periods: columns.periods, columns };
}
