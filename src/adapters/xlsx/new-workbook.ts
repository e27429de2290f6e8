import { Workbook } from "exceljs";
import { asBytes } from "./bytes";

/** The creator written into workbook properties unless the caller names another. */
export const DEFAULT_CREATOR = "Scorecard Kit";

export interface WorkbookPropertiesOptions {
  /** Workbook property "Author"/creator. Default "Scorecard Kit". */
  readonly creator?: string;
  /** Workbook property "Created". Default now; pass a fixed date for reproducible files. */
  readonly created?: Date;
}

/** An empty exceljs workbook with creator and created/modified dates set. */
export function newWorkbook(options: WorkbookPropertiesOptions = {}): Workbook {
  const workbook = new Workbook();
  const created = options.created ?? new Date();
  workbook.creator = options.creator ?? DEFAULT_CREATOR;
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = created;
  workbook.modified = created;
  return workbook;
}

/**
 * The .xlsx bytes of a workbook as a plain Uint8Array, in Node (where exceljs returns a Buffer)
 * and in browsers alike.
 */
export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  const written: unknown = await workbook.xlsx.writeBuffer();
  const bytes = asBytes(written);
  if (bytes === undefined) throw new TypeError("exceljs writeBuffer returned something other than bytes.");
  return bytes;
}
