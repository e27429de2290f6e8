import JSZip from "jszip";
import { addInFunctionsIn } from "../../../core/formulas";
import { asBytes } from "../bytes";
import { fileSignature } from "../file-signature";
import { errorDetail, readReasons } from "../messages";
import { freezeSheetXml } from "./freeze-sheet-xml";
import { displayFormula } from "./formula-text";
import { CUSTOM_PROPERTIES_CONTENT_TYPE, customPropertiesWithNote } from "./frozen-note";
import { freezeMessages } from "./messages";
import {
  cut,
  definedNames,
  findOverride,
  freshRelationshipId,
  insertBeforeRootEnd,
  isRelType,
  relationships,
  REL_TYPE,
  resolveTarget,
  workbookSheets,
} from "./package-parts";
import type { FreezeOptions, FreezeProblem, FreezeResult, FrozenSheet } from "./types";
import { escapeXml } from "./xml-text";

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const PACKAGE_RELS = "_rels/.rels";
const CONTENT_TYPES = "[Content_Types].xml";
const CALC_CHAIN = "xl/calcChain.xml";
const CUSTOM_PROPERTIES = "docProps/custom.xml";

/**
 * Makes a values-only copy of an .xlsx (or .xlsm) workbook: every cell whose formula calls the
 * add-in's functions (every formula, with allFormulas) holds its last calculated value instead,
 * so the copy reads the same in an Excel without Scorecard Kit. Cells without a usable value
 * keep their formula and are listed in `kept`; defined names that call the functions are
 * listed in `notes`.
 *
 * Only the worksheet parts with something frozen, xl/calcChain.xml (removed when anything was
 * frozen, with its relationship and content type), and the custom properties (the "frozen"
 * note) change; every other zip entry keeps its bytes and its place. Works on bytes alone (no
 * Node APIs, no exceljs), so it runs in the CLI and in the browser. Bad input is a reason,
 * never a rejection; the input bytes are not modified.
 *
 * @example
 * const result = await freezeWorkbook(bytes, { sourceName: "q2.xlsx", frozenAt: new Date() });
 * if (result.ok) save(result.bytes);
 */
export async function freezeWorkbook(bytes: Uint8Array, options: FreezeOptions): Promise<FreezeResult> {
  try {
    return await freezeChecked(bytes, options);
  } catch (error) {
    // Nothing in a file should reach here, but the promise never rejects.
    return { ok: false, reason: readReasons.damagedZip(errorDetail(error)) };
  }
}

async function freezeChecked(data: unknown, options: FreezeOptions): Promise<FreezeResult> {
  const bytes = asBytes(data);
  if (bytes === undefined) return { ok: false, reason: readReasons.notBytes() };
  if (!(options.frozenAt instanceof Date) || Number.isNaN(options.frozenAt.getTime()))
    return { ok: false, reason: freezeMessages.invalidDate() };
  switch (fileSignature(bytes)) {
    case "empty":
      return { ok: false, reason: readReasons.empty() };
    case "ole-compound":
      return { ok: false, reason: readReasons.oleCompound() };
    case "other":
      return { ok: false, reason: readReasons.notZip() };
    case "zip":
      break;
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return { ok: false, reason: readReasons.damagedZip(errorDetail(error)) };
  }
  if (zip.file(WORKBOOK) === null) return { ok: false, reason: readReasons.notAWorkbook() };

  const parts = new PartEditor(zip);
  const workbookXml = await parts.read(WORKBOOK);
  const workbookRels = (await parts.readIfPresent(WORKBOOK_RELS)) ?? "";
  const rels = relationships(workbookRels);
  const sheets = workbookSheets(workbookXml);

  const notes: FreezeProblem[] = [];
  const addInNames = new Set<string>();
  for (const name of definedNames(workbookXml)) {
    const functions = addInFunctionsIn(name.formula);
    if (functions.length === 0) continue;
    addInNames.add(name.name.toUpperCase());
    notes.push({
      kind: "defined-name",
      sheet: name.sheetIndex === undefined ? "" : (sheets[name.sheetIndex]?.name ?? ""),
      cell: "",
      name: name.name,
      formula: displayFormula(name.formula),
      problem: freezeMessages.definedName(name.name, functions),
      action: freezeMessages.definedNameAction(),
    });
  }

  let frozen = 0;
  const kept: FreezeProblem[] = [];
  const frozenSheets: FrozenSheet[] = [];
  const seen = new Set<string>();
  for (const sheet of sheets) {
    const rel = rels.find((r) => r.id === sheet.relationshipId);
    if (rel === undefined || rel.external || !isRelType(rel.type, "worksheet")) continue;
    const path = resolveTarget("xl", rel.target);
    if (seen.has(path) || zip.file(path) === null) continue;
    seen.add(path);
    let xml: string;
    let result: ReturnType<typeof freezeSheetXml>;
    try {
      xml = await parts.read(path);
      result = freezeSheetXml(xml, {
        sheetName: sheet.name,
        allFormulas: options.allFormulas === true,
        addInNames,
      });
    } catch (error) {
      // A part too big for one string, or damaged inside the zip: say which sheet.
      return { ok: false, reason: readReasons.unreadableSheet(sheet.name, errorDetail(error)) };
    }
    if (result.xml !== xml) parts.write(path, result.xml);
    frozen += result.frozen;
    for (const problem of result.kept) kept.push(problem);
    if (result.frozen > 0 || result.kept.length > 0)
      frozenSheets.push({ name: sheet.name, frozen: result.frozen });
  }

  const droppedCalcChain = frozen > 0 && (await dropCalcChain(parts, rels, workbookRels));
  await addFrozenNote(parts, { sourceName: options.sourceName, frozenAt: options.frozenAt, frozen });

  let copy: Uint8Array;
  try {
    copy = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  } catch (error) {
    return { ok: false, reason: freezeMessages.notWritten(errorDetail(error)) };
  }
  return { ok: true, bytes: copy, frozen, sheets: frozenSheets, kept, notes, droppedCalcChain };
}

/**
 * Reads and replaces text parts of the loaded zip. A replaced entry keeps its place in the
 * zip and its date; entries never written are generated from their original bytes.
 */
class PartEditor {
  constructor(private readonly zip: JSZip) {}

  async read(path: string): Promise<string> {
    const file = this.zip.file(path);
    if (file === null) throw new Error(`${path} is missing`);
    return file.async("string");
  }

  async readIfPresent(path: string): Promise<string | undefined> {
    return this.zip.file(path) === null ? undefined : this.read(path);
  }

  exists(path: string): boolean {
    return this.zip.file(path) !== null;
  }

  write(path: string, text: string): void {
    const old = this.zip.file(path);
    // createFolders: false, or jszip would add folder entries ("docProps/") the source never had.
    this.zip.file(path, text, { createFolders: false, ...(old === null ? {} : { date: old.date }) });
  }

  remove(path: string): void {
    this.zip.remove(path);
  }
}

/**
 * Removes xl/calcChain.xml, its relationship and its content type: Excel reports a damaged
 * file when the calculation chain lists cells that no longer hold formulas, and rebuilds the
 * chain itself when it is missing. True when there was one.
 */
async function dropCalcChain(
  parts: PartEditor,
  rels: ReturnType<typeof relationships>,
  workbookRels: string,
): Promise<boolean> {
  const rel = rels.find((r) => isRelType(r.type, "calcChain") && !r.external);
  const path = rel === undefined ? CALC_CHAIN : resolveTarget("xl", rel.target);
  if (!parts.exists(path) && rel === undefined) return false;
  if (parts.exists(path)) parts.remove(path);
  if (rel !== undefined) parts.write(WORKBOOK_RELS, cut(workbookRels, rel.start, rel.end));
  const types = await parts.readIfPresent(CONTENT_TYPES);
  const override = types === undefined ? undefined : findOverride(types, `/${path}`);
  if (types !== undefined && override !== undefined)
    parts.write(CONTENT_TYPES, cut(types, override.start, override.end));
  return true;
}

/**
 * Writes the note into the custom properties part, creating the part (with its package
 * relationship and content type) when the workbook has none.
 */
async function addFrozenNote(
  parts: PartEditor,
  note: { sourceName: string; frozenAt: Date; frozen: number },
): Promise<void> {
  const packageRels = await parts.readIfPresent(PACKAGE_RELS);
  const rel = relationships(packageRels ?? "").find(
    (r) => isRelType(r.type, "customProperties") && !r.external,
  );
  const path = rel === undefined ? CUSTOM_PROPERTIES : resolveTarget("", rel.target);
  const existing = await parts.readIfPresent(path);
  const text = customPropertiesWithNote(existing, note) ?? customPropertiesWithNote(undefined, note);
  if (text === undefined) return;
  parts.write(path, text);

  if (rel === undefined && packageRels !== undefined) {
    const id = freshRelationshipId(packageRels);
    const element = `<Relationship Id="${id}" Type="${REL_TYPE.customProperties}" Target="${escapeXml(path)}"/>`;
    const withRel = insertBeforeRootEnd(packageRels, "Relationships", element);
    if (withRel !== undefined) parts.write(PACKAGE_RELS, withRel);
  }
  const types = await parts.readIfPresent(CONTENT_TYPES);
  if (types !== undefined && findOverride(types, `/${path}`) === undefined) {
    const element = `<Override PartName="/${escapeXml(path)}" ContentType="${CUSTOM_PROPERTIES_CONTENT_TYPE}"/>`;
    const withType = insertBeforeRootEnd(types, "Types", element);
    if (withType !== undefined) parts.write(CONTENT_TYPES, withType);
  }
}
