import { summarizeWorkbook } from "../../core/engine";
import type { ValidationReport } from "../../core/validation";
import type { WorkbookPort } from "../../core/workbook/workbook-port";
import { checkOptions, readForCheck, type CheckRequest } from "./check-request";
import { localTimestamp } from "../../core/summary/generated-at";

export type SummaryOutcome =
  | { readonly written: true; readonly sheetNames: readonly string[]; readonly report: ValidationReport }
  /** The workbook could not be checked (a broken catalogue, an unknown period): nothing written. */
  | { readonly written: false; readonly report: ValidationReport };

/**
 * The "Generate summary" use-case: read, check and plan with summarizeWorkbook (generatedAt
 * now, ISO), then write the plan through the port, which replaces only sheets it generated.
 * Returns the sheet names written and the report, so the findings list can refresh too.
 */
export async function generateSummary(
  port: WorkbookPort,
  request: CheckRequest & { readonly now?: () => Date },
): Promise<SummaryOutcome> {
  const snapshot = await readForCheck(port, request);
  const generatedAt = localTimestamp(request.now?.() ?? new Date());
  const result = summarizeWorkbook(snapshot, { ...checkOptions(request, snapshot), generatedAt });
  if (!result.plan) {
    request.onProgress?.(1);
    return { written: false, report: result.report };
  }
  const written = await port.writeSummary(result.plan);
  request.onProgress?.(1);
  return { written: true, sheetNames: written.sheetNames, report: result.report };
}
