import { ExcelAdapterError } from "./errors";
import { EXCEL_MESSAGES } from "./messages";

/** Office.js error codes meaning "that sheet or cell is not there". */
const NOT_FOUND_CODES = new Set(["ItemNotFound", "InvalidArgument", "InvalidReference"]);

/**
 * Activates a sheet and selects a cell (1 sync). An empty address just activates the sheet.
 * A sheet or address that is not in the workbook any more throws ExcelAdapterError("not-found")
 * with a plain message; other Excel errors pass through.
 */
export async function selectCell(run: typeof Excel.run, sheetName: string, address: string): Promise<void> {
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      if (address !== "") sheet.getRange(address).select();
      await context.sync();
    });
  } catch (error) {
    const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
    if (typeof code === "string" && NOT_FOUND_CODES.has(code)) {
      throw new ExcelAdapterError(
        "not-found",
        address === ""
          ? EXCEL_MESSAGES.sheetNotFound(sheetName)
          : EXCEL_MESSAGES.cellNotFound(sheetName, address),
      );
    }
    throw error;
  }
}
