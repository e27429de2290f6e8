/**
 * Reading the formulas written in the docs' examples: one splitter for the README, help-page and
 * rules.md example tests.
 */

/** Splits `text` at top-level separators (outside quotes, braces and brackets), each part trimmed. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "{" || ch === "(")) depth += 1;
    else if (!quoted && (ch === "}" || ch === ")")) depth -= 1;
    if (!quoted && depth === 0 && ch === separator) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim());
}
