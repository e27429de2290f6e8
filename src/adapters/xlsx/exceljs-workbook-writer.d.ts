/**
 * exceljs's streaming writer on its own (its module exports the class). exceljs's typings only
 * describe it through the package's main entry, which loads the whole library.
 */
declare module "exceljs/lib/stream/xlsx/workbook-writer" {
  import type { stream } from "exceljs";
  const WorkbookWriter: typeof stream.xlsx.WorkbookWriter;
  export = WorkbookWriter;
}
