import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import type { Workbook } from "exceljs";
import { readWorkbookSnapshot } from "../../../src/adapters/xlsx/read-snapshot";
import { writeSummaryWorkbook } from "../../../src/adapters/xlsx/write-plan";
import { streamSummaryWorkbook } from "../../../src/adapters/xlsx/write-plan-streaming";
import { summarizeWorkbook } from "../../../src/core/engine";
import type { SummaryPlan } from "../../../src/core/summary/plan";
import { loadWithExcelJs } from "./support/exceljs-bytes";

/**
 * The CLI's streaming writer and the workbench's in-memory writer write the same workbook: the
 * summaries of the examples (charts, print titles, headers and footers, page breaks, wrapped
 * rows, RAG fills) are read back with exceljs and compared sheet by sheet and cell by cell.
 */

const EXAMPLES = path.resolve(__dirname, "../../../examples");
const CREATED = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));

async function planOf(file: string): Promise<SummaryPlan> {
  const read = await readWorkbookSnapshot(fs.readFileSync(path.join(EXAMPLES, file)), file);
  if (!read.ok) throw new Error(read.reason);
  const plan = summarizeWorkbook(read.snapshot, { generatedAt: "2026-01-05T09:00:00.000Z" }).plan;
  if (plan === undefined) throw new Error(`${file}: no summary plan`);
  return plan;
}

/** Everything a reader of the summary sees, as plain data. */
function facts(workbook: Workbook): unknown {
  return workbook.worksheets.map((sheet) => {
    const cells: unknown[] = [];
    const heights: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.height !== undefined) heights.push([rowNumber, row.height]);
      row.eachCell({ includeEmpty: true }, (cell) => {
        const { numFmt, font, fill, alignment } = cell.style;
        cells.push([cell.address, cell.value, numFmt, font, fill, alignment]);
      });
    });
    const { orientation, paperSize, fitToPage, fitToWidth, fitToHeight, printTitlesRow } = sheet.pageSetup;
    return {
      name: sheet.name,
      views: (sheet.views ?? []).map((view) => {
        const { state, xSplit, ySplit } = view as { state?: string; xSplit?: number; ySplit?: number };
        return { state, xSplit, ySplit };
      }),
      page: { orientation, paperSize, fitToPage, fitToWidth, fitToHeight, printTitlesRow },
      header: sheet.headerFooter.oddHeader,
      footer: sheet.headerFooter.oddFooter,
      widths: (sheet.columns ?? []).map((column) => column.width),
      breaks: (sheet as unknown as { rowBreaks?: { id: number }[] }).rowBreaks?.map((b) => b.id) ?? [],
      heights,
      cells,
    };
  });
}

async function chartParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files)
    .filter((name) => /^xl\/(charts|drawings)\//.test(name))
    .sort();
}

describe("streamSummaryWorkbook writes what writeSummaryWorkbook writes", () => {
  test.each([
    "cypp-report-card-2007.xlsx",
    "oba-report-card.xlsx",
    "directorate-scorecard-2012-13-q2.xlsx",
    "improvement-plan-actions.xlsx",
  ])(
    "the summary of %s",
    async (file) => {
      const plan = await planOf(file);
      const inMemory = await writeSummaryWorkbook(plan, { created: CREATED });
      const streamed = await streamSummaryWorkbook(plan, { created: CREATED });
      const [expected, actual] = await Promise.all([loadWithExcelJs(inMemory), loadWithExcelJs(streamed)]);
      expect(actual.creator).toBe("Scorecard Kit");
      expect(actual.created).toEqual(CREATED);
      expect(facts(actual)).toEqual(facts(expected));
      expect(await chartParts(streamed)).toEqual(await chartParts(inMemory));
    },
    30_000,
  );

  test("the OBA report card keeps its chart in the streamed file", async () => {
    const streamed = await streamSummaryWorkbook(await planOf("oba-report-card.xlsx"));
    expect((await chartParts(streamed)).filter((name) => /chart\d+\.xml$/.test(name)).length).toBeGreaterThan(
      0,
    );
  });
});
