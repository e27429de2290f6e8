/**
 * Workbooks for the freeze tests, written part by part with jszip, so a test controls every
 * character the freeze sees: the saved `_xldudf_` form, shared and array formulas, str/e/b
 * results, prefixed SpreadsheetML, a calculation chain, a drawing with a chart and a picture,
 * comments, a defined name, styles and a theme.
 */
import * as fs from "fs";
import JSZip from "jszip";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
const DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`;

/** An 8 x 8 red PNG. */
export const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGM4oKCAFTEMLQkAKj9AAXjm1WMAAAAASUVORK5CYII=",
    "base64",
  ),
);

const THEME = fs.readFileSync(require.resolve("exceljs/lib/xlsx/xml/theme1.xml"), "utf8");

/** The cells of "Q2 Scorecard", one string per row. Shared strings 0-8 are in SHARED_STRINGS. */
export const SCORECARD_ROWS = [
  `<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>`,
  `<row r="2" spans="1:6"><c r="A2" t="s"><v>6</v></c><c r="B2"><v>90</v></c><c r="C2"><v>95</v></c><c r="D2" t="str"><f t="shared" ref="D2:D4" si="0">_xldudf_KPI_RAG(C2,B2)</f><v>Green</v></c><c r="E2" s="1"><f>_xldudf_KPI_GAP(C2,B2)</f><v>5</v></c><c r="F2" t="b"><f>_xldudf_KPI_RAG(C2,B2)=&quot;Green&quot;</f><v>1</v></c></row>`,
  `<row r="3" spans="1:6"><c r="A3" t="s"><v>7</v></c><c r="B3"><v>90</v></c><c r="C3"><v>80</v></c><c r="D3" t="str"><f t="shared" si="0"/><v>Red</v></c><c r="E3" s="1"><f>_xldudf_KPI_GAP(C3,B3)</f><v>-10</v></c><c r="F3" t="b"><f>_xldudf_KPI_RAG(C3,B3)=&quot;Green&quot;</f><v>0</v></c></row>`,
  `<row r="4" spans="1:6"><c r="A4" t="s"><v>8</v></c><c r="B4"><v>50</v></c><c r="C4"><v>48</v></c><c r="D4" t="str"><f t="shared" si="0"/><v>Amber &amp; falling</v></c><c r="E4" s="1"><f>_xldudf_KPI_GAP(C4,B4)</f><v>-2</v></c><c r="F4" t="b"><f>_xldudf_KPI_RAG(C4,B4)=&quot;Green&quot;</f><v>0</v></c></row>`,
  `<row r="5" spans="1:6"><c r="A5" t="s"><v>9</v></c><c r="B5"><v>70</v></c><c r="C5"><v>71</v></c><c r="D5" t="e"><f>_xldudf_KPI_RAG(C5,B5)</f><v>#NAME?</v></c><c r="E5" s="1" t="e"><f>_xldudf_KPI_GAP(C5,B5)</f><v>#NAME?</v></c></row>`,
  `<row r="6" spans="1:6"><c r="A6" t="s"><v>10</v></c><c r="C6"><f>SUM(C2:C5)</f><v>294</v></c></row>`,
];

const SHARED_STRINGS = [
  "Indicator",
  "Target",
  "Actual",
  "RAG",
  "Gap",
  "On track",
  "Attendance",
  "Waiting times",
  "NEET & EET",
  "Care leavers",
  "Total",
];

/** The prefixed sheet "Notes & Data": an array formula, a formula using a defined name. */
export const NOTES_ROWS = [
  `<x:row r="1"><x:c r="A1" cm="1" t="str"><x:f t="array" ref="A1:A2">KPI.BAND(B1:B2)</x:f><x:v>Top</x:v></x:c><x:c r="B1"><x:v>10</x:v></x:c><x:c r="C1" t="str"><x:f>RagOf</x:f><x:v>Green</x:v></x:c></x:row>`,
  `<x:row r="2"><x:c r="A2" t="str"><x:v>Middle</x:v></x:c><x:c r="B2"><x:v>20</x:v></x:c></x:row>`,
];

export interface FixtureOptions {
  /** A docProps/custom.xml with a "Department" property at pid 2 (and its relationship). */
  readonly customProperties?: boolean;
  /**
   * Write "Notes & Data" without the x: prefix (default: with it). exceljs cannot read a
   * prefixed worksheet, so tests that compare snapshots use the unprefixed form.
   */
  readonly unprefixedNotes?: boolean;
}

/** The "Notes & Data" worksheet part. */
function notesSheet(unprefixed: boolean): string {
  const xml = `<x:worksheet xmlns:x="${MAIN}"><x:dimension ref="A1:C2"/><x:sheetData>${NOTES_ROWS.join("")}</x:sheetData></x:worksheet>`;
  return DECLARATION + (unprefixed ? xml.replace(/(<\/?)x:/g, "$1").replace("xmlns:x=", "xmlns=") : xml);
}

/** The parts of the workbook, in zip order. */
export function fixtureParts(options: FixtureOptions = {}): [string, string | Uint8Array][] {
  const custom = options.customProperties === true;
  return [
    [
      "[Content_Types].xml",
      DECLARATION +
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="png" ContentType="image/png"/>` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/theme/theme1.xml" ContentType="${CT}.theme+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
        `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT}.drawing+xml"/>` +
        `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT}.drawingml.chart+xml"/>` +
        `<Override PartName="/xl/comments1.xml" ContentType="${CT}.spreadsheetml.comments+xml"/>` +
        `<Override PartName="/xl/calcChain.xml" ContentType="${CT}.spreadsheetml.calcChain+xml"/>` +
        `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
        `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
        (custom
          ? `<Override PartName="/docProps/custom.xml" ContentType="${CT}.custom-properties+xml"/>`
          : "") +
        `</Types>`,
    ],
    [
      "_rels/.rels",
      DECLARATION +
        `<Relationships xmlns="${PKG}">` +
        `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
        (custom
          ? `<Relationship Id="rId4" Type="${REL}/custom-properties" Target="docProps/custom.xml"/>`
          : "") +
        `</Relationships>`,
    ],
    [
      "docProps/app.xml",
      DECLARATION +
        `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application></Properties>`,
    ],
    [
      "docProps/core.xml",
      DECLARATION +
        `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Performance Team</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-10-01T09:00:00Z</dcterms:created></cp:coreProperties>`,
    ],
    ...(custom
      ? ([
          [
            "docProps/custom.xml",
            DECLARATION +
              `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Department"><vt:lpwstr>Children&apos;s Services</vt:lpwstr></property></Properties>`,
          ],
        ] as [string, string][])
      : []),
    [
      "xl/workbook.xml",
      DECLARATION +
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>` +
        `<sheets><sheet name="Q2 Scorecard" sheetId="1" r:id="rId1"/><sheet name="Notes &amp; Data" sheetId="2" r:id="rId2"/></sheets>` +
        `<definedNames><definedName name="RagOf">_xldudf_KPI_RAG(&apos;Q2 Scorecard&apos;!$C$2,&apos;Q2 Scorecard&apos;!$B$2)</definedName><definedName name="Targets">&apos;Q2 Scorecard&apos;!$B$2:$B$5</definedName></definedNames>` +
        `<calcPr calcId="191029"/></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      DECLARATION +
        `<Relationships xmlns="${PKG}">` +
        `<Relationship Id="rId3" Type="${REL}/theme" Target="theme/theme1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId6" Type="${REL}/calcChain" Target="calcChain.xml"/>` +
        `<Relationship Id="rId5" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        `<Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/>` +
        `</Relationships>`,
    ],
    [
      "xl/worksheets/sheet1.xml",
      DECLARATION +
        `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:F6"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="16" customWidth="1"/><col min="4" max="4" width="16" customWidth="1"/></cols>` +
        `<sheetData>${SCORECARD_ROWS.join("")}</sheetData>` +
        `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/><legacyDrawing r:id="rId2"/></worksheet>`,
    ],
    ["xl/worksheets/sheet2.xml", notesSheet(options.unprefixedNotes === true)],
    [
      "xl/worksheets/_rels/sheet1.xml.rels",
      DECLARATION +
        `<Relationships xmlns="${PKG}">` +
        `<Relationship Id="rId3" Type="${REL}/comments" Target="../comments1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>` +
        `<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>` +
        `</Relationships>`,
    ],
    ["xl/theme/theme1.xml", THEME],
    [
      "xl/styles.xml",
      DECLARATION +
        `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="+0;-0;0"/></numFmts>` +
        `<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
        `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
        `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
        `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
        `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
        `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ],
    [
      "xl/sharedStrings.xml",
      DECLARATION +
        `<sst xmlns="${MAIN}" count="${SHARED_STRINGS.length}" uniqueCount="${SHARED_STRINGS.length}">` +
        SHARED_STRINGS.map((s) => `<si><t>${s.replace(/&/g, "&amp;")}</t></si>`).join("") +
        `</sst>`,
    ],
    [
      "xl/drawings/drawing1.xml",
      DECLARATION +
        `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
        `<xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>7</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>11</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 2"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${REL}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
        `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="762000" cy="762000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    ],
    [
      "xl/drawings/_rels/drawing1.xml.rels",
      DECLARATION +
        `<Relationships xmlns="${PKG}">` +
        `<Relationship Id="rId2" Type="${REL}/image" Target="../media/image1.png"/>` +
        `<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/>` +
        `</Relationships>`,
    ],
    [
      "xl/charts/chart1.xml",
      DECLARATION +
        `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Actual</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea>` +
        `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/>` +
        `<c:cat><c:strRef><c:f>'Q2 Scorecard'!$A$2:$A$5</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'Q2 Scorecard'!$C$2:$C$5</c:f></c:numRef></c:val></c:ser>` +
        `<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
        `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
    ],
    ["xl/media/image1.png", PNG],
    [
      "xl/comments1.xml",
      DECLARATION +
        `<comments xmlns="${MAIN}"><authors><author>Analyst</author></authors><commentList><comment ref="D5" authorId="0"><text><r><t>Check with the data owner.</t></r></text></comment></commentList></comments>`,
    ],
    [
      "xl/drawings/vmlDrawing1.vml",
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
        `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
        `<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:260pt;margin-top:60pt;width:108pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox/>` +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>4, 15, 3, 10, 6, 15, 7, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>4</x:Row><x:Column>3</x:Column></x:ClientData></v:shape></xml>`,
    ],
    [
      "xl/calcChain.xml",
      DECLARATION +
        `<calcChain xmlns="${MAIN}"><c r="D2" i="1"/><c r="E2"/><c r="F2"/><c r="D3"/><c r="E3"/><c r="F3"/><c r="D4"/><c r="E4"/><c r="F4"/><c r="D5"/><c r="E5"/><c r="C6"/><c r="A1" i="2" a="1"/><c r="C1"/></calcChain>`,
    ],
  ];
}

/** The fixture's .xlsx bytes: entries in the order above, the picture stored, the rest deflated. */
export async function fixtureWorkbook(options: FixtureOptions = {}): Promise<Uint8Array> {
  return zipOf(fixtureParts(options));
}

/** A zip of these entries in this order (no folder entries); .png entries are stored. */
export async function zipOf(parts: readonly [string, string | Uint8Array][]): Promise<Uint8Array> {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2026, 9, 1, 9, 0, 0));
  for (const [name, content] of parts)
    zip.file(name, content, {
      createFolders: false,
      date,
      compression: name.endsWith(".png") ? "STORE" : "DEFLATE",
    });
  return zip.generateAsync({ type: "uint8array" });
}

/** Every entry of a zip: name -> decompressed bytes, in zip order. */
export async function entriesOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) entries.set(name, await file.async("uint8array"));
  return entries;
}

/** One entry's text. */
export async function textOf(bytes: Uint8Array, name: string): Promise<string | undefined> {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  return file === null ? undefined : file.async("string");
}

/** The text of the cell with this address in a worksheet part (`<c r="D3" …>…</c>`). */
export function cellXml(sheetXml: string, address: string): string | undefined {
  return new RegExp(`<(?:x:)?c r="${address}"[^>]*?(?:/>|>[\\s\\S]*?</(?:x:)?c>)`).exec(sheetXml)?.[0];
}
