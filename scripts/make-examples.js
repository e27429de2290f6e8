#!/usr/bin/env node
/**
 * Builds examples/*.xlsx from the sample CSVs in test/fixtures/samples, storing cells the way
 * Excel stores them: "97%" becomes 0.97 with a percent format, "£0" and "(£41k)" become
 * numbers with a currency format, plain numbers become numbers. Messy text ("N/A", "Amber",
 * "100% by 2015", "7.0% (1603) ...") stays text, because that is what real workbooks hold.
 *
 * - directorate-scorecard-2012-13-q2.xlsx: a title row above the header, the scorecard, and a
 *   Notes sheet that is not a scorecard.
 * - directorate-scorecard-2012-13-q1.xlsx: the same scorecard as it stood at quarter 1, for
 *   `summarize --compare`: made from the Q2 report by removing the Q2 figures. The Q1 report's
 *   typed colours and commentary were not published, so those cells are blank; its Notes say so.
 * - cypp-report-card-2007.xlsx: a two-row header ("Leeds trend" over 2004-2006, "Benchmark"
 *   over National/Similar, merged) and its own Catalogue sheet (the report card's indicators).
 * Run: npm run examples (builds the CLI first; reads test/fixtures/samples).
 */
const fs = require("fs");
const path = require("path");
const { parse } = require("csv-parse/sync");
const { readCell } = require("../lib/src/core/cells");
const { loadCatalogue, catalogueToCells } = require("../lib/src/core/catalogue");
const { writeWorkbookWithSheets } = require("../lib/src/adapters/xlsx");

// The real scorecards the examples are made from, kept in the repository.
const samples = path.resolve(__dirname, "../test/fixtures/samples");
const out = path.resolve(__dirname, "../examples");

/** A CSV cell as Excel would hold it after someone typed it: value and number format. */
function asExcelCell(text) {
  if (text === "") return { value: null, format: "" };
  const reading = readCell(text);
  if (reading.kind !== "number" || reading.note !== undefined) return { value: text, format: "" };
  const decimals = (text.match(/\.(\d+)/)?.[1] ?? "").length;
  const fraction = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  if (reading.unit === "percent") return { value: reading.value, format: `0${fraction}%` };
  if (reading.unit === "currency") return { value: reading.value, format: "£#,##0;(£#,##0)" };
  return { value: reading.value, format: "" };
}

function sheetFromRows(rows) {
  const cells = rows.map((r) => r.map(asExcelCell));
  return {
    rows: cells.map((r) => r.map((c) => c.value)),
    numberFormats: cells.map((r) => r.map((c) => c.format)),
  };
}

function readCsv(name) {
  return parse(fs.readFileSync(path.join(samples, name), "utf8"), { relax_column_count: true });
}

/**
 * The directorate scorecard as it stood at a quarter: the sample's columns named in `blank`
 * emptied (figures not yet reported, and what the report did not publish).
 */
async function directorate({ quarter, blank, notes }) {
  const [header, ...data] = readCsv("directorate-scorecard-2012-13-q2.csv");
  const blanked = blank.map((name) => header.indexOf(name));
  const body = sheetFromRows(data.map((row) => row.map((cell, k) => (blanked.includes(k) ? "" : cell))));
  const title = `Children's Services directorate scorecard 2012/13, quarter ${quarter}`;
  const rows = [[title], [], header, ...body.rows];
  const numberFormats = [[], [], header.map(() => ""), ...body.numberFormats];
  const bytes = await writeWorkbookWithSheets([
    { name: `Scorecard Q${quarter}`, rows, numberFormats, merges: ["A1:F1"] },
    { name: "Notes", rows: [["Notes"], ...notes.map((line) => [line])] },
  ]);
  fs.writeFileSync(path.join(out, `directorate-scorecard-2012-13-q${quarter}.xlsx`), bytes);
}

async function reportCard() {
  const [header, ...data] = readCsv("cypp-report-card-2007.csv");
  const body = sheetFromRows(data);
  // Two-row header: group labels above the years and the benchmarks, merged across them.
  const group = header.map(() => null);
  group[3] = "Leeds trend";
  group[6] = "Benchmark";
  const rows = [["Children and Young People's Plan report card 2007"], group, header, ...body.rows];
  const numberFormats = [[], [], [], ...body.numberFormats];
  const catalogue = loadCatalogue(JSON.parse(fs.readFileSync(path.join(out, "catalogue.json"), "utf8")));
  if (!catalogue.ok)
    throw new Error(`examples/catalogue.json does not load: ${JSON.stringify(catalogue.problems)}`);
  const own = {
    ...catalogue.catalogue,
    name: "CYPP report card 2007 catalogue",
    indicators: catalogue.catalogue.indicators.filter((i) => /^\d+$/.test(i.id)),
  };
  const bytes = await writeWorkbookWithSheets([
    { name: "Report card", rows, numberFormats, merges: ["A1:J1", "D2:F2", "G2:H2"] },
    { name: "Catalogue", rows: catalogueToCells(own) },
  ]);
  fs.writeFileSync(path.join(out, "cypp-report-card-2007.xlsx"), bytes);
}

(async () => {
  if (!fs.existsSync(samples)) {
    console.error(
      `Samples not found at ${samples}: restore test/fixtures/samples from git (git checkout -- test/fixtures/samples).`,
    );
    process.exit(2);
  }
  await directorate({
    quarter: 2,
    blank: [],
    notes: [
      "Source: a public council report (2012/13 Q2), reproduced as typed, messy cells included.",
      "Overall Progress is the RAG colour typed by the service.",
    ],
  });
  // The Q1 report's typed colours and commentary were not published: those cells are blank.
  await directorate({
    quarter: 1,
    blank: ["Progress Summary", "Overall Progress", "Q2"],
    notes: [
      "Made from the public 2012/13 Q2 report by removing its Q2 figures, to show `summarize --compare`.",
      "The Q1 report's typed colours and commentary were not published, so those cells are blank.",
    ],
  });
  await reportCard();
  console.log(
    `Wrote ${fs
      .readdirSync(out)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => `examples/${f}`)
      .join(", ")}`,
  );
})();
