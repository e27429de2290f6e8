import type { CatalogueLoad } from "../../core/catalogue/types";
import { checkWorkbook } from "../../core/engine";
import type { WorkbookAnalysis } from "../../core/validation";
import { PANE_TEXT } from "../pane-messages";

/** A file the user picked: its name and bytes, read in the page. */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type PreviousFile =
  | { readonly ok: true; readonly analysis: WorkbookAnalysis }
  | { readonly ok: false; readonly reason: string };

/**
 * "Compare with a previous file…": last time's .xlsx, read in this page (the file never leaves
 * the machine) and checked with the current workbook's catalogue (undefined: its own choice) at
 * its own latest period, as `summarize --compare` does. The .xlsx reader (exceljs) loads only when a file is chosen, so the pane's
 * bundle stays small. A file that cannot be read or checked is a reason, never a throw.
 */
export async function analysePreviousFile(
  file: PickedFile,
  catalogue: CatalogueLoad | undefined,
): Promise<PreviousFile> {
  const { readWorkbookSnapshot } = await import("../../adapters/xlsx/read-snapshot");
  const read = await readWorkbookSnapshot(file.bytes, file.name);
  if (!read.ok) return { ok: false, reason: PANE_TEXT.previousUnreadable(file.name, read.reason) };
  const result = checkWorkbook(read.snapshot, catalogue ? { catalogue } : {});
  const fatal = result.report.findings.filter((f) => f.severity === "fatal");
  if (!result.analysis || fatal.length > 0)
    return {
      ok: false,
      reason: PANE_TEXT.previousUnreadable(file.name, fatal.map((f) => f.message).join(" ")),
    };
  return { ok: true, analysis: result.analysis };
}
