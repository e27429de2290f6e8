/**
 * Small scorecard workbooks built in memory for tests, so each test says exactly what its
 * workbook holds: a header row, one object per indicator row keyed by header text, and
 * (optionally) number formats, formulas with cached results, errors and merges per cell.
 *
 * The standard scorecard is
 *
 *   row 1   ID | Indicator | Target | Q1 | Q2 | RAG | Commentary | National
 *   row 2   ATT  School attendance        95%   94%   96%   Green  ...   95%   (0-1 percent, % format)
 *   row 3   CIC  Children in care         1400  1432  1390  Green  ...         (count, lower is better)
 *   row 4   WAIT Assessments on time      90    85    88    Amber  ...   87    (0-100 percent, points)
 *   row 5   NEET Young people NEET        6.0%  6.5%  5.8%  Green  ...   6.2%  (0-1 percent; no catalogue target)
 *
 * and it is clean against TEST_CATALOGUE: validating it gives no findings at all (a test says
 * so), so a test that changes one cell sees only the findings that cell causes.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeWorkbookWithSheets, type SheetToWrite } from "../../src/adapters/xlsx";
import { catalogueToCells, loadCatalogue } from "../../src/core/catalogue";
import type { CellValue } from "../../src/core/cells/cell-value";

/** A cell with more than a value: a number format, or a formula whose cached result is `value`. */
export interface RichCell {
  readonly value: CellValue;
  readonly format?: string;
  readonly formula?: string;
}
export type CellInput = CellValue | RichCell;

function isRichCell(cell: CellInput): cell is RichCell {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date) && "value" in cell;
}

/** A fraction shown as a percentage, as Excel stores "95%": 0.95 with a % format. */
export const pct = (value: number, format = "0%"): RichCell => ({ value, format });
/** A number shown as money, e.g. £96. */
export const money = (value: number, format = "£#,##0;(£#,##0)"): RichCell => ({ value, format });
/** A formula cell with the result Excel cached for it. */
export const formula = (text: string, cached: CellValue): RichCell => ({ value: cached, formula: text });
/** An Excel error value, e.g. errorValue("#N/A"). */
export const errorValue = (error: string): CellValue => ({ error });

export const STANDARD_HEADER: readonly string[] = [
  "ID",
  "Indicator",
  "Target",
  "Q1",
  "Q2",
  "RAG",
  "Commentary",
  "National",
];

/** One indicator row, keyed by header text; a header with no key is a blank cell. */
export type RowSpec = Readonly<Record<string, CellInput>>;

export const ROW = {
  ATT: {
    ID: "ATT",
    Indicator: "School attendance",
    Target: pct(0.95),
    Q1: pct(0.94),
    Q2: pct(0.96),
    RAG: "Green",
    Commentary: "Above target all year",
    National: pct(0.95),
  },
  CIC: {
    ID: "CIC",
    Indicator: "Children in care",
    Target: 1400,
    Q1: 1432,
    Q2: 1390,
    RAG: "Green",
    Commentary: "Fewer children in care since the edge-of-care team started",
  },
  WAIT: {
    ID: "WAIT",
    Indicator: "Assessments on time",
    Target: 90,
    Q1: 85,
    Q2: 88,
    RAG: "Amber",
    Commentary: "Recovering after staff shortages",
    National: 87,
  },
  NEET: {
    ID: "NEET",
    Indicator: "Young people not in education, employment or training",
    Target: pct(0.06, "0.0%"),
    Q1: pct(0.065, "0.0%"),
    Q2: pct(0.058, "0.0%"),
    RAG: "Green",
    Commentary: "Below the ceiling",
    National: pct(0.062, "0.0%"),
  },
} as const satisfies Record<string, RowSpec>;

/** The clean standard rows, in sheet order (rows 2 to 5). */
export const STANDARD_ROWS: readonly RowSpec[] = [ROW.ATT, ROW.CIC, ROW.WAIT, ROW.NEET];

/** A row with some cells replaced (a key set to null blanks the cell). */
export function withCells(row: RowSpec, cells: Record<string, CellInput>): RowSpec {
  return { ...row, ...cells };
}

/** The standard rows with the row of one indicator replaced (or removed when `replacement` is undefined). */
export function standardRowsWith(id: keyof typeof ROW, replacement: RowSpec | undefined): RowSpec[] {
  return STANDARD_ROWS.flatMap((row) => (row.ID === id ? (replacement ? [replacement] : []) : [row]));
}

/** A plain sheet from a grid of cells (row 1 first). */
export function gridSheet(
  name: string,
  rows: readonly (readonly CellInput[])[],
  merges: readonly string[] = [],
): SheetToWrite {
  const values = rows.map((row) => row.map((cell) => (isRichCell(cell) ? cell.value : cell)));
  const numberFormats = rows.map((row) =>
    row.map((cell) => (isRichCell(cell) ? (cell.format ?? null) : null)),
  );
  const formulas = rows.map((row) => row.map((cell) => (isRichCell(cell) ? (cell.formula ?? null) : null)));
  return { name, rows: values, numberFormats, formulas, merges };
}

export interface ScorecardSpec {
  readonly name?: string;
  readonly header?: readonly string[];
  readonly rows?: readonly RowSpec[];
  /** Rows above the header (a title, a group row); the header then sits below them. */
  readonly above?: readonly (readonly CellInput[])[];
  readonly merges?: readonly string[];
}

/** A scorecard sheet: `above` rows, the header, then one row per RowSpec (standard by default). */
export function scorecardSheet(spec: ScorecardSpec = {}): SheetToWrite {
  const header = spec.header ?? STANDARD_HEADER;
  const rows = spec.rows ?? STANDARD_ROWS;
  const grid: CellInput[][] = [
    ...(spec.above ?? []).map((r) => [...r]),
    [...header],
    ...rows.map((row) => header.map((h) => row[h] ?? null)),
  ];
  return gridSheet(spec.name ?? "Scorecard", grid, spec.merges);
}

/** A sheet that is not a scorecard (notes). */
export function notesSheet(name = "Notes"): SheetToWrite {
  return gridSheet(name, [
    ["Notes"],
    ["Prepared by the performance team."],
    ["RAG is typed by each service."],
  ]);
}

/** An indicator entry of a catalogue JSON file (only the fields a test needs). */
export type CatalogueEntry = Readonly<Record<string, unknown>> & {
  readonly id: string;
  readonly name: string;
};

/**
 * The catalogue the standard scorecard is checked against. ATT is mandatory; NEET has no
 * target in the catalogue (the sheet's target is used); WAIT is a 0-100 percent (points).
 */
export const TEST_CATALOGUE = {
  name: "Test catalogue",
  version: "1.0",
  indicators: [
    {
      id: "ATT",
      name: "School attendance",
      aliases: ["Attendance"],
      polarity: "higher",
      unit: "percent",
      percentScale: "0-1",
      target: 0.95,
      outcomeArea: "Learning",
      mandatory: true,
      plausibleMin: 0,
      plausibleMax: 1,
    },
    {
      id: "CIC",
      name: "Children in care",
      aliases: ["Looked after children"],
      polarity: "lower",
      unit: "count",
      target: 1400,
      outcomeArea: "Safety",
      plausibleMin: 0,
    },
    {
      id: "WAIT",
      name: "Assessments on time",
      polarity: "higher",
      unit: "percent",
      percentScale: "0-100",
      target: 90,
      outcomeArea: "Safety",
      plausibleMin: 0,
      plausibleMax: 100,
    },
    {
      id: "NEET",
      name: "Young people not in education, employment or training",
      polarity: "lower",
      unit: "percent",
      percentScale: "0-1",
      outcomeArea: "Learning",
      plausibleMin: 0,
      plausibleMax: 1,
    },
  ] as CatalogueEntry[],
};

/** The cells of a "Catalogue" sheet holding a catalogue (via the core's own catalogueToCells). */
export function catalogueSheet(catalogue: object = TEST_CATALOGUE, name = "Catalogue"): SheetToWrite {
  const load = loadCatalogue(catalogue);
  if (!load.ok) throw new Error(`test catalogue is invalid: ${JSON.stringify(load.problems)}`);
  return gridSheet(name, catalogueToCells(load.catalogue));
}

/** The bytes of an .xlsx workbook holding these sheets. */
export function workbookBytes(sheets: readonly SheetToWrite[]): Promise<Uint8Array> {
  return writeWorkbookWithSheets(sheets);
}

/** Writes an .xlsx workbook into dir and returns its path. */
export async function writeWorkbook(
  dir: string,
  fileName: string,
  sheets: readonly SheetToWrite[],
): Promise<string> {
  const file = path.join(dir, fileName);
  fs.writeFileSync(file, await workbookBytes(sheets));
  return file;
}

/** Writes a catalogue as JSON into dir and returns its path. */
export function writeCatalogue(
  dir: string,
  catalogue: object = TEST_CATALOGUE,
  fileName = "catalogue.json",
): string {
  const file = path.join(dir, fileName);
  fs.writeFileSync(file, JSON.stringify(catalogue, null, 2));
  return file;
}

/** A fresh temporary folder; remove it with removeTempDir. */
export function makeTempDir(prefix = "scorecard-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** The 24 month labels of the monthly scorecard, April 2023 to March 2025. */
export const MONTHS: readonly string[] = Array.from({ length: 24 }, (_, i) => {
  const names = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];
  return `${names[i % 12]} ${2023 + Math.floor((i + 3) / 12)}`;
});

/**
 * A monthly scorecard of 24 periods (an NHS-style integrated performance report), against
 * TEST_CATALOGUE, where RAG and SPC tell the stories a board should hear:
 * - ATT: 95.5% / 96.5% alternating, one month "tbc": Green, common cause, hit and miss;
 * - CIC (lower is better, target 1400): 1480 / 1500 alternating: Red, common cause, and the
 *   target below the lower limit: consistently fail ("will not meet the target without a change");
 * - WAIT (target 90): 95 for 17 months, then falling 94.5 ... 91 for 7: Green, but a falling
 *   trend: special cause concerning ("watch it");
 * - NEET (lower, the sheet's target 6%): 5.8% / 6.2% then 3%: below the lower limit, improving.
 */
export function monthlyScorecard(name = "Scorecard"): SheetToWrite {
  const alternate = (a: CellInput, b: CellInput) => MONTHS.map((_, i) => (i % 2 === 0 ? a : b));
  const att = alternate(pct(0.955), pct(0.965)).map((v, i) => (i === 9 ? "tbc" : v));
  const cic = alternate(1480, 1500);
  const wait = MONTHS.map((_, i) => (i < 17 ? 95 : [94.5, 94, 93.5, 93, 92.5, 92, 91][i - 17]!));
  const neet = alternate(pct(0.058, "0.0%"), pct(0.062, "0.0%")).map((v, i) =>
    i === 23 ? pct(0.03, "0.0%") : v,
  );
  const header = ["ID", "Indicator", "Target", ...MONTHS, "RAG", "Commentary"];
  const row = (
    id: string,
    label: string,
    target: CellInput,
    values: CellInput[],
    rag: string,
    note: string,
  ) => [id, label, target, ...values, rag, note];
  return gridSheet(name, [
    header,
    row("ATT", "School attendance", pct(0.95), att, "Green", "Steady"),
    row("CIC", "Children in care", 1400, cic, "Red", "Above the ceiling every month"),
    row("WAIT", "Assessments on time", 90, wait, "Green", "Still above target"),
    row(
      "NEET",
      "Young people not in education, employment or training",
      pct(0.06, "0.0%"),
      neet,
      "Green",
      "Best month yet",
    ),
  ]);
}

/**
 * The standard scorecard one quarter on (Q2 and Q3), for comparing with the standard one (Q1 and
 * Q2). Against TEST_CATALOGUE, with the default 5% relative tolerance, by hand:
 *   ATT   93% against 95%: Amber (Green before); 96% -> 93%, so Worsening (Improving before).
 *   CIC   1500 against 1400, lower is better, beyond 1470: Red (Green before); Worsening.
 *   WAIT  dropped.
 *   NEET  5.7% against a target cut from 6.0% to 5.9%: still Green, still Improving.
 *   NEW   added, not in the catalogue: No target.
 * Rows: ATT 2, CIC 3, NEET 4, NEW 5; the current period Q3 is in column E, as Q2 was before.
 */
export function nextQuarterScorecard(): SheetToWrite {
  return scorecardSheet({
    header: ["ID", "Indicator", "Target", "Q2", "Q3", "RAG", "Commentary", "National"],
    rows: [
      withCells(ROW.ATT, { Q2: pct(0.96), Q3: pct(0.93), RAG: "Amber" }),
      withCells(ROW.CIC, { Q2: 1390, Q3: 1500, RAG: "Red", Commentary: "More children came into care" }),
      withCells(ROW.NEET, {
        Target: pct(0.059, "0.0%"),
        Q2: pct(0.058, "0.0%"),
        Q3: pct(0.057, "0.0%"),
      }),
      { ID: "NEW", Indicator: "A new measure", Target: 10, Q2: 8, Q3: 9 },
    ],
  });
}

/**
 * A children and young people's plan's outcome measures with a baseline and targets by year,
 * in the shape of the CYPP tables in the samples (issue 13): row 2 and 3 are the issue's own
 * rows; row 4 has a target still "TBA"; row 5's 2007/8 target moves the wrong way (a longer
 * wait on a lower-is-better measure); row 6's 2007/8 target is a count beside a % baseline.
 */
export const PLAN_ROWS: readonly (readonly CellInput[])[] = [
  ["Outcome measures", "2006/7 Baseline", "2007/8 Target", "2008/9 Target"],
  ["The timeliness of core assessments", pct(0.56), pct(0.66), pct(0.76)],
  ["Children entering care for the first time", 386, 370, 350],
  ["Young people not in education, employment or training", pct(0.081, "0.0%"), pct(0.075, "0.0%"), "TBA"],
  ["Days from care to adoption", 600, 620, 580],
  ["Initial assessments within 7 days", pct(0.7), 75, pct(0.8)],
];

/** The catalogue of PLAN_ROWS: polarity and unit of each measure. */
export const PLAN_CATALOGUE = {
  name: "Plan catalogue",
  version: "1.0",
  indicators: [
    {
      id: "CORE",
      name: "The timeliness of core assessments",
      polarity: "higher",
      unit: "percent",
      percentScale: "0-1",
      outcomeArea: "Stay safe",
    },
    {
      id: "CIC1",
      name: "Children entering care for the first time",
      polarity: "lower",
      unit: "count",
      outcomeArea: "Stay safe",
    },
    {
      id: "NEET",
      name: "Young people not in education, employment or training",
      polarity: "lower",
      unit: "percent",
      percentScale: "0-1",
      outcomeArea: "Achieve economic well-being",
    },
    {
      id: "ADOPT",
      name: "Days from care to adoption",
      polarity: "lower",
      unit: "count",
      outcomeArea: "Stay safe",
    },
    {
      id: "IA7",
      name: "Initial assessments within 7 days",
      polarity: "higher",
      unit: "percent",
      percentScale: "0-1",
      outcomeArea: "Stay safe",
    },
  ] as CatalogueEntry[],
};

/**
 * An improvement plan of 18 recommendations in two sections, typed R/A/G with commentary, in
 * the shape of the improvement-board reports in the samples: "Of the eighteen recommendations
 * still within the Improvement Plan, none are rated as red, 11 are assessed as amber and 7 are
 * green" (issue 13). Rows 1-2 are a title and a blank row; row 3 the header.
 */
export function actionPlanRows(): CellInput[][] {
  const leads = ["Head of Safeguarding", "Principal Social Worker", "Workforce Lead", "Director"];
  const amber = (n: number) => [
    `R${n}`,
    `Recommendation ${n}: ${RECOMMENDATIONS[n - 1]}`,
    leads[n % 4],
    "Amber",
    n % 3 === 0 ? "" : "On track for the revised date.",
  ];
  const green = (n: number) => [
    `R${n}`,
    `Recommendation ${n}: ${RECOMMENDATIONS[n - 1]}`,
    leads[n % 4],
    "Green",
    "Completed and embedded.",
  ];
  return [
    ["Children's Services Improvement Plan: progress to the Improvement Board"],
    [],
    ["Ref", "Recommendation", "Lead", "RAG", "Progress update"],
    ["Safeguarding practice"],
    ...[1, 2, 3, 4, 5, 6].map(amber),
    ...[7, 8, 9].map(green),
    ["Leadership and workforce"],
    ...[10, 11, 12, 13, 14].map(amber),
    ...[15, 16, 17, 18].map(green),
  ];
}

const RECOMMENDATIONS = [
  "strengthen management oversight of referrals",
  "reduce the time to complete assessments",
  "improve the quality of child protection plans",
  "hold strategy meetings within timescale",
  "audit the front door monthly",
  "review the thresholds document with partners",
  "improve the recording of children's views",
  "ensure supervision is regular and reflective",
  "report audit findings to the board",
  "recruit permanent social workers",
  "reduce agency staffing",
  "train managers in performance data",
  "agree a workforce development plan",
  "improve caseload monitoring",
  "publish the quality assurance framework",
  "refresh the corporate parenting strategy",
  "involve young people in recruitment",
  "align budgets with the plan",
];

/**
 * Grade indicators (issue 13, grades as indicators): an Ofsted judgement (1 Outstanding ...
 * 4 Inadequate, lower is better, target Good) and a JAR grade (1 Inadequate ... 4 Excellent,
 * higher is better, target Good), for TEST_CATALOGUE's indicators to be checked beside.
 */
export const GRADE_INDICATORS: CatalogueEntry[] = [
  {
    id: "OFSTED",
    name: "Ofsted judgement of children's services",
    unit: "grade",
    scale: "ofsted",
    target: "Good",
    outcomeArea: "Safety",
  },
  {
    id: "JAR",
    name: "Joint Area Review grade",
    unit: "grade",
    scale: "jar",
    target: "Good",
    outcomeArea: "Safety",
  },
];

/** TEST_CATALOGUE with the grade indicators added. */
export const GRADE_CATALOGUE = {
  ...TEST_CATALOGUE,
  name: "Test catalogue with grades",
  indicators: [...TEST_CATALOGUE.indicators, ...GRADE_INDICATORS],
};

/** Clean grade rows for the standard scorecard: each grade typed a different way, RAG typed right. */
export const GRADE_ROW = {
  // Requires improvement -> Good against Good: Green, Improving.
  OFSTED: {
    ID: "OFSTED",
    Indicator: "Ofsted judgement of children's services",
    Target: "Good",
    Q1: "Requires improvement",
    Q2: "2 - Good",
    RAG: "Green",
    Commentary: "Judged good at the re-inspection",
  },
  // Adequate -> Good against Good: Green, Improving.
  JAR: {
    ID: "JAR",
    Indicator: "Joint Area Review grade",
    Target: 3,
    Q1: "Grade 2 (adequate)",
    Q2: "Good",
    RAG: "Green",
    Commentary: "Up one grade",
  },
} as const satisfies Record<string, RowSpec>;

/** The standard scorecard with the grade rows below it (rows 6 and 7), to check against GRADE_CATALOGUE. */
export function gradeScorecard(rows: readonly RowSpec[] = [GRADE_ROW.OFSTED, GRADE_ROW.JAR]): SheetToWrite {
  return scorecardSheet({ rows: [...STANDARD_ROWS, ...rows] });
}
