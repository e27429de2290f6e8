import { addInFunctionsIn } from "../../../src/core/formulas";

describe("addInFunctionsIn", () => {
  test.each<[string, string[]]>([
    ["=KPI.RAG(D5,C5)", ["KPI.RAG"]],
    ["KPI.RAG(D5,C5)", ["KPI.RAG"]],
    ["_xldudf_KPI_RAG(D5,C5)", ["KPI.RAG"]],
    ['=IFERROR(_xldudf_KPI_STATUS("CS-IA",H13),"")', ["KPI.STATUS"]],
    ['=kpi.direction(C5:F5)&" "&KPI.RAG(F5,E5)&KPI.RAG(G5,E5)', ["KPI.DIRECTION", "KPI.RAG"]],
    ["=SUM(A1:A3)", []],
    ['="KPI.RAG("&A1', []],
    ["=MYKPI.RAG(A1)", []],
    ["=KPI.UNKNOWN(A1)", []],
    ["=Sheet1!KPI.RAG", []],
  ])("%s -> %p", (formula, expected) => {
    expect(addInFunctionsIn(formula)).toEqual(expected);
  });

  test("bad input gives no functions", () => {
    expect(addInFunctionsIn(undefined as unknown as string)).toEqual([]);
    expect(addInFunctionsIn("=KPI.RAG(" + "A1,".repeat(5000) + ")")).toEqual([]);
  });
});
