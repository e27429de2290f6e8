import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "./limits";

/**
 * How many bytes one read batch may carry on this Excel. Only Excel on the web limits a
 * request or response (5 MB), so there reads go in size-bounded batches; desktop Excel
 * (Windows, Mac) has no such limit, so the whole workbook comes back in ONE data sync and a
 * validation always takes 3 syncs, however many sheets and rows.
 * @example payloadBudgetFor("OfficeOnline") // 4000000
 * @example payloadBudgetFor("PC") // Infinity
 */
export function payloadBudgetFor(platform: string | undefined): number {
  return platform === "OfficeOnline" || platform === undefined
    ? DEFAULT_PAYLOAD_BUDGET_BYTES
    : Number.POSITIVE_INFINITY;
}

/** The platform Office reports, or undefined outside Office (tests, plain browsers). */
export function currentPlatform(): string | undefined {
  try {
    return typeof Office !== "undefined" ? String(Office.context?.platform ?? "") || undefined : undefined;
  } catch {
    return undefined;
  }
}
