import { valuesCopyName } from "../../adapters/xlsx/freeze/copy-name";
import type { FreezeProblem } from "../../adapters/xlsx/freeze/types";
import type { WorkbookPort } from "../../core/workbook/workbook-port";

export type ValuesCopyOutcome =
  | {
      readonly made: true;
      readonly fileName: string;
      readonly frozen: number;
      /** Cells kept as formulas: no value, or an error, when last calculated. */
      readonly kept: readonly FreezeProblem[];
      readonly notes: readonly FreezeProblem[];
    }
  | { readonly made: false; readonly reason: string };

/**
 * "Save a values-only copy": takes the workbook's file through the port, freezes the KPI
 * formulas into their last values (the same freeze as `scorecard freeze`; its zip code loads
 * only when asked), and opens the copy as a new workbook (Excel) or offers it as a download
 * (workbench). The user's workbook is never changed.
 */
export async function saveValuesCopy(
  port: WorkbookPort,
  now: () => Date = () => new Date(),
): Promise<ValuesCopyOutcome> {
  const file = await port.readFile();
  const { freezeWorkbook } = await import("../../adapters/xlsx/freeze/freeze-workbook");
  const result = await freezeWorkbook(file.bytes, { sourceName: file.name, frozenAt: now() });
  if (!result.ok) return { made: false, reason: result.reason };
  const fileName = valuesCopyName(file.name);
  await port.openCopy(result.bytes, fileName);
  return { made: true, fileName, frozen: result.frozen, kept: result.kept, notes: result.notes };
}
