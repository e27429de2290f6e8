import { storedZip } from "./stored-zip";

const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const XML_DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`;

export interface HandMadeWorkbook {
  /** Put a chart sheet "Chart1" first (its chart part is left out; readers skip chart sheets). */
  readonly chartSheet: boolean;
  /** The inner XML of worksheet "Data" (sheetData and friends); no worksheet when undefined. */
  readonly worksheetBody?: string;
}

/** `<sheetData>` holding 42 in A1. */
export const ONE_CELL_SHEET_DATA = `<sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData>`;

/**
 * A minimal .xlsx written part by part (ECMA-376 Part 1 package layout), for files exceljs
 * cannot write: workbooks with chart sheets, or with worksheet XML a test needs verbatim.
 */
export function handMadeWorkbook(options: HandMadeWorkbook): Uint8Array {
  const tabs: { name: string; kind: "chartsheet" | "worksheet"; target: string }[] = [];
  if (options.chartSheet) tabs.push({ name: "Chart1", kind: "chartsheet", target: "chartsheets/sheet1.xml" });
  if (options.worksheetBody !== undefined)
    tabs.push({ name: "Data", kind: "worksheet", target: "worksheets/sheet1.xml" });

  const entries: Record<string, string> = {
    "[Content_Types].xml":
      XML_DECLARATION +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      tabs
        .map((tab) => `<Override PartName="/xl/${tab.target}" ContentType="${CT}.${tab.kind}+xml"/>`)
        .join("") +
      `</Types>`,
    "_rels/.rels":
      XML_DECLARATION +
      `<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      XML_DECLARATION +
      `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>` +
      tabs
        .map((tab, index) => `<sheet name="${tab.name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
        .join("") +
      `</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      XML_DECLARATION +
      `<Relationships xmlns="${PKG_RELS}">` +
      tabs
        .map(
          (tab, index) =>
            `<Relationship Id="rId${index + 1}" Type="${RELS}/${tab.kind}" Target="${tab.target}"/>`,
        )
        .join("") +
      `</Relationships>`,
  };
  if (options.chartSheet) {
    entries["xl/chartsheets/sheet1.xml"] =
      XML_DECLARATION +
      `<chartsheet xmlns="${MAIN}" xmlns:r="${RELS}"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`;
  }
  if (options.worksheetBody !== undefined) {
    entries["xl/worksheets/sheet1.xml"] =
      XML_DECLARATION + `<worksheet xmlns="${MAIN}">${options.worksheetBody}</worksheet>`;
  }
  return storedZip(entries);
}
