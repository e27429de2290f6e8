import { readWorkbookSnapshot } from "../../../src/adapters/xlsx";
import type { SheetToWrite } from "../../../src/adapters/xlsx";
import { loadCatalogue } from "../../../src/core/catalogue";
import { checkWorkbook } from "../../../src/core/engine";
import { findingRows, guardedText, indicatorRows, INDICATOR_COLUMNS } from "../../../src/core/export";
import * as W from "../../support/workbooks";

const catalogue = loadCatalogue(W.TEST_CATALOGUE);

async function analysed(sheets: SheetToWrite[]) {
  const read = await readWorkbookSnapshot(await W.workbookBytes(sheets), "pack.xlsx");
  if (!read.ok) throw new Error(read.reason);
  return checkWorkbook(read.snapshot, { catalogue });
}

describe("indicatorRows: one row per indicator per period", () => {
  test("the standard scorecard: 4 indicators x 2 periods, each period judged as of that period", async () => {
    const result = await analysed([W.scorecardSheet()]);
    const rows = indicatorRows(result.analysis!, "pack.xlsx");
    expect(rows).toHaveLength(8);
    expect(Object.keys(rows[0]!)).toEqual([...INDICATOR_COLUMNS]);
    // CIC (lower is better, target 1400): Q1 1432 is Amber (within 5%), Q2 1390 Green and improving.
    const cic = rows.filter((r) => r.indicatorId === "CIC");
    expect(cic).toEqual([
      {
        file: "pack.xlsx",
        sheet: "Scorecard",
        cell: "D3",
        indicatorId: "CIC",
        indicatorName: "Children in care",
        outcomeArea: "Safety",
        period: "Q1",
        value: 1432,
        target: 1400,
        rag: "Amber",
        direction: "Not enough data",
        national: null,
        neighbours: null,
        variation: null,
        assurance: null,
      },
      expect.objectContaining({
        cell: "E3",
        period: "Q2",
        value: 1390,
        rag: "Green",
        direction: "Improving",
      }),
    ]);
    // The benchmark is given on the current period's row only: ATT national 95% (0.95).
    const att = rows.filter((r) => r.indicatorId === "ATT").map((r) => [r.period, r.value, r.national]);
    expect(att).toEqual([
      ["Q1", 0.94, null],
      ["Q2", 0.96, 0.95],
    ]);
  });

  test("the current period's row says what the report says for the indicator", async () => {
    const result = await analysed([W.monthlyScorecard()]);
    for (const i of result.analysis!.indicators) {
      const row = indicatorRows(result.analysis!, "m.xlsx").find(
        (r) => r.indicatorId === i.id && r.period === i.period,
      )!;
      expect([row.value, row.target, row.rag, row.direction]).toEqual([
        i.value,
        i.target,
        i.rag,
        i.direction,
      ]);
      expect([row.variation, row.assurance]).toEqual([i.spc!.variation, i.spc!.assurance]);
    }
    expect(indicatorRows(result.analysis!, "m.xlsx")).toHaveLength(4 * 24);
  });
});

test("findingRows: one row per finding, blank places as nulls", async () => {
  const result = await analysed([
    W.scorecardSheet({ rows: W.standardRowsWith("ATT", { ...W.ROW.ATT, RAG: "Red" }) }),
  ]);
  expect(findingRows(result.report)).toEqual([
    {
      file: "pack.xlsx",
      code: "rag/mismatch",
      severity: "error",
      sheet: "Scorecard",
      cell: "F2",
      row: 2,
      column: 6,
      indicatorId: "ATT",
      message: result.report.findings[0]!.message,
      expected: "Green",
      actual: "Red",
    },
  ]);
});

test.each([
  ['=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'],
  ["+44 20 7946 0000", "'+44 20 7946 0000"],
  ["-5", "'-5"],
  ["@SUM(A1)", "'@SUM(A1)"],
  ["\tcmd", "'\tcmd"],
  ["Children in care", "Children in care"],
  ["", ""],
])("guardedText(%p) -> %p (OWASP CSV injection)", (text, guarded) => {
  expect(guardedText(text)).toBe(guarded);
});
