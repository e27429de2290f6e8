/** Formula text for reports: the saved form shown as typed, and shared formulas moved to a cell. */
import { displayFormula, shiftFormula, usesAnyName } from "../../../../src/adapters/xlsx/freeze/formula-text";

describe("displayFormula", () => {
  it.each([
    ["_xldudf_KPI_RAG(D5,C5)", "=KPI.RAG(D5,C5)"],
    [
      'IFERROR(_xldudf_kpi_spclimits(B2:B25),"_xldudf_KPI_RAG(")',
      '=IFERROR(KPI.SPCLIMITS(B2:B25),"_xldudf_KPI_RAG(")',
    ],
    ['_xlfn.IFS(A1>1,KPI.BAND(A1),TRUE,"")', '=IFS(A1>1,KPI.BAND(A1),TRUE,"")'],
    ["_xlfn.LET(_xlpm.x,A1,_xlpm.x*2)", "=LET(x,A1,x*2)"],
    ["SUM(A1:A3)", "=SUM(A1:A3)"],
  ])("%s -> %s", (saved, shown) => expect(displayFormula(saved)).toBe(shown));
});

describe("shiftFormula", () => {
  it.each([
    ["KPI.RAG(D5,C5)", 2, 0, "KPI.RAG(D7,C7)"],
    ["KPI.RAG(D5,$C$5)", 1, 1, "KPI.RAG(E6,$C$5)"],
    ["KPI.GAP($D5,C$5)", 3, 2, "KPI.GAP($D8,E$5)"],
    ["SUM('Q2 A1'!B2:B9)&\"A1\"", 1, 0, "SUM('Q2 A1'!B3:B10)&\"A1\""],
    ["LOG10(A1)+Q2!A1", 1, 0, "LOG10(A2)+Q2!A2"],
    ["A1", -1, 0, "A1"],
  ])("%s moved by %i rows and %i columns", (saved, rows, columns, moved) =>
    expect(shiftFormula(saved, rows, columns)).toBe(moved),
  );
});

describe("usesAnyName", () => {
  const names = new Set(["RAGOF", "MY.NAME"]);
  it.each([
    ["RagOf*2", true],
    ["IF(A1,my.name,0)", true],
    ["RagOfThem+1", false],
    ['"RagOf"&A1', false],
    ["RAGOF(1)", false],
    ["'RagOf'!A1", false],
  ])("%s -> %s", (formula, used) => expect(usesAnyName(formula, names)).toBe(used));
});
