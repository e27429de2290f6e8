import { cut, insertBeforeRootEnd } from "./package-parts";
import { attributeValue, escapeXml, unescapeXml } from "./xml-text";

/**
 * The "frozen" note a values-only copy carries: three custom document properties in
 * docProps/custom.xml (ECMA-376 Part 1, 22.3; File > Info > Properties > Advanced > Custom in
 * Excel), saying where the copy came from, when, and how many formulas were frozen.
 */

/** The format id every user-defined custom property carries (ECMA-376 Part 1, 22.3.2.2). */
export const CUSTOM_PROPERTY_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
export const CUSTOM_PROPERTIES_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
export const VARIANT_TYPES_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
export const CUSTOM_PROPERTIES_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.custom-properties+xml";

/** The names of the three properties, as shown in Excel. */
export const FROZEN_PROPERTY = {
  from: "Scorecard Kit frozen from",
  on: "Scorecard Kit frozen on",
  formulas: "Scorecard Kit formulas frozen",
} as const;

export interface FrozenNote {
  /** The source workbook's file name. */
  readonly sourceName: string;
  readonly frozenAt: Date;
  /** How many formulas were frozen. */
  readonly frozen: number;
}

/** The first pid a custom property may take (0 and 1 are reserved). */
const FIRST_PID = 2;
/** The largest value a vt:i4 holds. */
const MAX_I4 = 2 ** 31 - 1;

const PROPERTY = /<((?:[A-Za-z_][\w.-]*:)?)property(?=[\s/>])([^>]*?)(?:\/>|>[\s\S]*?<\/\1property\s*>)/g;
const ROOT = /<((?:[A-Za-z_][\w.-]*:)?)Properties(?=[\s/>])[^>]*?(\/?)>/;

/** An ISO 8601 UTC time to the second, as vt:filetime holds it: "2026-12-02T10:00:00Z". */
export function filetimeText(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * The text of docProps/custom.xml with the note's three properties in it: a new part when
 * `existing` is undefined; otherwise the same text with any earlier Scorecard Kit note
 * properties taken out and the new ones added at the end, with pids above every pid left.
 * Other properties keep their characters and pids. Undefined when `existing` has no
 * `<Properties>` root to add to.
 *
 * @example customPropertiesWithNote(undefined, { sourceName: "q2.xlsx", frozenAt, frozen: 24 })
 */
export function customPropertiesWithNote(existing: string | undefined, note: FrozenNote): string | undefined {
  if (existing === undefined) {
    const properties = noteProperties(note, FIRST_PID, "", "vt:", "");
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Properties xmlns="${CUSTOM_PROPERTIES_NS}" xmlns:vt="${VARIANT_TYPES_NS}">${properties}</Properties>`
    );
  }
  const root = ROOT.exec(existing);
  if (root === null) return undefined;
  const prefix = root[1] ?? "";
  const ours = new Set(Object.values(FROZEN_PROPERTY).map((name) => name.toLowerCase()));
  let text = existing;
  let highest = FIRST_PID - 1;
  const earlier: { start: number; end: number }[] = [];
  for (const match of existing.matchAll(PROPERTY)) {
    const attributes = match[2] ?? "";
    const name = unescapeXml(attributeValue(attributes, "name") ?? "").toLowerCase();
    if (ours.has(name)) earlier.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
    else highest = Math.max(highest, Number(attributeValue(attributes, "pid")) || 0);
  }
  for (const { start, end } of earlier.reverse()) text = cut(text, start, end);

  // The variant types' prefix as the part declares it; else declared on each value.
  const bound = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${VARIANT_TYPES_NS}["']`).exec(text);
  const vt = bound === null ? "vt:" : `${bound[1]}:`;
  const declaration = bound === null ? ` xmlns:vt="${VARIANT_TYPES_NS}"` : "";
  const properties = noteProperties(note, highest + 1, prefix, vt, declaration);
  if (root[2] === "/") {
    // <Properties …/>: give it content.
    const current = ROOT.exec(text);
    if (current === null) return undefined;
    const open = current[0].replace(/\s*\/>$/, ">");
    return (
      text.slice(0, current.index) +
      open +
      properties +
      `</${prefix}Properties>` +
      text.slice(current.index + current[0].length)
    );
  }
  return insertBeforeRootEnd(text, "Properties", properties);
}

function noteProperties(
  note: FrozenNote,
  firstPid: number,
  prefix: string,
  vt: string,
  declaration: string,
): string {
  const property = (pid: number, name: string, type: string, value: string): string =>
    `<${prefix}property fmtid="${CUSTOM_PROPERTY_FMTID}" pid="${pid}" name="${escapeXml(name)}">` +
    `<${vt}${type}${declaration}>${value}</${vt}${type}></${prefix}property>`;
  return (
    property(firstPid, FROZEN_PROPERTY.from, "lpwstr", escapeXml(xmlCharacters(note.sourceName))) +
    property(firstPid + 1, FROZEN_PROPERTY.on, "filetime", filetimeText(note.frozenAt)) +
    property(firstPid + 2, FROZEN_PROPERTY.formulas, "i4", String(Math.min(Math.max(0, note.frozen), MAX_I4)))
  );
}

/** Text without the characters XML 1.0 cannot hold (control characters, lone surrogates). */
function xmlCharacters(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "",
  );
}
