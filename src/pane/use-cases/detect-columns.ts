import { detectWorkbookLayouts, type LayoutOverrides, type LayoutResult } from "../../core/layout";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import type { WorkbookPort } from "../../core/workbook/workbook-port";
import { layoutChoices, periodChoices, type SheetLayoutChoice } from "./layout-choices";

/** What "Detect columns" shows: each sheet's columns and the periods found. */
export interface DetectedColumns {
  readonly snapshot: WorkbookSnapshot;
  readonly sheets: readonly SheetLayoutChoice[];
  readonly periods: readonly string[];
}

/** The "Detect columns" use-case: read the workbook and describe its layout (no catalogue needed). */
export async function detectColumns(
  port: WorkbookPort,
  overrides?: LayoutOverrides,
  onProgress?: (fraction: number) => void,
): Promise<DetectedColumns> {
  const snapshot = await port.readSnapshot(onProgress);
  return describeColumns(snapshot, overrides);
}

/**
 * The same description from a snapshot already read (after a role change, no new read).
 * `layouts` are the layouts already detected with these overrides, when the caller has them
 * (Validate does); otherwise they are detected here, once.
 */
export function describeColumns(
  snapshot: WorkbookSnapshot,
  overrides?: LayoutOverrides,
  layouts: readonly LayoutResult[] = detectWorkbookLayouts(snapshot, overrides),
): DetectedColumns {
  return {
    snapshot,
    sheets: layoutChoices(snapshot, overrides, layouts),
    periods: periodChoices(layouts),
  };
}
