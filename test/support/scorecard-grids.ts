/**
 * fast-check generators of scorecard-like sheets for the property tests of detectLayout and
 * checkWorkbook: title rows, an optional group row with merged cells, a header row of words a
 * scorecard uses (and some it does not), then indicator, section and blank rows whose cells
 * are numbers, text numbers, RAG words, placeholders, errors, dates, booleans and blanks.
 * Some sheets are ragged or have formats and formulas of the wrong shape, as no adapter would
 * hand over, because the core must take any input without throwing.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/core/cells/cell-value";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook/snapshot";

const HEADER_WORDS = [
  "PI Ref",
  "Ref",
  "Indicator",
  "PI Description",
  "Measure",
  "Target",
  "Target 2012/13",
  "Q1",
  "Q2",
  "Qtr 3",
  "Quarter 4",
  "2006",
  "2012/13",
  "Apr-12",
  "Current",
  "Latest",
  "RAG",
  "Overall Progress",
  "Status",
  "Commentary",
  "Comments",
  "National",
  "Statistical Neighbours",
  "Owner",
  "Priority",
  "Outcome",
  "DoT",
  "Notes",
  "",
];
const GROUP_WORDS = ["Benchmark", "Leeds trend", "2012/13", "Performance", ""];
const INDICATOR_NAMES = [
  "Raise the level of attendance: primary schools",
  "Secondary attendance",
  "Children looked after",
  "Initial assessments in timescale",
  "NEET 16-18",
  "Adoptions",
  "Stay Safe",
  "Be Healthy",
  "School attendance",
  "Children in care",
  "Assessments on time",
  "ATT",
  "CIC",
  "WAIT",
];
const TEXT_VALUES = [
  "95%",
  "94.5 %",
  "(£41k)",
  "1,234",
  "Green",
  "Amber",
  "Red",
  "G",
  "A/G",
  "na",
  "n/a",
  "tbc",
  "-",
  "*",
  "<5",
  "see note",
  "=SUM(A1)",
  "+44",
];

const errorValue = fc.constantFrom<CellValue>(
  { error: "#N/A" },
  { error: "#DIV/0!" },
  { error: "#VALUE!" },
  { error: "#REF!" },
);

/** Any value a data cell can hold. */
export const dataCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1000, max: 1000, noNaN: true }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => n / 100) },
  { weight: 4, arbitrary: fc.constantFrom<CellValue>(...TEXT_VALUES) },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(...INDICATOR_NAMES) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: errorValue },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const headerCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom<CellValue>(...HEADER_WORDS) },
  { weight: 1, arbitrary: dataCell },
);

/** A merge: usually a short run of the group row, sometimes text that is no range at all. */
const merge = (groupRow: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 3 }))
      .map(([start, span]) => `${letter(start)}${groupRow + 1}:${letter(start + span)}${groupRow + 1}`),
    fc.constantFrom("", "A1", "Z9:A1", "not a range", "XFE1:XFE2", "A0:B1"),
  );

const letter = (column: number): string => String.fromCharCode(65 + column);

const rowOf = (cell: fc.Arbitrary<CellValue>, width: number) =>
  fc.array(cell, { minLength: width, maxLength: width });

/** A sheet shaped like a scorecard, with every kind of mess in its cells. */
export const scorecardSheet = (name: fc.Arbitrary<string>): fc.Arbitrary<SheetSnapshot> =>
  fc
    .record({
      name,
      width: fc.integer({ min: 1, max: 10 }),
      titles: fc.integer({ min: 0, max: 3 }),
      grouped: fc.boolean(),
      data: fc.integer({ min: 0, max: 10 }),
      ragged: fc.integer({ min: 0, max: 9 }),
      formats: fc.constantFrom("General", "0%", "0.0", "@", "£#,##0"),
    })
    .chain(({ name, width, titles, grouped, data, ragged, formats }) => {
      const groupRow = titles;
      return fc
        .record({
          titleRows: fc.array(
            rowOf(fc.oneof(fc.constantFrom<CellValue>("Scorecard", "Quarter 2", null)), width),
            {
              minLength: titles,
              maxLength: titles,
            },
          ),
          groupRow: grouped
            ? rowOf(fc.oneof(fc.constantFrom<CellValue>(...GROUP_WORDS), fc.constant(null)), width).map(
                (r) => [r],
              )
            : fc.constant([] as CellValue[][]),
          header: rowOf(headerCell, width),
          rows: fc.array(rowOf(dataCell, width), { minLength: data, maxLength: data }),
          merges: grouped ? fc.array(merge(groupRow), { maxLength: 3 }) : fc.constant(undefined),
          formula: fc.constantFrom("", "", "", "=B2*100", "=#REF!"),
        })
        .map(({ titleRows, groupRow: group, header, rows, merges, formula }): SheetSnapshot => {
          let values: CellValue[][] = [...titleRows, ...group, header, ...rows];
          // One sheet in ten is ragged: rows of other lengths, as no adapter sends but a caller might.
          if (ragged === 0) values = values.map((row, r) => row.slice(0, Math.max(0, width - (r % 3))));
          const formulas = values.map((row) => row.map((_, c) => (c === width - 1 ? formula : "")));
          return {
            name,
            values,
            numberFormats: ragged === 1 ? [] : values.map((row) => row.map(() => formats)),
            formulas: ragged === 2 ? [["=1"]] : formulas,
            ...(merges !== undefined ? { merges } : {}),
          };
        });
    });

export const sheetName = fc.oneof(
  fc.constantFrom("Scorecard Q2", "Q1", "Notes", "Catalogue", "It's ours", "Sheet1"),
  fc.string({ minLength: 1, maxLength: 31 }),
);

/** A workbook of one to three such sheets, with distinct names. */
export const scorecardWorkbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .uniqueArray(sheetName, { minLength: 1, maxLength: 3, selector: (n) => n.toLowerCase() })
  .chain((names) => fc.tuple(...names.map((n) => scorecardSheet(fc.constant(n)))))
  .map((sheets) => ({ source: "generated.xlsx", sheets }));

const MONTH_NAMES = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];

/**
 * A monthly scorecard: a header of 12 to 30 month columns ("Apr 2023", ...) between the
 * indicator and RAG columns, and rows of catalogue indicators (test catalogue and built-in
 * names) whose monthly cells are mostly numbers, with gaps, placeholders and text among them,
 * so the SPC path (13 or more periods) is reached.
 */
export const monthlyWorkbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    months: fc.integer({ min: 12, max: 30 }),
    rows: fc.array(
      fc.record({
        name: fc.constantFrom(
          "School attendance",
          "Children in care",
          "Assessments on time",
          "ATT",
          "Unknown row",
        ),
        level: fc.double({ min: 0, max: 2000, noNaN: true }),
        spread: fc.double({ min: 0, max: 50, noNaN: true }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    cells: fc.array(
      fc.oneof(
        { weight: 12, arbitrary: fc.double({ min: -1, max: 1, noNaN: true }) },
        { weight: 1, arbitrary: dataCell },
      ),
      {
        minLength: 30 * 4,
        maxLength: 30 * 4,
      },
    ),
  })
  .map(({ months, rows, cells }): WorkbookSnapshot => {
    const labels = Array.from(
      { length: months },
      (_, i) => `${MONTH_NAMES[i % 12]} ${2023 + Math.floor((i + 3) / 12)}`,
    );
    const values: CellValue[][] = [
      ["Indicator", "Target", ...labels, "RAG"],
      ...rows.map((row, r) => [
        row.name,
        row.level,
        ...labels.map((_, m) => {
          const cell = cells[r * 30 + m];
          return typeof cell === "number" ? row.level + cell * row.spread : (cell ?? null);
        }),
        null,
      ]),
    ];
    return {
      source: "monthly.xlsx",
      sheets: [
        {
          name: "Monthly",
          values,
          numberFormats: values.map((row) => row.map(() => "General")),
          formulas: values.map((row) => row.map(() => "")),
        },
      ],
    };
  });
