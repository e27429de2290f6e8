import { attributeValue, unescapeXml } from "./xml-text";

/**
 * Reading and minimally editing the package parts that tie a workbook together (ECMA-376
 * Part 2, Open Packaging Conventions): relationship parts and [Content_Types].xml, plus the
 * sheet list and defined names of xl/workbook.xml. Edits remove or add one element and leave
 * every other character as it was.
 */

export const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = {
  worksheet: `${OFFICE_REL}/worksheet`,
  calcChain: `${OFFICE_REL}/calcChain`,
  customProperties: `${OFFICE_REL}/custom-properties`,
} as const;

/**
 * Whether a relationship type is this kind, in the transitional namespace (REL_TYPE) or the
 * Strict one (http://purl.oclc.org/ooxml/officeDocument/relationships/…): the last segment decides.
 */
export function isRelType(type: string, kind: keyof typeof REL_TYPE): boolean {
  const wanted = REL_TYPE[kind];
  return type === wanted || type.endsWith(wanted.slice(wanted.lastIndexOf("/")));
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as written (unescaped). */
  readonly target: string;
  readonly external: boolean;
  /** Where the element is in the part (end exclusive). */
  readonly start: number;
  readonly end: number;
}

const RELATIONSHIP =
  /<((?:[A-Za-z_][\w.-]*:)?)Relationship(?=[\s/>])([^>]*?)(?:\/>|>[\s\S]*?<\/\1Relationship\s*>)/g;

/** Every `<Relationship>` of a relationships part, in order. */
export function relationships(xml: string): Relationship[] {
  const found: Relationship[] = [];
  for (const match of xml.matchAll(RELATIONSHIP)) {
    const attributes = match[2] ?? "";
    found.push({
      id: unescapeXml(attributeValue(attributes, "Id") ?? ""),
      type: unescapeXml(attributeValue(attributes, "Type") ?? ""),
      target: unescapeXml(attributeValue(attributes, "Target") ?? ""),
      external: (attributeValue(attributes, "TargetMode") ?? "") === "External",
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
    });
  }
  return found;
}

/**
 * The zip entry name a relationship's target points at, from the folder of the part that owns
 * the relationships ("xl" for xl/_rels/workbook.xml.rels, "" for _rels/.rels). Targets may be
 * relative ("worksheets/sheet1.xml", "../docProps/custom.xml") or absolute ("/xl/…").
 *
 * @example resolveTarget("xl", "worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 */
export function resolveTarget(folder: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is taken as it is.
  }
  const path = decoded.startsWith("/") ? decoded.slice(1) : folder === "" ? decoded : `${folder}/${decoded}`;
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

/** The text without the characters from start to end. */
export function cut(xml: string, start: number, end: number): string {
  return xml.slice(0, start) + xml.slice(end);
}

/** The text with `insert` placed just before the last `</Name>` end tag of the root, or undefined. */
export function insertBeforeRootEnd(xml: string, rootLocalName: string, insert: string): string | undefined {
  const match = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${rootLocalName}\\s*>(?![\\s\\S]*</)`).exec(xml);
  if (match === null) return undefined;
  return xml.slice(0, match.index) + insert + xml.slice(match.index);
}

/** A relationship Id not used in the part: rId1, rId2… after the highest rIdN there. */
export function freshRelationshipId(xml: string): string {
  const ids = new Set(relationships(xml).map((r) => r.id));
  let n = 0;
  for (const id of ids) {
    const number = /^rId(\d+)$/.exec(id);
    if (number !== null) n = Math.max(n, Number(number[1]));
  }
  n += 1;
  while (ids.has(`rId${n}`)) n += 1;
  return `rId${n}`;
}

const OVERRIDE = /<((?:[A-Za-z_][\w.-]*:)?)Override(?=[\s/>])([^>]*?)(?:\/>|>[\s\S]*?<\/\1Override\s*>)/g;

/** Where the `<Override>` for a part ("/xl/calcChain.xml") is in [Content_Types].xml, if any. */
export function findOverride(types: string, partName: string): { start: number; end: number } | undefined {
  const wanted = partName.toLowerCase();
  for (const match of types.matchAll(OVERRIDE)) {
    const name = unescapeXml(attributeValue(match[2] ?? "", "PartName") ?? "");
    if (name.toLowerCase() === wanted)
      return { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length };
  }
  return undefined;
}

/** A worksheet of the workbook, in tab order. */
export interface SheetEntry {
  readonly name: string;
  /** The relationship id in xl/workbook.xml (r:id). */
  readonly relationshipId: string;
}

/** A defined name of the workbook. */
export interface DefinedName {
  readonly name: string;
  /** The formula it stands for, unescaped. */
  readonly formula: string;
  /** The index of the sheet it belongs to (localSheetId), or undefined for the whole workbook. */
  readonly sheetIndex: number | undefined;
}

const SHEET = /<(?:[A-Za-z_][\w.-]*:)?sheet(?=[\s/>])([^>]*?)\/?>/g;
const DEFINED_NAME =
  /<((?:[A-Za-z_][\w.-]*:)?)definedName(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/\1definedName\s*>)/g;
/** The relationship id of a `<sheet>`: an attribute `id` with a prefix (bound to the r namespace). */
const PREFIXED_ID = /(?:^|\s)[A-Za-z_][\w.-]*:id\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** The worksheets (and chart sheets) listed in xl/workbook.xml, in tab order. */
export function workbookSheets(workbookXml: string): SheetEntry[] {
  const sheets: SheetEntry[] = [];
  for (const match of workbookXml.matchAll(SHEET)) {
    const attributes = match[1] ?? "";
    const id = PREFIXED_ID.exec(attributes);
    sheets.push({
      name: unescapeXml(attributeValue(attributes, "name") ?? ""),
      relationshipId: unescapeXml(id?.[1] ?? id?.[2] ?? ""),
    });
  }
  return sheets;
}

/** The defined names in xl/workbook.xml. */
export function definedNames(workbookXml: string): DefinedName[] {
  const names: DefinedName[] = [];
  for (const match of workbookXml.matchAll(DEFINED_NAME)) {
    const attributes = match[2] ?? "";
    const local = attributeValue(attributes, "localSheetId");
    names.push({
      name: unescapeXml(attributeValue(attributes, "name") ?? ""),
      formula: unescapeXml(match[3] ?? ""),
      sheetIndex: local === undefined || !/^\d+$/.test(local) ? undefined : Number(local),
    });
  }
  return names;
}
