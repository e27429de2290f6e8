import { localName, TAG_CDATA, TAG_CLOSE, TAG_END, TAG_OPEN, XmlScanner } from "./xml-scan";

/**
 * The small workbook-level parts: [Content_Types].xml, xl/workbook.xml, relationship parts,
 * xl/styles.xml and xl/sharedStrings.xml. Element names are matched on their local part, so
 * both the transitional and strict namespaces, with or without a prefix, are read.
 */

export interface SheetEntry {
  readonly name: string;
  readonly relationshipId: string | undefined;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target resolved to a part name ("xl/worksheets/sheet1.xml"); the raw target when external. */
  readonly target: string;
  readonly external: boolean;
}

/** Whether an XML boolean attribute is true ("1" or "true"). */
function xmlTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** The attribute whose local name is `local`, whatever its prefix (r:id, x:id). */
function prefixedAttr(scanner: XmlScanner, local: string): string | undefined {
  for (const [name, value] of scanner.attrs()) {
    const colon = name.indexOf(":");
    if (colon !== -1 && name.slice(colon + 1) === local && !name.startsWith("xmlns")) return value;
  }
  return undefined;
}

export function parseWorkbook(xml: string): WorkbookPart {
  const scanner = new XmlScanner(xml);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  for (let kind = scanner.next(); kind !== TAG_END; kind = scanner.next()) {
    if (kind !== TAG_OPEN) continue;
    const name = localName(scanner.name);
    if (name === "sheet") {
      sheets.push({ name: scanner.attr("name") ?? "", relationshipId: prefixedAttr(scanner, "id") });
    } else if (name === "workbookPr") {
      date1904 = xmlTrue(scanner.attr("date1904"));
    }
  }
  return { sheets, date1904 };
}

/** The folder of a part name ("xl/workbook.xml" -> "xl/"). */
function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** A relationship target resolved against the folder of its source part (RFC 3986 style). */
export function resolveTarget(sourcePart: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folderOf(sourcePart) + target;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** The relationships part of a part ("xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"). */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function parseRelationships(xml: string, sourcePart: string): Map<string, Relationship> {
  const scanner = new XmlScanner(xml);
  const relationships = new Map<string, Relationship>();
  for (let kind = scanner.next(); kind !== TAG_END; kind = scanner.next()) {
    if (kind !== TAG_OPEN || localName(scanner.name) !== "Relationship") continue;
    const id = scanner.attr("Id");
    const rawTarget = (scanner.attr("Target") ?? "").trim();
    if (id === undefined) continue;
    const external = scanner.attr("TargetMode") === "External";
    relationships.set(id, {
      id,
      type: scanner.attr("Type") ?? "",
      target: external ? rawTarget : resolveTarget(sourcePart, rawTarget),
      external,
    });
  }
  return relationships;
}

export interface ContentTypes {
  /** The content type of a part, from its Override or the Default for its extension. */
  typeOf(part: string): string | undefined;
}

export function parseContentTypes(xml: string): ContentTypes {
  const scanner = new XmlScanner(xml);
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (let kind = scanner.next(); kind !== TAG_END; kind = scanner.next()) {
    if (kind !== TAG_OPEN) continue;
    const name = localName(scanner.name);
    const type = scanner.attr("ContentType");
    if (type === undefined) continue;
    if (name === "Default") {
      const extension = scanner.attr("Extension");
      if (extension !== undefined) defaults.set(extension.toLowerCase(), type.trim());
    } else if (name === "Override") {
      const part = scanner.attr("PartName");
      if (part !== undefined) overrides.set(part.replace(/^\/+/, "").toLowerCase(), type.trim());
    }
  }
  return {
    typeOf(part: string): string | undefined {
      const override = overrides.get(part.toLowerCase());
      if (override !== undefined) return override;
      const dot = part.lastIndexOf(".");
      return dot === -1 ? undefined : defaults.get(part.slice(dot + 1).toLowerCase());
    },
  };
}

/** The worksheet content type (the same string in transitional and strict packages). */
export const WORKSHEET_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/**
 * Built-in number formats as exceljs 4.4 maps them (lib/xlsx/defaultnumformats.js, en-US):
 * ids 0-22 and 37-49 have codes; other built-in ids (locale-specific) give no format.
 */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** exceljs's date test (utils.isDateFmt): date letters outside quotes and [..] sections. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

export interface Styles {
  /** Whether cellXfs has an entry at this index (exceljs ignores a style index it cannot find). */
  readonly exists: readonly boolean[];
  /** The number format of each cellXfs entry (undefined when it has none). */
  readonly formats: readonly (string | undefined)[];
  /** Whether each entry's number format is a date format. */
  readonly isDate: readonly boolean[];
}

export const NO_STYLES: Styles = { exists: [], formats: [], isDate: [] };

export function parseStyles(xml: string): Styles {
  const scanner = new XmlScanner(xml);
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let section = "";
  for (let kind = scanner.next(); kind !== TAG_END; kind = scanner.next()) {
    if (kind === TAG_CLOSE) {
      const name = localName(scanner.name);
      if (name === section) section = "";
      continue;
    }
    if (kind !== TAG_OPEN) continue;
    const name = localName(scanner.name);
    if (section === "" && (name === "numFmts" || name === "cellXfs")) {
      if (!scanner.selfClosing) section = name;
    } else if (section === "numFmts" && name === "numFmt") {
      const id = parseInt(scanner.attr("numFmtId") ?? "", 10);
      // exceljs drops the backslash of every escaped character (numfmt-xform.js).
      const code = (scanner.attr("formatCode") ?? "").replace(/[\\](.)/g, "$1");
      custom.set(id, code);
    } else if (section === "cellXfs" && name === "xf") {
      xfIds.push(parseInt(scanner.attr("numFmtId") ?? "", 10));
    } else if (section === "" && (name === "dxfs" || name === "cellStyleXfs") && !scanner.selfClosing) {
      section = name; // skipped: their numFmt and xf children are not cell formats
    }
  }
  const formats = xfIds.map((id) =>
    id ? ((custom.get(id) || BUILT_IN_FORMATS[id]) ?? undefined) : undefined,
  );
  return { exists: xfIds.map(() => true), formats, isDate: formats.map(isDateFormat) };
}

/** exceljs decodes "_xHHHH_" escapes in shared strings and rich-text runs (text-xform.js). */
function unescapeX(text: string): string {
  return text.indexOf("_x") === -1
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The shared strings, as exceljs reads them: plain text of `<si><t>`, the joined runs of rich
 * text (`<si><r><t>`), phonetic runs (`<rPh>`) left out; an `<si>` with no text is null.
 */
export function parseSharedStrings(xml: string): (string | null)[] {
  const scanner = new XmlScanner(xml);
  const strings: (string | null)[] = [];
  let inItem = false;
  let depthSkip = 0; // inside <rPh> or <rPr>
  let capturing = false;
  let plain: string | undefined;
  let runs: string[] | undefined;
  let runText: string | undefined;
  let inRun = false;
  let text = "";
  for (let kind = scanner.next(); kind !== TAG_END; kind = scanner.next()) {
    if (capturing) {
      if (kind === TAG_CDATA) {
        text += scanner.text() + scanner.cdata();
        continue;
      }
      text += scanner.text();
    }
    if (kind !== TAG_OPEN && kind !== TAG_CLOSE) continue;
    const name = localName(scanner.name);
    if (kind === TAG_OPEN) {
      if (name === "si") {
        if (scanner.selfClosing) {
          strings.push(null);
        } else {
          inItem = true;
          plain = undefined;
          runs = undefined;
        }
      } else if (!inItem) {
        continue;
      } else if (name === "rPh" || name === "rPr") {
        if (!scanner.selfClosing) depthSkip += 1;
      } else if (depthSkip > 0) {
        continue;
      } else if (name === "r") {
        inRun = !scanner.selfClosing;
        runText = undefined;
        if (scanner.selfClosing) (runs ??= []).push("");
      } else if (name === "t") {
        if (scanner.selfClosing) {
          if (inRun) runText = "";
          else plain = "";
        } else {
          capturing = true;
          text = "";
        }
      }
    } else if (name === "t" && capturing) {
      capturing = false;
      const value = unescapeX(text);
      if (inRun) runText = value;
      else plain = value;
    } else if (name === "rPh" || name === "rPr") {
      if (depthSkip > 0) depthSkip -= 1;
    } else if (name === "r" && inRun) {
      inRun = false;
      (runs ??= []).push(runText ?? "");
    } else if (name === "si" && inItem) {
      inItem = false;
      strings.push(runs !== undefined ? runs.join("") : (plain ?? null));
    }
  }
  return strings;
}
