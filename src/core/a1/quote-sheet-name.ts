/**
 * Writes a sheet name the way a formula reference needs it: plain when Excel accepts it
 * bare ("Scorecard"), otherwise in single quotes with inner quotes doubled
 * ("Sheet 1" -> "'Sheet 1'", "Bob's" -> "'Bob''s'"). Names that look like a cell
 * reference ("Q2", "R1C1"), start with a digit or hold anything beyond ASCII letters,
 * digits, "_" and "." are quoted, which Excel always accepts.
 *
 * Bad input: a non-string gets "''" (an empty quoted name), so a reference built from it
 * fails visibly in Excel rather than pointing at the wrong sheet.
 *
 * @example quoteSheetName("Scorecard") // "Scorecard"
 * @example quoteSheetName("Sheet 1") // "'Sheet 1'"
 * @example quoteSheetName("Q2") // "'Q2'"
 */
export function quoteSheetName(name: string): string {
  if (typeof name !== "string") return "''";
  const bare =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*([Cc]\d*)?$/.test(name) &&
    !/^[Cc]\d*$/.test(name) &&
    !/^(true|false)$/i.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Joins a sheet name and an A1 address into a reference ("Sheet 1", "B3" -> "'Sheet 1'!B3").
 *
 * Bad input: a non-string address is treated as empty; the sheet name is quoted as in
 * `quoteSheetName`.
 *
 * @example sheetAddress("Sheet 1", "B3") // "'Sheet 1'!B3"
 * @example sheetAddress("Scorecard", "D1:F2") // "Scorecard!D1:F2"
 */
export function sheetAddress(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${typeof address === "string" ? address : ""}`;
}
