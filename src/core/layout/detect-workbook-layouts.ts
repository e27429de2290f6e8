import type { WorkbookSnapshot } from "../workbook/snapshot";
import { detectLayout } from "./detect-layout";
import type { LayoutOverrides, LayoutResult } from "./types";

/**
 * Detects the layout of every sheet in a workbook, in sheet order: one result per sheet,
 * scorecard or not (with the reason), so the caller can report skipped sheets.
 *
 * Bad input: a workbook without a sheet list gets []; a malformed sheet gets a
 * "not-scorecard" result.
 *
 * @example detectWorkbookLayouts(workbook).filter((r) => r.kind === "scorecard").length // 2
 */
export function detectWorkbookLayouts(
  workbook: WorkbookSnapshot,
  overrides?: LayoutOverrides,
): LayoutResult[] {
  const sheets = Array.isArray(workbook?.sheets) ? workbook.sheets : [];
  return sheets.map((sheet) => detectLayout(sheet, overrides));
}
