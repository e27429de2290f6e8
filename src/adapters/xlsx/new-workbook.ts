import { Workbook } from "exceljs";
import { asBytes } from "./bytes";
import { DEFAULT_CREATOR, type WorkbookPropertiesOptions } from "./workbook-properties";

export { DEFAULT_CREATOR, type WorkbookPropertiesOptions } from "./workbook-properties";

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
