import * as fs from "fs";
import * as path from "path";
import { addInFunctionsIn, ADD_IN_FUNCTIONS } from "../../../src/core/formulas";

test("the list of the add-in's functions is every @customfunction in src/functions", () => {
  const source = fs.readFileSync(path.resolve(__dirname, "../../../src/functions/functions.ts"), "utf8");
  const declared = [...source.matchAll(/@customfunction\s+([A-Z]+)/g)].map((m) => m[1]);
  expect([...ADD_IN_FUNCTIONS].sort()).toEqual(declared.sort());
});

describe("addInFunctionsIn", () => {
  test.each<[string, string[]]>([
    ["=KPI.RAG(D5,C5)", ["KPI.RAG"]],
    ["KPI.RAG(D5,C5)", ["KPI.RAG"]],
    ["_xldudf_KPI_RAG(D5,C5)", ["KPI.RAG"]],
    ['=IFERROR(_xldudf_KPI_STATUS("CS-IA",H13),"")', ["KPI.STATUS"]],
    ['=kpi.direction(C5:F5)&" "&KPI.RAG(F5,E5)&KPI.RAG(G5,E5)', ["KPI.DIRECTION", "KPI.RAG"]],
    ["_xldudf_KPI_SPCLIMITS(C5:C40)", ["KPI.SPCLIMITS"]],
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
