/**
 * Small helpers for reading and writing pieces of XML as text: the freeze edits package parts
 * as strings (no parser, no re-serialisation), so that everything it does not change keeps its
 * exact characters.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/**
 * The text an XML text node or attribute value stands for: the five predefined entities and
 * numeric character references replaced (XML 1.0, sections 4.1 and 4.6). An unknown or broken
 * reference is left as it is.
 *
 * @example unescapeXml("IF(A1&lt;&gt;&quot;&quot;,1)") // 'IF(A1<>"",1)'
 */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/**
 * Text made safe inside an XML attribute value or text node (double-quoted attributes).
 *
 * @example escapeXml('Q2 "final" & <draft>.xlsx') // "Q2 &quot;final&quot; &amp; &lt;draft&gt;.xlsx"
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) =>
    ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === '"' ? "&quot;" : "&apos;",
  );
}

/** Regular expressions for one unprefixed attribute, built once per name. */
const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

function attributePattern(name: string): RegExp {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`(^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  return pattern;
}

/**
 * The raw (still escaped) value of an attribute in the text of a start tag's attributes, or
 * undefined when the attribute is absent. `name` may carry a prefix ("r:id").
 *
 * @example attributeValue(' r="D5" t="str"', "t") // "str"
 */
export function attributeValue(attributes: string, name: string): string | undefined {
  const match = attributePattern(name).exec(attributes);
  if (match === null) return undefined;
  return match[3] ?? match[4] ?? "";
}

/** The attributes text without the named attribute (and the white space before it). */
export function withoutAttribute(attributes: string, name: string): string {
  const match = attributePattern(name).exec(attributes);
  if (match === null) return attributes;
  const start = match.index + (match[1] ?? "").length;
  const end = match.index + match[0].length;
  // Drop the white space before the attribute, or after it when it comes first.
  let from = start;
  while (from > 0 && /\s/.test(attributes[from - 1] ?? "")) from -= 1;
  let to = end;
  if (from === 0) while (to < attributes.length && /\s/.test(attributes[to] ?? "")) to += 1;
  return attributes.slice(0, from) + attributes.slice(to);
}

/** The attributes text with the named attribute's value replaced, keeping its quote character. */
export function withAttributeValue(attributes: string, name: string, value: string): string {
  const match = attributePattern(name).exec(attributes);
  if (match === null) return attributes;
  const quote = match[3] !== undefined ? '"' : "'";
  const start = match.index + (match[1] ?? "").length;
  const valueStart = attributes.indexOf(quote, start) + 1;
  const valueEnd = match.index + match[0].length - 1;
  return attributes.slice(0, valueStart) + value + attributes.slice(valueEnd);
}

/** Finds the first element with this local name (any prefix, or none) in a piece of XML. */
export interface FoundElement {
  /** Where the element starts and ends (end is exclusive) in the searched text. */
  readonly start: number;
  readonly end: number;
  /** The prefix with its colon ("x:"), or "". */
  readonly prefix: string;
  /** The text between the name and ">" or "/>" (starts with white space when not empty). */
  readonly attributes: string;
  /** The raw text between the start and end tags; undefined for an empty-element tag. */
  readonly content: string | undefined;
}

const ELEMENT_PATTERNS = new Map<string, RegExp>();

/**
 * The first `<name …/>` or `<name …>…</name>` (with any namespace prefix) in the text, or
 * undefined. Meant for small pieces such as one cell; the element must not nest in itself.
 *
 * @example findElement('<c r="A1"><f>1+1</f><v>2</v></c>', "v")?.content // "2"
 */
export function findElement(xml: string, localName: string): FoundElement | undefined {
  let pattern = ELEMENT_PATTERNS.get(localName);
  if (pattern === undefined) {
    pattern = new RegExp(
      `<((?:[A-Za-z_][\\w.-]*:)?)${localName}(?=[\\s/>])([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/\\1${localName}\\s*>)`,
    );
    ELEMENT_PATTERNS.set(localName, pattern);
  }
  const match = pattern.exec(xml);
  if (match === null) return undefined;
  return {
    start: match.index,
    end: match.index + match[0].length,
    prefix: match[1] ?? "",
    attributes: match[2] ?? "",
    content: match[3],
  };
}
