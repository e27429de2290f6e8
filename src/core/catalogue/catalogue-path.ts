/**
 * Splits a JSON pointer ("/indicators/3/target/Q1") into its segments, undoing ~1 and ~0.
 * Source: RFC 6901 (JSON Pointer), the form ajv reports error locations in.
 * Bad input (not text, ""): [].
 * @example pointerSegments("/indicators/3/polarity") // ["indicators", "3", "polarity"]
 */
export function pointerSegments(pointer: string): readonly string[] {
  if (typeof pointer !== "string" || pointer === "") return [];
  return pointer
    .split("/")
    .slice(1)
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * Joins segments into a JSON pointer, escaping "~" and "/".
 * Source: RFC 6901.
 * Bad input: none; no segments give "".
 * @example joinPointer(["indicators", 3, "target", "2012/13"]) // "/indicators/3/target/2012~113"
 */
export function joinPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/**
 * Names a field for a message from the segments after the indicator: "polarity",
 * "benchmarks.national", 'target for "Q1"', "alias 2", "scale grade 3 label".
 * Source: house style (plain words, not JSON pointers, in messages).
 * Bad input: no segments give "the entry".
 * @example fieldLabel(["target", "Q1"]) // 'target for "Q1"'
 */
export function fieldLabel(segments: readonly string[]): string {
  const [first, second, ...rest] = segments;
  if (first === undefined) return "the entry";
  if (first === "target" && second !== undefined) return `target for "${second}"`;
  if (first === "aliases" && second !== undefined && /^\d+$/.test(second))
    return `alias ${Number(second) + 1}`;
  if (first === "scale" && second === "grades" && rest[0] !== undefined && /^\d+$/.test(rest[0]))
    return `scale grade ${Number(rest[0]) + 1}${rest[1] !== undefined ? ` ${rest[1]}` : ""}`;
  return [first, second, ...rest].filter((s): s is string => s !== undefined).join(".");
}
