import { summarizeWorkbook } from "../../core/engine";
import type { ValidationReport } from "../../core/validation";
import type { WorkbookPort } from "../../core/workbook/workbook-port";
import { checkOptions, readForCheck, type CheckRequest } from "./check-request";
import { localTimestamp } from "../../core/summary/generated-at";
import { compareAnalyses, type IndicatorChange } from "../../core/compare";
import { analysePreviousFile, type PickedFile } from "./previous-file";

export type SummaryOutcome =
  | {
      readonly written: true;
      readonly sheetNames: readonly string[];
      readonly report: ValidationReport;
      /** With a previous file: what changed since it (also on the Changes sheet). */
      readonly changes?: readonly IndicatorChange[];
    }
  /** The workbook could not be checked (a broken catalogue, an unknown period): nothing written. */
  | { readonly written: false; readonly report: ValidationReport }
  /** The previous file could not be read or checked: nothing written, the reason said. */
  | { readonly written: false; readonly report: ValidationReport; readonly previousProblem: string };

/**
 * The "Generate summary" use-case: read, check and plan with summarizeWorkbook (generatedAt
 * now, ISO), then write the plan through the port, which replaces only sheets it generated.
 * With `previous` (last time's file, "Compare with a previous file…"), the summary gains a
 * Changes sheet. Returns the sheet names written and the report, so the findings list can
 * refresh too.
 */
export async function generateSummary(
  port: WorkbookPort,
  request: CheckRequest & { readonly now?: () => Date; readonly previous?: PickedFile },
): Promise<SummaryOutcome> {
  const snapshot = await readForCheck(port, request);
  const generatedAt = localTimestamp(request.now?.() ?? new Date());
  const options = checkOptions(request, snapshot);
  const previous = request.previous
    ? await analysePreviousFile(request.previous, options.catalogue)
    : undefined;
  if (previous && !previous.ok) {
    request.onProgress?.(1);
    const checked = summarizeWorkbook(snapshot, { ...options, generatedAt });
    return { written: false, report: checked.report, previousProblem: previous.reason };
  }
  const result = summarizeWorkbook(snapshot, {
    ...options,
    generatedAt,
    ...(previous?.ok ? { previous: previous.analysis } : {}),
  });
  if (!result.plan) {
    request.onProgress?.(1);
    return { written: false, report: result.report };
  }
  const written = await port.writeSummary(result.plan);
  request.onProgress?.(1);
  return {
    written: true,
    sheetNames: written.sheetNames,
    report: result.report,
    ...(previous?.ok && result.analysis
      ? { changes: compareAnalyses(previous.analysis, result.analysis) }
      : {}),
  };
}
