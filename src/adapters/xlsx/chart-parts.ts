import JSZip from "jszip";
import { cellAddress } from "../../core/a1/cell-address";
import { quoteSheetName } from "../../core/a1/quote-sheet-name";
import type { PlannedChart, PlannedColumnRange, PlannedSeries } from "../../core/summary/plan";
import { argbFromHex, InvalidPlanError } from "./plan-style";

/**
 * Line charts as DrawingML parts, added to an .xlsx that exceljs wrote (exceljs writes no
 * charts). Each sheet with charts gets one drawing part holding a cell-anchored frame per chart,
 * each frame points at its own chart part, and the worksheet points at the drawing.
 */

/** One worksheet's charts. `sheetIndex` is 1-based: exceljs names the part xl/worksheets/sheetN.xml. */
export interface SheetCharts {
  readonly sheetIndex: number;
  /** The sheet's name as written in the workbook (for the series formulas). */
  readonly sheetName: string;
  readonly charts: readonly PlannedChart[];
}

const NS = {
  main: "http://schemas.openxmlformats.org/drawingml/2006/main",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  sheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRel: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

const REL_TYPE = { drawing: `${NS.rel}/drawing`, chart: `${NS.rel}/chart` } as const;

const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/** Worksheet children that CT_Worksheet places after <drawing>. */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const EMU_PER_POINT = 12700;
const DEFAULT_WIDTH_POINTS = 1.5;
const MARKER_SIZE = 5;

/**
 * Adds the charts to the workbook's bytes and returns the new bytes. With no charts at all the
 * same bytes come back untouched (the same instance). A colour that is not #RRGGBB, or an anchor
 * or range off the grid, rejects with InvalidPlanError; a missing worksheet part, or one that
 * already has a drawing, rejects with an Error.
 *
 * @example
 * const withCharts = await addCharts(bytes, [{ sheetIndex: 2, sheetName: "SPC", charts: [chart] }]);
 */
export async function addCharts(bytes: Uint8Array, sheets: readonly SheetCharts[]): Promise<Uint8Array> {
  const withCharts = sheets.filter((sheet) => sheet.charts.length > 0);
  if (withCharts.length === 0) return bytes;
  // Every chart's XML is built first, so a broken plan rejects before the zip is opened.
  const planned = withCharts.map((sheet) => ({
    sheet,
    charts: sheet.charts.map((chart) => ({ chart, xml: chartXml(chart, sheet.sheetName) })),
  }));

  const zip = await JSZip.loadAsync(bytes);
  // New entries carry the date exceljs gave its own, so every entry of the file agrees.
  const date = zip.file("[Content_Types].xml")?.date ?? new Date();
  const overrides: string[] = [];
  let drawingNumber = 0;
  let chartNumber = 0;

  for (const { sheet, charts } of planned) {
    drawingNumber = nextFreeNumber(zip, "xl/drawings/drawing", drawingNumber);
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    const chartRels: string[] = [];
    const anchors: string[] = [];
    charts.forEach(({ chart, xml }, index) => {
      chartNumber = nextFreeNumber(zip, "xl/charts/chart", chartNumber);
      const chartPath = `xl/charts/chart${chartNumber}.xml`;
      const relId = `rId${index + 1}`;
      zip.file(chartPath, xml, { date });
      chartRels.push(relationship(relId, REL_TYPE.chart, `../charts/chart${chartNumber}.xml`));
      anchors.push(anchorXml(chart, index, relId));
      overrides.push(override(chartPath, CONTENT_TYPE.chart));
    });
    zip.file(drawingPath, drawingXml(anchors), { date });
    zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, relationshipsXml(chartRels), { date });
    overrides.push(override(drawingPath, CONTENT_TYPE.drawing));
    await linkDrawing(zip, sheet.sheetIndex, `../drawings/drawing${drawingNumber}.xml`, date);
  }

  const types = await readText(zip, "[Content_Types].xml");
  zip.file("[Content_Types].xml", insertBefore(types, "</Types>", overrides.join("")), { date });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The worksheet gains <drawing r:id> in its schema place and a relationship to the drawing. */
async function linkDrawing(zip: JSZip, sheetIndex: number, target: string, date: Date): Promise<void> {
  const sheetPath = `xl/worksheets/sheet${sheetIndex}.xml`;
  const relsPath = `xl/worksheets/_rels/sheet${sheetIndex}.xml.rels`;
  const sheetXml = await readText(zip, sheetPath);
  const existingRels = zip.file(relsPath) === null ? undefined : await readText(zip, relsPath);
  const relId = `rId${maxRelId(existingRels ?? "") + 1}`;
  const link = relationship(relId, REL_TYPE.drawing, target);
  const rels =
    existingRels === undefined
      ? relationshipsXml([link])
      : insertBefore(existingRels, "</Relationships>", link);
  zip.file(relsPath, rels, { date });
  zip.file(sheetPath, withDrawingElement(sheetXml, relId, sheetPath), { date });
}

/** Inserts <drawing r:id="..."/> before the first top-level child that CT_Worksheet puts after it. */
function withDrawingElement(xml: string, relId: string, where: string): string {
  const children = topLevelChildren(xml);
  if (children.some((child) => child.name === "drawing"))
    throw new Error(`${where} already has a drawing; charts cannot be added to it.`);
  const next = children.find((child) => AFTER_DRAWING.has(child.name));
  const at = next?.start ?? xml.lastIndexOf("</worksheet>");
  if (at < 0) throw new Error(`${where} is not a worksheet.`);
  return `${xml.slice(0, at)}<drawing r:id="${relId}"/>${xml.slice(at)}`;
}

/** The root element's children, by local name and start offset (prolog, comments skipped). */
function topLevelChildren(xml: string): { name: string; start: number }[] {
  const tags = /<(\/?)([A-Za-z_][\w.:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
  const children: { name: string; start: number }[] = [];
  let depth = 0;
  for (let tag = tags.exec(xml); tag !== null; tag = tags.exec(xml)) {
    const [, closing, qualified = "", selfClosing] = tag;
    if (closing === "/") {
      depth -= 1;
      continue;
    }
    if (depth === 1) children.push({ name: qualified.replace(/^.*:/, ""), start: tag.index });
    if (selfClosing !== "/") depth += 1;
  }
  return children;
}

function chartXml(chart: PlannedChart, sheetName: string): string {
  const where = `chart "${chart.key}" on sheet "${sheetName}"`;
  checkAnchor(chart.anchor, where);
  const categories = rangeFormula(sheetName, chart.categories, `the categories of ${where}`);
  const series = chart.series
    .map((one, index) => seriesXml(one, index, categories, sheetName, `series "${one.name}" of ${where}`))
    .join("");
  const axisIds = '<c:axId val="500000001"/><c:axId val="500000002"/>';
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.main}" xmlns:r="${NS.rel}">` +
    '<c:roundedCorners val="0"/>' +
    "<c:chart>" +
    `<c:title>${richText(chart.title, 1400)}<c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    "<c:plotArea><c:layout/>" +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
    `<c:marker val="1"/>${axisIds}</c:lineChart>` +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling>' +
    '<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/>' +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    `${axisLine("BFBFBF")}<c:crossAx val="500000002"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/>${axisBounds(chart)}</c:scaling>` +
    '<c:delete val="0"/><c:axPos val="l"/>' +
    `<c:majorGridlines>${axisLine("E0E0E0")}</c:majorGridlines>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/>' +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${axisLine("BFBFBF")}<c:crossAx val="500000001"/><c:crosses val="autoZero"/>` +
    '<c:crossBetween val="between"/></c:valAx>' +
    "</c:plotArea>" +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    "</c:chartSpace>"
  );
}

/** The value axis's fixed bounds, when the plan gives them (so an SPC band is not flattened from 0). */
function axisBounds(chart: PlannedChart): string {
  const range = chart.valueAxis;
  if (!range || !Number.isFinite(range.min) || !Number.isFinite(range.max) || range.min >= range.max)
    return "";
  return `<c:max val="${range.max}"/><c:min val="${range.min}"/>`;
}

function seriesXml(
  series: PlannedSeries,
  index: number,
  categories: string,
  sheetName: string,
  where: string,
): string {
  const colour = rgb(series.colour, `the colour of ${where}`);
  const line =
    series.line === false
      ? "<a:ln><a:noFill/></a:ln>"
      : lineXml(colour, series.width, series.dashed === true);
  const marker = series.markers === true ? markerXml(colour) : '<c:marker><c:symbol val="none"/></c:marker>';
  const points = (series.pointColours ?? [])
    .filter(
      ({ index: at }) =>
        Number.isInteger(at) && at >= 0 && at <= series.values.lastRow - series.values.firstRow,
    )
    .map(
      (point) =>
        `<c:dPt><c:idx val="${point.index}"/>` +
        `${markerXml(rgb(point.colour, `the colour of point ${point.index} of ${where}`))}` +
        `<c:bubble3D val="0"/><c:spPr>${line}</c:spPr></c:dPt>`,
    )
    .join("");
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>` +
    `<c:spPr>${line}</c:spPr>${marker}${points}` +
    `<c:cat><c:strRef><c:f>${escapeXml(categories)}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(rangeFormula(sheetName, series.values, where))}</c:f></c:numRef></c:val>` +
    '<c:smooth val="0"/></c:ser>'
  );
}

function lineXml(colour: string, widthPoints: number | undefined, dashed: boolean): string {
  const points =
    widthPoints !== undefined && Number.isFinite(widthPoints) && widthPoints > 0
      ? widthPoints
      : DEFAULT_WIDTH_POINTS;
  const dash = dashed ? '<a:prstDash val="dash"/>' : '<a:prstDash val="solid"/>';
  return (
    `<a:ln w="${Math.round(points * EMU_PER_POINT)}" cap="rnd">` +
    `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>${dash}<a:round/></a:ln>`
  );
}

function markerXml(colour: string): string {
  const fill = `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
  return (
    `<c:marker><c:symbol val="circle"/><c:size val="${MARKER_SIZE}"/>` +
    `<c:spPr>${fill}<a:ln w="9525">${fill}</a:ln></c:spPr></c:marker>`
  );
}

function axisLine(colour: string): string {
  return `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr>`;
}

/** A one-paragraph DrawingML text body; size in hundredths of a point. */
function richText(text: string, size: number): string {
  return (
    '<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="en-GB" sz="${size}" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function drawingXml(anchors: readonly string[]): string {
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NS.sheetDrawing}" xmlns:a="${NS.main}">${anchors.join("")}</xdr:wsDr>`
  );
}

/** A frame from the anchor cell to the cell `columns` right and `rows` down, moving with the cells. */
function anchorXml(chart: PlannedChart, index: number, relId: string): string {
  const { row, column, rows, columns } = chart.anchor;
  const corner = (tag: string, r: number, c: number): string =>
    `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="twoCell">' +
    corner("from", row, column) +
    corner("to", row + rows, column + columns) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}" ` +
    `descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.chart}">` +
    `<c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" r:id="${relId}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
}

/**
 * An absolute reference to a run of cells down one column; off the grid or upside down throws.
 *
 * @example rangeFormula("Bob's SPC", { column: 1, firstRow: 4, lastRow: 27 }, "") // "'Bob''s SPC'!$B$5:$B$28"
 */
export function rangeFormula(sheetName: string, range: PlannedColumnRange, where: string): string {
  const absolute = (row: number): string => cellAddress(row, range.column).replace(/^([A-Z]+)/, "$$$1$$");
  const [first, last] = [absolute(range.firstRow), absolute(range.lastRow)];
  if (first === "" || last === "" || range.lastRow < range.firstRow)
    throw new InvalidPlanError(
      `The cells of ${where} are not a range on the sheet: ${JSON.stringify(range)}.`,
    );
  return `${quoteSheetName(sheetName)}!${first}:${last}`;
}

function checkAnchor(anchor: PlannedChart["anchor"], where: string): void {
  const { row, column, rows, columns } = anchor;
  const whole = [row, column, rows, columns].every((n) => Number.isSafeInteger(n) && n >= 0);
  if (!whole || rows < 1 || columns < 1 || cellAddress(row + rows, column + columns) === "")
    throw new InvalidPlanError(`The place of ${where} is not on the sheet: ${JSON.stringify(anchor)}.`);
}

function relationshipsXml(relationships: readonly string[]): string {
  return (
    XML_DECLARATION + `<Relationships xmlns="${NS.packageRel}">${relationships.join("")}</Relationships>`
  );
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
}

function override(path: string, contentType: string): string {
  return `<Override PartName="/${path}" ContentType="${contentType}"/>`;
}

/** The highest n of the Id="rIdn" already used in a relationships part (0 when none). */
function maxRelId(rels: string): number {
  let max = 0;
  for (const match of rels.matchAll(/\bId="rId(\d+)"/g)) max = Math.max(max, Number(match[1]));
  return max;
}

/** The smallest number above `after` whose part `${prefix}${n}.xml` is not yet in the zip. */
function nextFreeNumber(zip: JSZip, prefix: string, after: number): number {
  let n = after + 1;
  while (zip.file(`${prefix}${n}.xml`) !== null) n += 1;
  return n;
}

async function readText(zip: JSZip, path: string): Promise<string> {
  const entry = zip.file(path);
  if (entry === null) throw new Error(`The workbook has no part ${path}.`);
  return entry.async("string");
}

function insertBefore(xml: string, closingTag: string, addition: string): string {
  const at = xml.lastIndexOf(closingTag);
  if (at < 0) throw new Error(`Expected ${closingTag} in a package part.`);
  return xml.slice(0, at) + addition + xml.slice(at);
}

/** #RRGGBB as the RRGGBB DrawingML wants; anything else is a broken plan and throws. */
function rgb(colour: string, where: string): string {
  return argbFromHex(colour, where).slice(2);
}

/** Text for XML content or attributes; control characters XML 1.0 forbids are dropped. */
function escapeXml(text: string): string {
  return String(text)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
