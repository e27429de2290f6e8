import { cellAddress, sheetAddress } from "../a1";
import type { NumberReading } from "../cells/cell-reading";
import type { CellValue } from "../cells/cell-value";
import { readCell } from "../cells/read-cell";
import { readWord, readYesNo } from "../words";
import { describeNumber } from "./describe-number";
import {
  catalogueColumn,
  columnLabel,
  REQUIRED_CATALOGUE_COLUMNS,
  type CatalogueColumn,
} from "./catalogue-columns";
import { joinPointer, pointerSegments } from "./catalogue-path";
import { checkCatalogue } from "./check-catalogue";
import { toIndicatorScale } from "./indicator-scale";
import { CATALOGUE_MESSAGES, describeFound } from "./messages";
import { PERCENT_SCALES, UNITS, type CatalogueLoad, type CatalogueProblem, type Indicator } from "./types";

/**
 * Version given to a catalogue read from a sheet or CSV file without a catalogueVersion column:
 * said as it is, so the summary and reports show "no version" rather than a made-up one.
 */
export const SHEET_CATALOGUE_VERSION = "no version";
/** Name of the sheet that may hold a workbook's own catalogue, and the sheet name used when none is given. */
export const CATALOGUE_SHEET = "Catalogue";

type Grid = readonly (readonly CellValue[])[];
interface Place {
  readonly row: number;
  readonly col: number;
}
interface Located {
  readonly place: Place;
  readonly message: string;
}

function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A cell as text for a text field, or a reason it cannot be text. */
function cellText(value: CellValue): { text: string } | { problem: string } | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "string") return { text: value.trim() };
  if (typeof value === "number") return { text: describeNumber(value) };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : { text: value.toISOString().slice(0, 10) };
  const reading = readCell(value);
  return { problem: reading.kind === "unreadable" ? reading.message : "" };
}

function canonicalWord(column: Extract<CatalogueColumn, { kind: "word" }>, text: string): string {
  const squeezed =
    column.field === "percentScale" ? text.replace(/[\s%]/g, "").replace(/\u2013/g, "-") : text;
  const shorthand =
    column.field === "percentScale"
      ? ({ "100": "0-100", "1": "0-1" } as Readonly<Record<string, string>>)[squeezed]
      : undefined;
  return readWord(shorthand ?? squeezed, column.words) ?? text;
}

/** The indicator as far as it is known, for bringing a number onto its scale. */
function scaleOf(entry: Readonly<Record<string, unknown>>): Indicator | undefined {
  const unit = readWord(entry.unit, UNITS);
  if (unit === undefined) return undefined;
  const percentScale = readWord(entry.percentScale, PERCENT_SCALES);
  return {
    id: typeof entry.id === "string" ? entry.id : "",
    name: "",
    aliases: [],
    polarity: "neutral",
    unit,
    ...(percentScale ? { percentScale } : {}),
  };
}

/**
 * Loads a catalogue from a sheet's cells (a Catalogue worksheet or a CSV file): a header row,
 * then one row per indicator. Headers are the catalogue's field names, matched ignoring case,
 * spaces, "_" and "-": id, name, aliases (separated by ";" or "|"), description, polarity,
 * unit, percentScale, scale (grade indicators: jar, ofsted, or "1=Outstanding; 2=Good; ...;
 * best=low"), decimals, frequency, measureType, target, "target <period>" for
 * per-period targets ("target Q1", "target 2012/13"), tolerance, toleranceMode, floor,
 * national, statisticalNeighbours, outcomeArea, portfolio, owner, mandatory (yes/no,
 * true/false, 1/0), plausibleMin, plausibleMax. Optional catalogueName, catalogueVersion and
 * catalogueDescription columns give the catalogue's own fields (first non-blank cell);
 * otherwise the name is `defaultName` (a CSV file's name), else the sheet name, and the version
 * "no version" (SHEET_CATALOGUE_VERSION). Number cells are read with
 * readCell, so "95%" or "(£41k)" work, and brought onto the indicator's scale with
 * toIndicatorScale ("95%" is 95 on a "0-100" percent indicator, 0.95 on "0-1"); a relative
 * tolerance of "5%" is 0.05. A grade indicator's target and floor cells may hold grades as
 * words ("Good", "Grade 2"), read through its scale by the checks. Blank rows and placeholder
 * cells ("na", "-") are skipped.
 * Then the same checks and defaults as loadCatalogue; every problem is located by A1 address
 * ("Catalogue!E5").
 * Source: catalogue/types.ts, schema/catalogue.schema.json; cells read as readCell reads them.
 * Bad input: anything (ragged rows, errors, wrong types) gives located problems; never throws.
 * @example loadCatalogueFromCells([["id", "name", "polarity", "unit"], ["CS-IA", "IA", "up", "percent"]]).ok // false: Catalogue!C2 polarity must be one of ...
 */
export function loadCatalogueFromCells(
  rows: readonly (readonly CellValue[])[],
  sheetName: string = CATALOGUE_SHEET,
  numberFormats?: readonly (readonly string[])[],
  defaultName?: string,
): CatalogueLoad {
  const sheet = typeof sheetName === "string" && sheetName.trim() !== "" ? sheetName : CATALOGUE_SHEET;
  const grid: Grid = Array.isArray(rows)
    ? rows.map((row: unknown) => (Array.isArray(row) ? (row as readonly CellValue[]) : []))
    : [];
  const address = (place: Place): string => sheetAddress(sheet, cellAddress(place.row, place.col) || "A1");
  const formatAt = (row: number, col: number): string | undefined => {
    const format: unknown = Array.isArray(numberFormats)
      ? (numberFormats[row] as unknown[] | undefined)?.[col]
      : undefined;
    return typeof format === "string" ? format : undefined;
  };
  const problems: Located[] = [];
  const warnings: Located[] = [];

  const headerRow = grid.findIndex((row) => row.some((cell) => !isBlank(cell)));
  if (headerRow < 0)
    return {
      ok: false,
      problems: [{ path: address({ row: 0, col: 0 }), message: CATALOGUE_MESSAGES.emptySheet() }],
    };
  const headerPlace: Place = { row: headerRow, col: 0 };

  // The header: which column holds which field.
  const columns: { readonly col: number; readonly column: CatalogueColumn }[] = [];
  const firstColumnOf = new Map<string, number>();
  (grid[headerRow] ?? []).forEach((cell, col) => {
    const text = cellText(cell);
    if (text === undefined) return;
    const header = "text" in text ? text.text : "";
    const column = catalogueColumn(header);
    if (!column) {
      warnings.push({
        place: { row: headerRow, col },
        message: CATALOGUE_MESSAGES.unknownColumn(header || describeFound(cell)),
      });
      return;
    }
    const key =
      column.kind === "periodTarget"
        ? `target ${column.period.toLowerCase()}`
        : `${column.kind === "catalogue" ? "catalogue " : ""}${column.field}`;
    const first = firstColumnOf.get(key);
    if (first !== undefined) {
      problems.push({
        place: { row: headerRow, col },
        message: CATALOGUE_MESSAGES.duplicateColumn(header, address({ row: headerRow, col: first })),
      });
      return;
    }
    firstColumnOf.set(key, col);
    columns.push({ col, column });
  });
  const missingColumns = new Set<string>(
    REQUIRED_CATALOGUE_COLUMNS.filter((field) => !firstColumnOf.has(field)),
  );
  for (const field of missingColumns)
    problems.push({ place: headerPlace, message: CATALOGUE_MESSAGES.missingColumn(field) });
  const idCol = firstColumnOf.get("id") ?? 0;

  // One entry per non-blank row; remember which cell each field came from.
  const entries: Record<string, unknown>[] = [];
  const rowOfEntry: number[] = [];
  const placeOfPath = new Map<string, Place>();
  const catalogueFields = new Map<string, { readonly text: string; readonly place: Place }>();
  const holdsNumbers = (column: CatalogueColumn): boolean =>
    column.kind === "number" ||
    column.kind === "benchmark" ||
    column.kind === "periodTarget" ||
    (column.kind === "spc" && (column.field === "fixAfter" || column.field === "runLength"));
  const firstPass = columns.filter(({ column }) => !holdsNumbers(column));
  const secondPass = columns.filter(({ column }) => holdsNumbers(column));

  for (let row = headerRow + 1; row < grid.length; row++) {
    const cells = grid[row] ?? [];
    if (cells.every(isBlank)) continue;
    const index = entries.length;
    const entry: Record<string, unknown> = {};
    entries.push(entry);
    rowOfEntry.push(row);
    placeOfPath.set(joinPointer(["indicators", index]), { row, col: idCol });
    for (const { col, column } of columns) {
      const segments =
        column.kind === "periodTarget"
          ? ["target", column.period]
          : column.kind === "benchmark"
            ? ["benchmarks", column.field]
            : column.kind === "spc"
              ? ["spc", column.field]
              : column.kind === "catalogue"
                ? []
                : [column.field];
      if (segments.length > 0) placeOfPath.set(joinPointer(["indicators", index, ...segments]), { row, col });
    }
    const label = (): string =>
      CATALOGUE_MESSAGES.indicatorPrefix(typeof entry.id === "string" ? entry.id : undefined, index + 1);
    const put = (segments: readonly string[], value: unknown): void => {
      const [first, second] = segments;
      if (first === undefined) return;
      if (second === undefined) entry[first] = value;
      else {
        const table = (
          typeof entry[first] === "object" && entry[first] !== null ? entry[first] : {}
        ) as Record<string, unknown>;
        table[second] = value;
        entry[first] = table;
      }
    };
    const readNumber = (
      col: number,
      field: string,
      scale: (reading: NumberReading) => { value: number } | { mismatch: string },
    ): number | undefined => {
      const reading = readCell(cells[col], formatAt(row, col));
      if (reading.kind === "gap") return undefined;
      if (reading.kind === "unreadable") {
        problems.push({
          place: { row, col },
          message: `${label()}: ${CATALOGUE_MESSAGES.notANumberCell(field, reading.message)}`,
        });
        return undefined;
      }
      const scaled = scale(reading);
      if ("mismatch" in scaled) {
        problems.push({
          place: { row, col },
          message: `${label()}: ${CATALOGUE_MESSAGES.cellDoesNotFit(field, scaled.mismatch)}`,
        });
        return undefined;
      }
      return scaled.value;
    };

    for (const { col, column } of firstPass) {
      const cell = cells[col];
      if (column.kind === "yesNo" || (column.kind === "spc" && column.field === "screenOutliers")) {
        if (isBlank(cell)) continue;
        const answer = readYesNo(cell);
        if (answer !== undefined) put(column.kind === "spc" ? ["spc", column.field] : [column.field], answer);
        else
          problems.push({
            place: { row, col },
            message: `${label()}: ${CATALOGUE_MESSAGES.notAYesNoCell(column.field, describeFound(cell))}`,
          });
        continue;
      }
      const text = cellText(cell);
      if (text === undefined) continue;
      if ("problem" in text) {
        problems.push({
          place: { row, col },
          message: `${label()}: ${CATALOGUE_MESSAGES.notTextCell(columnLabel(column), text.problem)}`,
        });
        continue;
      }
      if (column.kind === "catalogue") {
        const kept = catalogueFields.get(column.field);
        if (!kept) catalogueFields.set(column.field, { text: text.text, place: { row, col } });
        else if (kept.text !== text.text)
          warnings.push({
            place: { row, col },
            message: CATALOGUE_MESSAGES.differentCatalogueValue(`catalogue ${column.field}`, kept.text),
          });
      } else if (column.kind === "list" || column.kind === "spc") {
        put(
          column.kind === "spc" ? ["spc", column.field] : [column.field],
          text.text
            .split(/[;|]/)
            .map((alias) => alias.trim())
            .filter((alias) => alias !== ""),
        );
      } else if (column.kind === "word") {
        put([column.field], canonicalWord(column, text.text));
      } else if (column.kind === "text" || column.kind === "scale") {
        put([column.field], text.text);
      }
    }

    const indicator = scaleOf(entry);
    const toScale = (reading: NumberReading): { value: number } | { mismatch: string } =>
      indicator ? toIndicatorScale(reading, indicator) : { value: reading.value };
    let singleTargetCol: number | undefined;
    let periodTargetCol: number | undefined;
    // A grade indicator's target and floor may be words ("Good"): kept as written, for the
    // catalogue checks to read through the indicator's scale.
    const gradeCell = (col: number, field: string): number | string | undefined => {
      const raw = cells[col];
      const reading = readCell(raw, formatAt(row, col));
      if (reading.kind === "gap") return undefined;
      if (typeof raw === "string") return raw.trim();
      if (reading.kind === "number") return reading.value;
      problems.push({
        place: { row, col },
        message: `${label()}: ${CATALOGUE_MESSAGES.notANumberCell(field, reading.message)}`,
      });
      return undefined;
    };
    const grade = indicator?.unit === "grade";
    for (const { col, column } of secondPass) {
      if (column.kind === "periodTarget") {
        const value = grade
          ? gradeCell(col, columnLabel(column))
          : readNumber(col, columnLabel(column), toScale);
        if (value === undefined) continue;
        periodTargetCol ??= col;
        if (typeof entry.target !== "number" && typeof entry.target !== "string")
          put(["target", column.period], value);
      } else if (column.kind === "benchmark") {
        const value = readNumber(col, column.field, toScale);
        if (value !== undefined) put(["benchmarks", column.field], value);
      } else if (column.kind === "spc") {
        const value = readNumber(col, column.field, (reading) => ({ value: reading.value }));
        if (value !== undefined) put(["spc", column.field], value);
      } else if (column.kind === "number") {
        const relative = column.field === "tolerance" && entry.toleranceMode !== "absolute";
        const plain = column.field === "decimals" || relative;
        const value =
          grade && (column.field === "target" || column.field === "floor")
            ? gradeCell(col, column.field)
            : readNumber(col, column.field, plain ? (reading) => ({ value: reading.value }) : toScale);
        if (value === undefined) continue;
        if (column.field === "target") singleTargetCol = col;
        put([column.field], value);
      }
    }
    if (singleTargetCol !== undefined && periodTargetCol !== undefined) {
      problems.push({
        place: { row, col: singleTargetCol },
        message: `${label()}: ${CATALOGUE_MESSAGES.targetTwice()}`,
      });
    }
  }

  const name = catalogueFields.get("name");
  const version = catalogueFields.get("version");
  const description = catalogueFields.get("description");
  const data = {
    name:
      name?.text ??
      (typeof defaultName === "string" && defaultName.trim() !== "" ? defaultName.trim() : sheet),
    version: version?.text ?? SHEET_CATALOGUE_VERSION,
    ...(description ? { description: description.text } : {}),
    indicators: entries,
  };
  const rootPlaces: Readonly<Record<string, Place | undefined>> = {
    name: name?.place,
    version: version?.place,
    description: description?.place,
  };

  /** The cell a problem path points at: the field's cell, else its row, else the header. */
  const placeOf = (path: string): Place | null => {
    const segments = pointerSegments(path);
    if (
      segments[0] === "indicators" &&
      segments[1] !== undefined &&
      missingColumns.has(segments[2] ?? "") &&
      segments.length === 3
    )
      return null;
    for (let length = segments.length; length >= 2; length--) {
      const place = placeOfPath.get(joinPointer(segments.slice(0, length)));
      if (place) return place;
    }
    return rootPlaces[segments[0] ?? ""] ?? headerPlace;
  };
  const checked = checkCatalogue(data, (index) =>
    address({ row: rowOfEntry[index] ?? headerRow, col: idCol }),
  );
  const locate = (found: readonly CatalogueProblem[], into: Located[]): void => {
    for (const problem of found) {
      const place = placeOf(problem.path);
      if (place) into.push({ place, message: problem.message });
    }
  };
  if (!checked.ok) locate(checked.problems, problems);
  else locate(checked.warnings, warnings);

  const inOrder = (located: readonly Located[]): CatalogueProblem[] =>
    [...located]
      .sort((a, b) => a.place.row - b.place.row || a.place.col - b.place.col)
      .map(({ place, message }) => ({ path: address(place), message }));
  if (problems.length > 0 || !checked.ok) {
    const all = inOrder(problems);
    return {
      ok: false,
      problems:
        all.length > 0 ? all : [{ path: address(headerPlace), message: CATALOGUE_MESSAGES.notChecked() }],
    };
  }
  return { ok: true, catalogue: checked.catalogue, warnings: inOrder(warnings) };
}
