import type { CheckOptions } from "../../core/engine";
import type { LayoutOverrides } from "../../core/layout";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import { periodPosition } from "../../core/trajectory/period-position";
import { catalogueForCheck, type ChosenCatalogue } from "./catalogue-choice";
import { overrideCount } from "./layout-choices";

/** What the user set in the pane for the next check: catalogue, period, column roles. */
export interface CheckRequest {
  readonly catalogue: ChosenCatalogue;
  /** A period label; undefined or "" for the engine's default (latest with values). */
  readonly period?: string;
  readonly overrides?: LayoutOverrides;
  /** Gets a fraction 0..1 as the work goes on. */
  readonly onProgress?: (fraction: number) => void;
  /** Today, for plan targets whose period has started (default: the clock's now). */
  readonly today?: Date;
}

/** Share of the progress bar given to reading the workbook (the slow part in Excel). */
export const READ_SHARE = 0.8;

/** The engine's options for a request, over a freshly read snapshot. */
export function checkOptions(request: CheckRequest, snapshot: WorkbookSnapshot): CheckOptions {
  const catalogue = catalogueForCheck(request.catalogue, snapshot);
  const period = request.period?.trim();
  const asOf = periodPosition(request.today ?? new Date());
  return {
    ...(asOf !== undefined ? { asOf } : {}),
    ...(catalogue ? { catalogue } : {}),
    ...(period ? { period } : {}),
    ...(request.overrides && overrideCount(request.overrides) > 0 ? { overrides: request.overrides } : {}),
  };
}

/** Reads the workbook through the port, reporting progress within the reading share. */
export async function readForCheck(
  port: { readSnapshot(progress?: (fraction: number) => void): Promise<WorkbookSnapshot> },
  request: CheckRequest,
): Promise<WorkbookSnapshot> {
  const report = request.onProgress;
  report?.(0);
  const snapshot = await port.readSnapshot(
    report ? (fraction) => report(clamp01(fraction) * READ_SHARE) : undefined,
  );
  report?.(READ_SHARE);
  return snapshot;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
