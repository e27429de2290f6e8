/** Why the Office.js adapter refused: a plan it cannot write, or a place that is not in the workbook. */
export type ExcelAdapterErrorReason = "invalid-plan" | "not-found" | "internal";

/**
 * Thrown for misuse of the adapter (a bad plan) or a workbook that changed under the pane (a
 * sheet gone). Errors from Excel itself (OfficeExtension.Error) pass through unchanged.
 */
export class ExcelAdapterError extends Error {
  constructor(
    readonly reason: ExcelAdapterErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "ExcelAdapterError";
  }
}
