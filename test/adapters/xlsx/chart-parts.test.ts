import { Workbook } from "exceljs";
import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import * as chartParts from "../../../src/adapters/xlsx/chart-parts";
import { addCharts, rangeFormula } from "../../../src/adapters/xlsx/chart-parts";
import { readWorkbookSnapshot } from "../../../src/adapters/xlsx";
import { InvalidPlanError, writeSummaryWorkbook } from "../../../src/adapters/xlsx/write-plan";
import type { PlannedCell, PlannedChart, PlannedSheet, SummaryPlan } from "../../../src/core/summary/plan";
import { bytesOf, loadWithExcelJs } from "./support/exceljs-bytes";

const CREATED = new Date(Date.UTC(2024, 3, 1, 9, 30, 0));
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Data rows 5 to 28 (zero-based 4 to 27); the chart's header row is row 4. */
const FIRST_ROW = 4;
const LAST_ROW = 27;
const BLANK_POINT = 9;
const COLOURS = {
  values: "#1F4E79",
  mean: "#404040",
  limits: "#A6A6A6",
  target: "#7030A0",
  high: "#ED7D31",
  low: "#2E75B6",
} as const;

const column = (index: number): { column: number; firstRow: number; lastRow: number } => ({
  column: index,
  firstRow: FIRST_ROW,
  lastRow: LAST_ROW,
});

function spcChart(title: string): PlannedChart {
  return {
    key: "spc-calls",
    title,
    categories: column(0),
    series: [
      {
        name: "Calls answered",
        values: column(1),
        colour: COLOURS.values,
        width: 2,
        markers: true,
        pointColours: [
          { index: 7, colour: COLOURS.high },
          { index: 15, colour: COLOURS.low },
        ],
      },
      { name: "Mean", values: column(2), colour: COLOURS.mean },
      { name: "Lower limit", values: column(3), colour: COLOURS.limits, dashed: true },
      { name: "Upper limit", values: column(4), colour: COLOURS.limits, dashed: true },
      { name: "Target", values: column(5), colour: COLOURS.target, dashed: true, width: 1 },
    ],
    anchor: { row: 3, column: 7, columns: 10, rows: 20 },
  };
}

/** A title, two blank rows, a header row, then 24 months from Apr 2024: one value left blank. */
function spcSheet(name: string, charts?: readonly PlannedChart[]): PlannedSheet {
  const values = [
    82, 85, 79, 88, 84, 81, 86, 97, 83, 0, 80, 84, 85, 82, 87, 64, 83, 86, 81, 84, 85, 83, 88, 82,
  ];
  const rows: (PlannedCell | null)[][] = values.map((value, index) => {
    const month = (3 + index) % 12;
    const year = 2024 + Math.floor((3 + index) / 12);
    return [
      { value: `${MONTHS[month]} ${year}`, asText: true },
      index === BLANK_POINT ? null : { value, numberFormat: "0" },
      { value: 83.5, numberFormat: "0.0" },
      { value: 72.1, numberFormat: "0.0" },
      { value: 94.9, numberFormat: "0.0" },
      { value: 90 },
    ];
  });
  const header = ["Period", "Calls answered", "Mean", "Lower limit", "Upper limit", "Target"];
  return {
    name,
    cells: [
      [{ value: "Calls answered within 60 seconds (%)", bold: true }],
      [],
      [],
      header.map((text) => ({ value: text, bold: true })),
      ...rows,
    ],
    columnWidths: [12, 14, 8, 12, 12, 8],
    charts,
  };
}

const PLAN: SummaryPlan = {
  sheets: [
    { name: "Summary", cells: [[{ value: "KPI", bold: true }], [{ value: "Calls answered" }]] },
    spcSheet("SPC", [spcChart("Calls answered within 60 seconds: SPC")]),
  ],
};

async function unzip(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

async function text(zip: JSZip, path: string): Promise<string> {
  const entry = zip.file(path);
  if (entry === null) throw new Error(`no ${path} in the zip`);
  return entry.async("string");
}

function all(xml: string, pattern: RegExp): string[] {
  return Array.from(xml.matchAll(pattern), (match) => match[1] ?? "");
}

/** What a test checks about each <c:ser>: name, line colour, width, dash, marker and coloured points. */
function seriesFacts(chartXml: string): object[] {
  return all(chartXml, /<c:ser>(.*?)<\/c:ser>/g).map((ser) => ({
    name: all(ser, /<c:tx><c:v>(.*?)<\/c:v><\/c:tx>/g)[0],
    line: all(ser, /^.*?<c:spPr><a:ln w="(\d+)"[^>]*><a:solidFill><a:srgbClr val="(?:[0-9A-F]{6})"/g)[0],
    colour: all(ser, /^.*?<c:spPr><a:ln[^>]*><a:solidFill><a:srgbClr val="([0-9A-F]{6})"/g)[0],
    dash: all(ser, /^.*?<a:prstDash val="(\w+)"/g)[0],
    marker: all(ser, /<\/c:spPr><c:marker><c:symbol val="(\w+)"/g)[0],
    points: Array.from(
      ser.matchAll(/<c:dPt><c:idx val="(\d+)"\/><c:marker>.*?<a:srgbClr val="([0-9A-F]{6})"/g),
      (match) => [Number(match[1]), match[2]],
    ),
  }));
}

describe("writeSummaryWorkbook with a planned line chart", () => {
  let bytes: Uint8Array;
  let zip: JSZip;
  let chart: string;
  beforeAll(async () => {
    bytes = await writeSummaryWorkbook(PLAN, { created: CREATED });
    zip = await unzip(bytes);
    chart = await text(zip, "xl/charts/chart1.xml");
  });

  test("adds one chart and one drawing, each well-formed XML", async () => {
    const added = Object.keys(zip.files).filter((path) => /^xl\/(charts|drawings)\/.*[^/]$/.test(path));
    expect(added.sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    for (const path of [...added, "xl/worksheets/sheet2.xml", "xl/worksheets/_rels/sheet2.xml.rels"])
      expect([path, XMLValidator.validate(await text(zip, path))]).toEqual([path, true]);
  });

  test("series take their categories and values from the chart's own sheet, absolute references", () => {
    const categories = "SPC!$A$5:$A$28";
    expect(all(chart, /<c:cat><c:strRef><c:f>(.*?)<\/c:f>/g)).toEqual(Array(5).fill(categories));
    expect(all(chart, /<c:val><c:numRef><c:f>(.*?)<\/c:f>/g)).toEqual([
      "SPC!$B$5:$B$28",
      "SPC!$C$5:$C$28",
      "SPC!$D$5:$D$28",
      "SPC!$E$5:$E$28",
      "SPC!$F$5:$F$28",
    ]);
  });

  test("each series has its colour, width (EMU), dash, markers and coloured points", () => {
    expect(seriesFacts(chart)).toEqual([
      {
        name: "Calls answered",
        line: "25400",
        colour: "1F4E79",
        dash: "solid",
        marker: "circle",
        points: [
          [7, "ED7D31"],
          [15, "2E75B6"],
        ],
      },
      { name: "Mean", line: "19050", colour: "404040", dash: "solid", marker: "none", points: [] },
      { name: "Lower limit", line: "19050", colour: "A6A6A6", dash: "dash", marker: "none", points: [] },
      { name: "Upper limit", line: "19050", colour: "A6A6A6", dash: "dash", marker: "none", points: [] },
      { name: "Target", line: "12700", colour: "7030A0", dash: "dash", marker: "none", points: [] },
    ]);
    expect(chart).toContain('<c:marker><c:symbol val="circle"/><c:size val="5"/>');
  });

  test("a standard line chart with title, bottom legend, paired axes and blanks as gaps", () => {
    expect(chart).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(all(chart, /<a:t>(.*?)<\/a:t>/g)).toEqual(["Calls answered within 60 seconds: SPC"]);
    expect(chart).toContain('<c:legend><c:legendPos val="b"/>');
    expect(chart).toContain('<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>');
    const [lineAxes, catAx, valAx] = [
      all(chart, /<c:lineChart>.*?((?:<c:axId val="\d+"\/>)+)<\/c:lineChart>/g)[0],
      all(chart, /<c:catAx><c:axId val="(\d+)"/g)[0],
      all(chart, /<c:valAx><c:axId val="(\d+)"/g)[0],
    ];
    expect(lineAxes).toBe(`<c:axId val="${catAx}"/><c:axId val="${valAx}"/>`);
    expect(all(chart, /<c:catAx>.*?<c:crossAx val="(\d+)"/g)).toEqual([valAx]);
    expect(all(chart, /<c:valAx>.*?<c:crossAx val="(\d+)"/g)).toEqual([catAx]);
  });

  test("the drawing anchors the chart from H4 to R24 and points at chart1.xml", async () => {
    const drawing = await text(zip, "xl/drawings/drawing1.xml");
    expect(drawing).toContain(
      "<xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
        "<xdr:to><xdr:col>17</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>23</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>",
    );
    expect(all(drawing, /<xdr:twoCellAnchor\b/g)).toHaveLength(1);
    const chartRelId = all(drawing, /<c:chart [^>]*r:id="(rId\d+)"/g)[0];
    const rels = await text(zip, "xl/drawings/_rels/drawing1.xml.rels");
    expect(rels).toContain(
      `<Relationship Id="${chartRelId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/>`,
    );
  });

  test("only the chart's worksheet gains one <drawing>, right after pageSetup, with its relationship", async () => {
    const sheet = await text(zip, "xl/worksheets/sheet2.xml");
    expect(all(sheet, /(<drawing\b[^>]*>)/g)).toEqual(['<drawing r:id="rId1"/>']);
    expect(sheet).toMatch(/<pageSetup [^>]*\/><drawing r:id="rId1"\/><\/worksheet>$/);
    const rels = await text(zip, "xl/worksheets/_rels/sheet2.xml.rels");
    expect(all(rels, /(<Relationship [^>]*>)/g)).toEqual([
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>',
    ]);
    expect(await text(zip, "xl/worksheets/sheet1.xml")).not.toContain("<drawing");
    expect(zip.file("xl/worksheets/_rels/sheet1.xml.rels")).toBeNull();
  });

  test("content types name the drawing and the chart", async () => {
    const types = await text(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
  });

  test("the repo's reader reads the same cells as from the same plan without charts", async () => {
    const plain: SummaryPlan = { sheets: PLAN.sheets.map((sheet) => ({ ...sheet, charts: undefined })) };
    const [withCharts, without] = await Promise.all([
      readWorkbookSnapshot(bytes, "spc.xlsx"),
      writeSummaryWorkbook(plain, { created: CREATED }).then((plainBytes) =>
        readWorkbookSnapshot(plainBytes, "spc.xlsx"),
      ),
    ]);
    if (!withCharts.ok || !without.ok) throw new Error("a workbook did not read back");
    expect(withCharts.snapshot).toEqual(without.snapshot);
    const values = withCharts.snapshot.sheets[1]?.values;
    expect(values?.[FIRST_ROW]?.slice(0, 3)).toEqual(["Apr 2024", 82, 83.5]);
    expect(values?.[FIRST_ROW + BLANK_POINT]?.[1]).toBeNull();
    expect(values?.[LAST_ROW]?.[0]).toBe("Mar 2026");
  });

  test("exceljs loads the workbook with its cells", async () => {
    const workbook = await loadWithExcelJs(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Summary", "SPC"]);
    expect(workbook.getWorksheet("SPC")?.getCell("B5").value).toBe(82);
  });
});

describe("addCharts", () => {
  test("with nothing to add returns the very same bytes", async () => {
    const bytes = await writeSummaryWorkbook({ sheets: [spcSheet("SPC")] }, { created: CREATED });
    expect(await addCharts(bytes, [])).toBe(bytes);
    expect(await addCharts(bytes, [{ sheetIndex: 1, sheetName: "SPC", charts: [] }])).toBe(bytes);
  });

  test("writeSummaryWorkbook leaves a plan without charts to exceljs alone", async () => {
    const spy = jest.spyOn(chartParts, "addCharts");
    try {
      const bytes = await writeSummaryWorkbook({ sheets: [spcSheet("SPC", [])] }, { created: CREATED });
      expect(spy).not.toHaveBeenCalled();
      const names = Object.keys((await unzip(bytes)).files);
      expect(names.filter((name) => /chart|drawing/.test(name))).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  test("a sheet name with an apostrophe and spaces is quoted, the apostrophe doubled", async () => {
    const bytes = await writeSummaryWorkbook(
      { sheets: [spcSheet("Bob's SPC", [spcChart("Bob's <calls> & more")])] },
      { created: CREATED },
    );
    const chart = await text(await unzip(bytes), "xl/charts/chart1.xml");
    expect(all(chart, /<c:val><c:numRef><c:f>(.*?)<\/c:f>/g)[0]).toBe(
      "&apos;Bob&apos;&apos;s SPC&apos;!$B$5:$B$28",
    );
    expect(rangeFormula("Bob's SPC", column(1), "")).toBe("'Bob''s SPC'!$B$5:$B$28");
    expect(all(chart, /<a:t>(.*?)<\/a:t>/g)).toEqual(["Bob&apos;s &lt;calls&gt; &amp; more"]);
    expect(XMLValidator.validate(chart)).toBe(true);
  });

  test("a worksheet that already has relationships gets the next free id, before tableParts", async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.getCell("A1").value = { text: "Home", hyperlink: "https://example.org/" };
    sheet.addTable({
      name: "Figures",
      ref: "A3",
      columns: [{ name: "Period" }, { name: "Value" }],
      rows: [
        ["Apr 2024", 1],
        ["May 2024", 2],
      ],
    });
    const chart: PlannedChart = {
      key: "c",
      title: "Values",
      categories: { column: 0, firstRow: 3, lastRow: 4 },
      series: [{ name: "Value", values: { column: 1, firstRow: 3, lastRow: 4 }, colour: "#000000" }],
      anchor: { row: 0, column: 3, columns: 6, rows: 12 },
    };
    const bytes = await addCharts(await bytesOf(workbook), [
      { sheetIndex: 1, sheetName: "Data", charts: [chart] },
    ]);
    const zip = await unzip(bytes);
    const rels = await text(zip, "xl/worksheets/_rels/sheet1.xml.rels");
    // exceljs wrote rId1 (the hyperlink) and rId2 (the table).
    expect(all(rels, /Id="(rId\d+)" Type="[^"]*\/(\w+)"/g)).toEqual(["rId1", "rId2", "rId3"]);
    expect(rels).toContain(
      'Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"',
    );
    const xml = await text(zip, "xl/worksheets/sheet1.xml");
    expect(xml).toContain('<drawing r:id="rId3"/><tableParts');
    const loaded = await loadWithExcelJs(bytes);
    expect(loaded.getWorksheet("Data")?.getCell("A1").hyperlink).toBe("https://example.org/");
  });

  test("a colour that is not #RRGGBB, or a chart off the grid, is a broken plan", async () => {
    const broken = (change: Partial<PlannedChart>): SummaryPlan => ({
      sheets: [spcSheet("SPC", [{ ...spcChart("SPC"), ...change }])],
    });
    await expect(
      writeSummaryWorkbook(broken({ series: [{ name: "x", values: column(1), colour: "red" }] })),
    ).rejects.toThrow(InvalidPlanError);
    await expect(
      writeSummaryWorkbook(broken({ anchor: { row: -1, column: 0, columns: 4, rows: 4 } })),
    ).rejects.toThrow(InvalidPlanError);
    await expect(
      writeSummaryWorkbook(broken({ categories: { column: 0, firstRow: 5, lastRow: 2 } })),
    ).rejects.toThrow(InvalidPlanError);
  });
});

test("planned page breaks become row breaks in the sheet (a break before zero-based row 5 follows Excel row 5)", async () => {
  const bytes = await writeSummaryWorkbook({
    sheets: [
      { name: "Paged", cells: Array.from({ length: 12 }, (_, r) => [{ value: r }]), pageBreaks: [5, 9] },
    ],
  });
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect([...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => m[1])).toEqual(["5", "9"]);
});

test("print settings: A4 landscape, one page wide, header and footer parts, repeated header row", async () => {
  const bytes = await writeSummaryWorkbook({
    sheets: [
      {
        name: "Exceptions",
        cells: [[{ value: "ID" }], [{ value: "CIC" }]],
        print: {
          header: { center: "Pack: Exceptions", right: "Period Q2 && more" },
          footer: { left: "Generated 2026-12-02 10:00", right: "Page &P of &N" },
          repeatRows: { first: 0, last: 0 },
        },
      },
    ],
  });
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect(sheet).toContain('paperSize="9"');
  expect(sheet).toContain('orientation="landscape"');
  expect(sheet).toContain(
    "<oddHeader>&amp;CPack: Exceptions&amp;RPeriod Q2 &amp;&amp; more</oddHeader><oddFooter>&amp;LGenerated 2026-12-02 10:00&amp;RPage &amp;P of &amp;N</oddFooter>",
  );
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  expect(workbook).toContain(
    '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Exceptions&apos;!$1:$1</definedName>',
  );
});
