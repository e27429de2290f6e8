import { MARKER_NAME_PREFIX } from "./limits";

/**
 * Which sheets this add-in generated, told by hidden workbook-scoped names.
 *
 * Why names: a worksheet-level custom property needs ExcelApi 1.12, and a workbook setting can
 * only hold a sheet's id after the sync that creates the sheet (a third sync for writeSummary).
 * A name such as `ScorecardKit_generated_1` referring to `'Scorecard Summary'!$A$1` is created in
 * the same batch as its sheet (`workbook.names.add`, ExcelApi 1.4; hidden with `visible = false`,
 * ExcelApi 1.1), follows the sheet when it is renamed, and turns into #REF! when the sheet is
 * deleted — so a sheet the user later creates with the same name is never taken for ours.
 * Pure helpers here; write-summary.ts and read-snapshot.ts do the Office.js part.
 */

/** A workbook name as loaded from `workbook.names` (name, type, value). */
export interface LoadedName {
  readonly name: string;
  readonly type: string;
  readonly value: unknown;
}

/** True for names this add-in made to mark a generated sheet. */
export function isMarkerName(name: string): boolean {
  return typeof name === "string" && name.toLowerCase().startsWith(MARKER_NAME_PREFIX.toLowerCase());
}

/**
 * The sheet a range reference points at: "'Scorecard Summary (2)'!$A$1" -> "Scorecard Summary (2)",
 * "Summary!$A$1" -> "Summary", "=Exceptions!$A$1" -> "Exceptions" (quotes undoubled).
 *
 * Bad input: a reference without a sheet ("#REF!", "$A$1", non-text) gets undefined.
 *
 * @example referencedSheet("'Bob''s sheet'!$A$1") // "Bob's sheet"
 */
export function referencedSheet(reference: unknown): string | undefined {
  if (typeof reference !== "string") return undefined;
  const text = reference.trim().replace(/^=/, "");
  if (text.startsWith("'")) {
    let name = "";
    for (let i = 1; i < text.length; i += 1) {
      const ch = text.charAt(i);
      if (ch === "'") {
        if (text.charAt(i + 1) === "'") {
          name += "'";
          i += 1;
        } else {
          return text.charAt(i + 1) === "!" && name !== "" ? name : undefined;
        }
      } else {
        name += ch;
      }
    }
    return undefined;
  }
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const name = text.slice(0, bang);
  return name.includes("#REF") ? undefined : name;
}

/** Our markers, split into those that point at a sheet and those that are broken (#REF!). */
export interface MarkerSurvey {
  /** Marker name -> the sheet it marks (as the reference spells it). */
  readonly live: ReadonlyMap<string, string>;
  /** Marker names whose sheet is gone. */
  readonly broken: readonly string[];
}

/**
 * Sorts loaded names into our live and broken markers; other names are ignored.
 *
 * @example surveyMarkers([{ name: "ScorecardKit_generated_1", type: "Range", value: "Exceptions!$A$1" }]).live
 *   // Map { "ScorecardKit_generated_1" => "Exceptions" }
 */
export function surveyMarkers(names: readonly LoadedName[]): MarkerSurvey {
  const live = new Map<string, string>();
  const broken: string[] = [];
  for (const item of names) {
    if (!isMarkerName(item.name)) continue;
    const sheet = item.type === "Range" ? referencedSheet(item.value) : undefined;
    if (sheet === undefined) broken.push(item.name);
    else live.set(item.name, sheet);
  }
  return { live, broken };
}

/**
 * `count` marker names not already taken (case-insensitive), numbered from 1 upwards.
 *
 * @example freshMarkerNames(2, ["ScorecardKit_generated_1"]) // ["ScorecardKit_generated_2", "ScorecardKit_generated_3"]
 */
export function freshMarkerNames(count: number, taken: readonly string[]): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const names: string[] = [];
  for (let n = 1; names.length < count; n += 1) {
    const candidate = `${MARKER_NAME_PREFIX}${n}`;
    if (!used.has(candidate.toLowerCase())) names.push(candidate);
  }
  return names;
}
