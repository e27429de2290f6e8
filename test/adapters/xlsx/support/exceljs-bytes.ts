import { Workbook, type ValueType, type Worksheet } from "exceljs";

/** The .xlsx bytes of a workbook built with exceljs in a test. */
export async function bytesOf(workbook: Workbook): Promise<Uint8Array> {
  const written: unknown = await workbook.xlsx.writeBuffer();
  const buffer = written as Uint8Array;
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** An exceljs workbook loaded from bytes (the way Excel-side code would see the file). */
export async function loadWithExcelJs(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  return workbook;
}

/** What a test checks about one exceljs cell, as a plain object (exceljs cells are live views). */
export function cellFacts(
  sheet: Worksheet,
  address: string,
): { type: ValueType; value: unknown; formula: string | undefined; numFmt: string | undefined } {
  const { type, value, formula, numFmt } = sheet.getCell(address);
  return { type, value, formula, numFmt };
}
