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
 * Run: npm run examples (builds the CLI first; reads test/fixtures/samples), or
 * `node scripts/make-examples.js plan actions` after npm run build:cli to make only those.
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

/** A catalogue sheet's cells from catalogue JSON (checked: a broken example catalogue stops the build). */
function catalogueCells(json) {
  const load = loadCatalogue(json);
  if (!load.ok)
    throw new Error(`example catalogue ${json.name} does not load: ${JSON.stringify(load.problems)}`);
  return catalogueToCells(load.catalogue);
}

/**
 * A children and young people's plan's outcome measures with a baseline, targets for three years
 * and the 2007/8 outturn beside them. The first two rows are the CYPP rows quoted in issue 13; the
 * others are realistic measures of the same plans, with made-up figures, and include a target
 * moving the wrong way (P5), a unit mismatch (P6) and targets not yet set (P3, P7, P10).
 */
async function plan() {
  const pct = (value) => ({ value, format: "0%" });
  const pct1 = (value) => ({ value, format: "0.0%" });
  const rows = [
    [
      "P1",
      "The timeliness of core assessments",
      pct(0.56),
      pct(0.66),
      pct(0.76),
      pct(0.8),
      pct(0.68),
      "Head of Social Care",
    ],
    ["P2", "Children entering care for the first time", 386, 370, 350, 340, 392, "Head of Social Care"],
    [
      "P3",
      "Young people aged 16-18 not in education, employment or training",
      pct1(0.081),
      pct1(0.075),
      pct1(0.07),
      "TBA",
      pct1(0.076),
      "14-19 Partnership",
    ],
    [
      "P4",
      "Re-registrations on the child protection register",
      pct(0.14),
      pct(0.12),
      pct(0.1),
      pct(0.1),
      pct1(0.115),
      "Safeguarding Board",
    ],
    ["P5", "Days from entering care to adoption", 600, 620, 580, 560, 590, "Adoption Service"],
    [
      "P6",
      "Initial assessments within 7 working days",
      pct(0.7),
      75,
      pct(0.8),
      pct(0.85),
      pct(0.72),
      "Head of Social Care",
    ],
    [
      "P7",
      "Care leavers in education, employment or training",
      pct(0.61),
      pct(0.65),
      pct(0.7),
      "To be agreed",
      pct(0.66),
      "Leaving Care Team",
    ],
    [
      "P8",
      "Looked-after children with three or more placements in a year",
      pct1(0.125),
      pct1(0.12),
      pct1(0.11),
      pct1(0.1),
      pct1(0.131),
      "Head of Social Care",
    ],
    [
      "P9",
      "Teenage conceptions per 1,000 girls aged 15-17",
      45.6,
      42,
      38,
      35,
      44.9,
      "Teenage Pregnancy Board",
    ],
    [
      "P10",
      "Days lost to fixed-term exclusions per 1,000 pupils",
      38,
      35,
      32,
      "Not known",
      36,
      "Behaviour Support",
    ],
  ];
  const header = [
    "Ref",
    "Outcome measures",
    "2006/7 Baseline",
    "2007/8 Target",
    "2008/9 Target",
    "2009/10 Target",
    "2007/8 Actual",
    "Lead",
  ];
  const cell = (c) => (c !== null && typeof c === "object" ? c.value : c);
  const format = (c) => (c !== null && typeof c === "object" ? c.format : "");
  const title = "Children and Young People's Plan 2006-09: outcome measures and targets";
  const catalogue = {
    name: "CYPP outcome measures",
    version: "2007.1",
    indicators: [
      ["P1", "The timeliness of core assessments", "higher", "percent", "Stay safe"],
      ["P2", "Children entering care for the first time", "lower", "count", "Stay safe"],
      [
        "P3",
        "Young people aged 16-18 not in education, employment or training",
        "lower",
        "percent",
        "Achieve economic well-being",
      ],
      ["P4", "Re-registrations on the child protection register", "lower", "percent", "Stay safe"],
      ["P5", "Days from entering care to adoption", "lower", "count", "Stay safe"],
      ["P6", "Initial assessments within 7 working days", "higher", "percent", "Stay safe"],
      [
        "P7",
        "Care leavers in education, employment or training",
        "higher",
        "percent",
        "Achieve economic well-being",
      ],
      [
        "P8",
        "Looked-after children with three or more placements in a year",
        "lower",
        "percent",
        "Stay safe",
      ],
      ["P9", "Teenage conceptions per 1,000 girls aged 15-17", "lower", "rate", "Be healthy"],
      ["P10", "Days lost to fixed-term exclusions per 1,000 pupils", "lower", "rate", "Enjoy and achieve"],
    ].map(([id, name, polarity, unit, outcomeArea]) => ({
      id,
      name,
      polarity,
      unit,
      ...(unit === "percent" ? { percentScale: "0-1" } : {}),
      outcomeArea,
    })),
  };
  const bytes = await writeWorkbookWithSheets([
    {
      name: "Outcome measures",
      rows: [[title], [], header, ...rows.map((r) => r.map(cell))],
      numberFormats: [[], [], [], ...rows.map((r) => r.map(format))],
      merges: ["A1:H1"],
    },
    { name: "Catalogue", rows: catalogueCells(catalogue) },
    {
      name: "Notes",
      rows: [
        ["Notes"],
        [
          "Rows P1 and P2 are the Children and Young People's Plan rows quoted in issue 13 (a public CYPP table); their 2009/10 targets and 2007/8 actuals are made up.",
        ],
        [
          "Rows P3 to P10 are realistic measures of the same plans with made-up figures, to show the checks: P5 moves the wrong way, P6 mixes % and a count, P3, P7 and P10 are not yet set.",
        ],
      ],
    },
  ]);
  fs.writeFileSync(path.join(out, "cypp-plan-2006-09-trajectories.xlsx"), bytes);
}

/** An improvement board's action plan: 18 recommendations, 0 Red, 11 Amber, 7 Green. */
async function actionPlan() {
  const leads = ["Head of Safeguarding", "Principal Social Worker", "Workforce Lead", "Director"];
  const recommendations = [
    "Strengthen management oversight of referrals",
    "Reduce the time taken to complete assessments",
    "Improve the quality of child protection plans",
    "Hold strategy meetings within timescale",
    "Audit the front door monthly",
    "Review the thresholds document with partners",
    "Improve the recording of children's views",
    "Ensure supervision is regular and reflective",
    "Report audit findings to the Improvement Board",
    "Recruit permanent social workers",
    "Reduce the use of agency staff",
    "Train managers to use performance data",
    "Agree a workforce development plan",
    "Improve caseload monitoring",
    "Publish the quality assurance framework",
    "Refresh the corporate parenting strategy",
    "Involve young people in recruitment",
    "Align budgets with the Improvement Plan",
  ];
  const greens = new Set([7, 8, 9, 15, 16, 17, 18]);
  const row = (n) => [
    `R${n}`,
    recommendations[n - 1],
    leads[n % 4],
    greens.has(n) ? "Green" : "Amber",
    greens.has(n)
      ? "Completed and embedded in practice."
      : n % 3 === 0
        ? ""
        : "Progressing; revised date agreed by the Board.",
  ];
  const rows = [
    ["Children's Services Improvement Plan: progress report to the Improvement Board"],
    [],
    ["Ref", "Recommendation", "Lead", "RAG", "Progress update"],
    ["Safeguarding practice"],
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map(row),
    ["Leadership and workforce"],
    ...[10, 11, 12, 13, 14, 15, 16, 17, 18].map(row),
  ];
  const bytes = await writeWorkbookWithSheets([
    { name: "Improvement plan", rows, merges: ["A1:E1"] },
    {
      name: "Notes",
      rows: [
        ["Notes"],
        [
          'Made up for Scorecard Kit in the shape of improvement-board reports: "Of the eighteen recommendations still within the Improvement Plan, none are rated as red, 11 are assessed as amber and 7 are green."',
        ],
        ["The recommendations and leads are realistic but invented; no council's plan is reproduced."],
      ],
    },
  ]);
  fs.writeFileSync(path.join(out, "improvement-plan-actions.xlsx"), bytes);
}

/**
 * Inspection grades next to each other: the Joint Area Review's 2006 and 2009 grades (1
 * inadequate to 4 excellent) and Ofsted's 2012-2018 judgements (1 outstanding to 4 inadequate),
 * each read through its catalogue scale. Realistic but made up; the grades are typed as
 * inspection reports write them ("Grade 2 (adequate)", "2", "Good").
 */
async function grades() {
  const jar = [
    ["Being healthy", "Grade 3 (good)", "Good"],
    ["Staying safe", "2", "Grade 3 (good)"],
    ["Enjoying and achieving", "Good", "Excellent"],
    ["Making a positive contribution", "Grade 3 (good)", "Grade 2 (adequate)"],
    ["Achieving economic well-being", "Adequate", "adequate"],
  ];
  const ofsted = [
    ["Overall effectiveness", "Requires improvement", "Good", "Outstanding"],
    ["Help and protection of children", "Good", "Requires improvement", "Requires improvement"],
    ["Children looked after and achieving permanence", "Inadequate", "Requires improvement", "Good"],
    ["Leadership, management and governance", "Good", "Good", "Inadequate"],
  ];
  const catalogue = {
    name: "Inspection grades",
    version: "2018.1",
    indicators: [
      ...jar.map(([name], k) => ({
        id: `JAR${k + 1}`,
        name,
        unit: "grade",
        scale: "jar",
        target: "Good",
        outcomeArea: "Joint Area Review",
      })),
      ...ofsted.map(([name], k) => ({
        id: `OF${k + 1}`,
        name,
        unit: "grade",
        scale: "ofsted",
        target: "Good",
        outcomeArea: "Ofsted inspection",
      })),
    ],
  };
  const bytes = await writeWorkbookWithSheets([
    {
      name: "JAR 2006-09",
      rows: [
        ["Ref", "Area", "Target", "2006", "2009"],
        ...jar.map((r, k) => [`JAR${k + 1}`, r[0], "Good", r[1], r[2]]),
      ],
    },
    {
      name: "Ofsted 2012-18",
      rows: [
        ["Ref", "Judgement", "Target", "2012", "2015", "2018"],
        ...ofsted.map((r, k) => [`OF${k + 1}`, r[0], "Good", r[1], r[2], r[3]]),
      ],
    },
    { name: "Catalogue", rows: catalogueCells(catalogue) },
    {
      name: "Notes",
      rows: [
        ["Notes"],
        [
          "Made up for Scorecard Kit: realistic inspection grades of one council, not any council's real results.",
        ],
        [
          "JAR grades run 1 inadequate to 4 excellent (higher is better); Ofsted's run 1 outstanding to 4 inadequate (lower is better).",
        ],
      ],
    },
  ]);
  fs.writeFileSync(path.join(out, "inspection-grades.xlsx"), bytes);
}

/**
 * An OBA report card: yearly figures before and after an intervention, with the catalogue's
 * `intervention` period, so the summary draws the baseline forecast beside the actuals. The
 * shape follows the CYPP report card in the samples; the figures are realistic but made up.
 */
async function obaReportCard() {
  const years = Array.from({ length: 12 }, (_, k) => String(1999 + k));
  const rows = [
    [
      "TC",
      "Teenage conceptions per 1,000 girls aged 15-17",
      40,
      52.1,
      51.0,
      52.8,
      51.5,
      52.2,
      51.2,
      47.9,
      46.0,
      44.8,
      42.1,
      40.3,
      38.7,
    ],
    [
      "NEET",
      "Young people aged 16-18 not in education, employment or training (%)",
      6,
      9.8,
      9.7,
      9.3,
      9.2,
      9.0,
      8.7,
      8.6,
      8.4,
      8.3,
      8.0,
      7.9,
      7.6,
    ],
  ];
  const catalogue = {
    name: "OBA report card",
    version: "2010.1",
    indicators: [
      {
        id: "TC",
        name: rows[0][1],
        polarity: "lower",
        unit: "rate",
        decimals: 1,
        outcomeArea: "Be healthy",
        intervention: "2005",
      },
      {
        id: "NEET",
        name: rows[1][1],
        polarity: "lower",
        unit: "percent",
        percentScale: "0-100",
        decimals: 1,
        outcomeArea: "Achieve economic well-being",
        intervention: "2007",
      },
    ],
  };
  const bytes = await writeWorkbookWithSheets([
    { name: "Report card", rows: [["Ref", "Indicator", "Target", ...years], ...rows] },
    { name: "Catalogue", rows: catalogueCells(catalogue) },
    {
      name: "Notes",
      rows: [
        ["Notes"],
        [
          "Made up for Scorecard Kit in the shape of the CYPP report card in the samples: realistic yearly figures, not any council's.",
        ],
        [
          "The teenage pregnancy strategy began in 2005 and the NEET programme in 2007 (the catalogue's intervention column): the Report card sheet of the summary asks whether each turned the curve.",
        ],
      ],
    },
  ]);
  fs.writeFileSync(path.join(out, "oba-report-card.xlsx"), bytes);
}

/** The examples by name: `node scripts/make-examples.js plan actions` builds only those. */
const EXAMPLES = {
  directorate: async () => {
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
  },
  "report-card": reportCard,
  plan,
  actions: actionPlan,
  grades,
  oba: obaReportCard,
};

(async () => {
  if (!fs.existsSync(samples)) {
    console.error(
      `Samples not found at ${samples}: restore test/fixtures/samples from git (git checkout -- test/fixtures/samples).`,
    );
    process.exit(2);
  }
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in EXAMPLES));
  if (unknown.length > 0) {
    console.error(`Unknown example ${unknown.join(", ")}; choose from ${Object.keys(EXAMPLES).join(", ")}.`);
    process.exit(2);
  }
  for (const [name, make] of Object.entries(EXAMPLES))
    if (asked.length === 0 || asked.includes(name)) await make();
  console.log(
    `Made the examples: ${asked.length === 0 ? Object.keys(EXAMPLES).join(", ") : asked.join(", ")}.`,
  );
})();
