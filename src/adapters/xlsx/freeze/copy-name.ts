/**
 * The values-only copy's file name, one rule for the CLI, the pane and the workbench. A copy
 * keeps its input's kind of workbook (a macro workbook or a template stays one: Excel refuses a
 * file whose extension does not match its content); anything else becomes .xlsx.
 */

/** Extensions a copy keeps from its input. */
const KEPT_EXTENSIONS = [".xlsx", ".xlsm", ".xltx", ".xltm"] as const;

/**
 * The extension the copy must have, lower case.
 * @example copyExtension("Q2.XLSM") // ".xlsm"
 * @example copyExtension("Book1") // ".xlsx"
 */
export function copyExtension(fileName: string): string {
  const extension = /\.[^./\\]+$/.exec(fileName)?.[0]?.toLowerCase() ?? "";
  return (KEPT_EXTENSIONS as readonly string[]).includes(extension) ? extension : ".xlsx";
}

/**
 * "<name>-values<extension>" for a file name (no folder).
 * @example valuesCopyName("Q2 scorecard.xlsx") // "Q2 scorecard-values.xlsx"
 * @example valuesCopyName("Book1") // "Book1-values.xlsx"
 */
export function valuesCopyName(fileName: string): string {
  const extension = copyExtension(fileName);
  const base = fileName.toLowerCase().endsWith(extension) ? fileName.slice(0, -extension.length) : fileName;
  return `${base || "workbook"}-values${extension}`;
}
