import { copyExtension, valuesCopyName } from "../../../../src/adapters/xlsx/freeze";

test.each([
  ["Q2 scorecard.xlsx", "Q2 scorecard-values.xlsx"],
  ["Q2.XLSX", "Q2-values.xlsx"],
  ["macros.xlsm", "macros-values.xlsm"],
  ["template.xltx", "template-values.xltx"],
  ["Book1", "Book1-values.xlsx"],
  ["This workbook", "This workbook-values.xlsx"],
  ["data.csv", "data.csv-values.xlsx"],
  ["", "workbook-values.xlsx"],
])("valuesCopyName(%p) is %p", (name, expected) => {
  expect(valuesCopyName(name)).toBe(expected);
});

test("copyExtension keeps a macro workbook or template a macro workbook or template", () => {
  expect(["a.xlsm", "a.XLTM", "a.xls", "a"].map(copyExtension)).toEqual([".xlsm", ".xltm", ".xlsx", ".xlsx"]);
});
