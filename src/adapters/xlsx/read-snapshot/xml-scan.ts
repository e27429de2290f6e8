/**
 * A small, allocation-light XML tag scanner for the SpreadsheetML parts the fast reader needs.
 *
 * It is not a general XML parser: it walks tags in order, exposes each tag's qualified name and
 * attributes, and the raw text between the previous tag and this one. It understands comments,
 * processing instructions, CDATA sections and `>` inside quoted attribute values; it does not
 * resolve DTD entities (SpreadsheetML parts never declare any) and does not check nesting.
 *
 * Why not saxes (already installed through exceljs): walking the same 10.4 M characters of
 * worksheet XML (306,000 cells) and reading each open tag's r attribute took 88-99 ms with this
 * scanner against 206-256 ms with saxes, before saxes's per-tag attribute objects and text events
 * are turned into cells. scripts/bench-reader.js measures both on the benchmark workbook.
 */

export const TAG_END = 0;
export const TAG_OPEN = 1;
export const TAG_CLOSE = 2;
export const TAG_CDATA = 3;
export const TAG_OTHER = 4;

export type TagKind =
  typeof TAG_END | typeof TAG_OPEN | typeof TAG_CLOSE | typeof TAG_CDATA | typeof TAG_OTHER;

/** Thrown for XML the scanner cannot walk (an unterminated tag or comment). */
export class XmlShapeError extends Error {}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const DQUOTE = 34;
const SQUOTE = 39;
const EQUALS = 61;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

export class XmlScanner {
  /** Where the current tag's qualified name ("c", "x:c") is in `xml`. */
  nameStart = 0;
  nameEnd = 0;
  /** Whether the current open tag ends with "/>". */
  selfClosing = false;
  /** Raw text between the end of the previous tag and the start of this one. */
  textStart = 0;
  textEnd = 0;
  /** For TAG_CDATA: the section's content. */
  cdataStart = 0;
  cdataEnd = 0;
  /** Where the current tag's attributes are in `xml` (read them with attr, attrs or rawAttr). */
  attrStart = 0;
  attrEnd = 0;
  pos: number;

  constructor(
    readonly xml: string,
    start = 0,
    readonly end = xml.length,
  ) {
    this.pos = start;
  }

  /** Moves to the next tag; returns its kind (TAG_END when no tag is left). */
  next(): TagKind {
    const xml = this.xml;
    const start = this.pos;
    const lt = xml.indexOf("<", start);
    this.textStart = start;
    if (lt === -1 || lt >= this.end) {
      this.textEnd = this.end;
      this.pos = this.end;
      return TAG_END;
    }
    this.textEnd = lt;
    const first = xml.charCodeAt(lt + 1);
    if (first === BANG) {
      if (xml.startsWith("<![CDATA[", lt)) {
        const close = xml.indexOf("]]>", lt + 9);
        if (close === -1) throw new XmlShapeError("an unterminated CDATA section");
        this.cdataStart = lt + 9;
        this.cdataEnd = close;
        this.pos = close + 3;
        return TAG_CDATA;
      }
      if (xml.startsWith("<!--", lt)) {
        const close = xml.indexOf("-->", lt + 4);
        if (close === -1) throw new XmlShapeError("an unterminated comment");
        this.pos = close + 3;
        return TAG_OTHER;
      }
      const close = xml.indexOf(">", lt);
      if (close === -1) throw new XmlShapeError("an unterminated declaration");
      this.pos = close + 1;
      return TAG_OTHER;
    }
    if (first === QUESTION) {
      const close = xml.indexOf("?>", lt);
      if (close === -1) throw new XmlShapeError("an unterminated processing instruction");
      this.pos = close + 2;
      return TAG_OTHER;
    }
    const closing = first === SLASH;
    let index = closing ? lt + 2 : lt + 1;
    const nameStart = index;
    const limit = this.end;
    let code = xml.charCodeAt(index);
    while (index < limit && code !== GT && code !== SLASH && !isSpace(code)) {
      index += 1;
      code = xml.charCodeAt(index);
    }
    this.nameStart = nameStart;
    this.nameEnd = index;
    this.attrStart = index;
    // Find the closing ">", skipping quoted attribute values (they may contain ">").
    while (index < limit) {
      code = xml.charCodeAt(index);
      if (code === GT) break;
      if (code === DQUOTE || code === SQUOTE) {
        const close = xml.indexOf(code === DQUOTE ? '"' : "'", index + 1);
        if (close === -1) throw new XmlShapeError(`an unterminated attribute in <${this.name}>`);
        index = close;
      }
      index += 1;
    }
    if (index >= limit) throw new XmlShapeError(`an unterminated tag <${this.name}>`);
    this.selfClosing = !closing && xml.charCodeAt(index - 1) === SLASH;
    this.attrEnd = this.selfClosing ? index - 1 : index;
    this.pos = index + 1;
    return closing ? TAG_CLOSE : TAG_OPEN;
  }

  /** The qualified name of the current tag ("c", "x:c"). */
  get name(): string {
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  /** Whether the current tag's qualified name is `name` (no string is built). */
  is(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && this.xml.startsWith(name, this.nameStart);
  }

  /** The current tag's attribute with this qualified name, entity-decoded, or undefined. */
  attr(name: string): string | undefined {
    const xml = this.xml;
    let index = this.attrStart;
    const end = this.attrEnd;
    while (index < end) {
      let code = xml.charCodeAt(index);
      while (index < end && isSpace(code)) code = xml.charCodeAt(++index);
      if (index >= end) return undefined;
      const nameStart = index;
      while (index < end && code !== EQUALS && !isSpace(code)) code = xml.charCodeAt(++index);
      const nameEnd = index;
      while (index < end && code !== DQUOTE && code !== SQUOTE) code = xml.charCodeAt(++index);
      if (index >= end) return undefined;
      const close = xml.indexOf(code === DQUOTE ? '"' : "'", index + 1);
      if (close === -1 || close > end) return undefined;
      if (nameEnd - nameStart === name.length && xml.startsWith(name, nameStart)) {
        return decodeAttribute(xml.slice(index + 1, close));
      }
      index = close + 1;
    }
    return undefined;
  }

  /** Every attribute of the current tag as [qualified name, decoded value] pairs. */
  attrs(): [string, string][] {
    const out: [string, string][] = [];
    const xml = this.xml;
    let index = this.attrStart;
    const end = this.attrEnd;
    while (index < end) {
      let code = xml.charCodeAt(index);
      while (index < end && isSpace(code)) code = xml.charCodeAt(++index);
      if (index >= end) break;
      const nameStart = index;
      while (index < end && code !== EQUALS && !isSpace(code)) code = xml.charCodeAt(++index);
      const nameEnd = index;
      while (index < end && code !== DQUOTE && code !== SQUOTE) code = xml.charCodeAt(++index);
      if (index >= end) break;
      const close = xml.indexOf(code === DQUOTE ? '"' : "'", index + 1);
      if (close === -1 || close > end) break;
      out.push([xml.slice(nameStart, nameEnd), decodeAttribute(xml.slice(index + 1, close))]);
      index = close + 1;
    }
    return out;
  }

  /** The decoded text between the previous tag and this one ("" when none). */
  text(): string {
    return this.textEnd > this.textStart ? decodeText(this.xml.slice(this.textStart, this.textEnd)) : "";
  }

  /** The current CDATA section's content (line ends normalised, no entities). */
  cdata(): string {
    return normaliseLineEnds(this.xml.slice(this.cdataStart, this.cdataEnd));
  }
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

function entity(match: string, body: string): string {
  switch (body) {
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "amp":
      return "&";
    case "quot":
      return '"';
    case "apos":
      return "'";
    default: {
      const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
  }
}

/** XML end-of-line handling (XML 1.0 §2.11): "\r\n" and a lone "\r" become "\n". */
export function normaliseLineEnds(text: string): string {
  return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
}

/** Character data as an XML parser reports it: line ends normalised, entities resolved. */
export function decodeText(raw: string): string {
  const text = normaliseLineEnds(raw);
  return text.indexOf("&") === -1 ? text : text.replace(ENTITY, entity);
}

/** An attribute value as an XML parser reports it: literal whitespace becomes spaces, entities resolved. */
export function decodeAttribute(raw: string): string {
  const text = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw;
  return text.indexOf("&") === -1 ? text : text.replace(ENTITY, entity);
}

/** The local part of a qualified name ("x:c" -> "c"). */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The prefix of a qualified name including its colon ("x:c" -> "x:", "c" -> ""). */
export function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? "" : name.slice(0, colon + 1);
}

/** Whether a character code ends a tag name ("<row" followed by one of these is a <row> tag). */
export function endsName(code: number): boolean {
  return code === GT || code === SLASH || isSpace(code);
}

export { LT };
