import { OfficeMockObject } from "office-addin-mock";
import { parseRange, quoteSheetName } from "../../src/core/a1";
import { EXCEL_ERROR_TEXTS } from "../../src/core/cells/excel-errors";

/**
 * A fake Excel for the Office.js adapter's tests: a small workbook model (sheets, fills,
 * settings, names) and a `run` that hands each batch a fresh office-addin-mock context built
 * from that model, counting `context.sync()` calls.
 *
 * What is office-addin-mock and what is hand-made:
 * - Everything the adapter READS goes through OfficeMockObject, so a property read without
 *   `load()` + `sync()` comes back as the mock's "Error, ..." text and the test fails. Methods
 *   that return objects (getUsedRangeOrNullObject, getRange, getItem, getItemOrNullObject) are
 *   functions in the mock data that add a child mock to the tree (so the context's sync reaches it).
 *   Collections (`worksheets`, `names`) get a small hand-written `load` that loads each item and sets
 *   `items`: the mock cannot express "items/name" on a collection.
 * - Objects the adapter only WRITES (sheets made by `worksheets.add`, their ranges, charts,
 *   conditional formats, new names) are hand-made recorders: office-addin-mock keeps no order of
 *   assignments and resets a property to its seeded value on the next load, so it cannot show
 *   "numberFormat was set before values" or carry a write into the next Excel.run.
 * - Fills written on existing sheets' ranges (highlights) are copied back into the model when the
 *   batch ends (`fill.clear()` at once), so the next run sees them.
 */

export type Grid = unknown[][];

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string;
}

/** What Excel reports for a cell without fill. */
export const NO_FILL: FakeFill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };

export interface FakeSheetSpec {
  readonly name: string;
  /** Values from A1 as Office.js gives them ("" for empty). */
  readonly values?: Grid;
  readonly numberFormat?: Grid;
  /** Defaults to the values (Office.js gives constants in `formulas`). */
  readonly formulas?: Grid;
  /** Defaults: "" -> Empty, number -> Double, boolean -> Boolean, Excel error text -> Error, else String. */
  readonly valueTypes?: Grid;
  /** Fills by A1 address. */
  readonly fills?: Readonly<Record<string, FakeFill>>;
}

export interface FakeSheet {
  readonly id: string;
  name: string;
  deleted: boolean;
  /** True for sheets the code under test added. */
  readonly added: boolean;
  readonly values: Grid;
  readonly numberFormat: Grid;
  readonly formulas: Grid;
  readonly valueTypes: Grid;
  readonly fills: Map<string, FakeFill>;
}

export interface FakeName {
  name: string;
  target: FakeSheet | null;
  deleted: boolean;
  visible: boolean;
}

/** One recorded operation, in the order the code queued it. */
export interface Op {
  readonly kind: string;
  readonly sheet?: string;
  readonly address?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- recorded payloads of every shape
  readonly value?: any;
}

const ERROR_TEXTS = new Set(EXCEL_ERROR_TEXTS);

function isMockError(value: unknown): boolean {
  return typeof value === "string" && value.startsWith("Error, ");
}

function defaultValueType(value: unknown): string {
  if (value === "" || value === null || value === undefined) return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "string" && ERROR_TEXTS.has(value)) return "Error";
  return "String";
}

function mapGrid(grid: Grid, f: (value: unknown) => unknown): Grid {
  return grid.map((row) => row.map(f));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- office-addin-mock objects are typed `any` by design
type Mock = any;

/** Adds a child mock under `parent` (so the context's sync reaches it) and returns it. */
function addChild(parent: Mock, key: string, data: Record<string, unknown>): Mock {
  parent["addMock"](key);
  const child = parent[key];
  child["populate"](data);
  return child;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, unknown>();
  readonly names: FakeName[] = [];
  readonly ops: Op[] = [];
  workbookName = "Book1.xlsx";
  syncCount = 0;
  /** Range addresses loaded with getRange, per sheet, in order. */
  readonly rangeRequests: { sheet: string; address: string }[] = [];
  /** The sheets the adapter added, as recorders of what it wrote. */
  readonly recorders: RecorderSheet[] = [];
  private nextId = 1;

  addedSheets(): readonly RecorderSheet[] {
    return this.recorders;
  }

  constructor(sheets: readonly FakeSheetSpec[] = []) {
    for (const spec of sheets) this.addSheetModel(spec, false);
  }

  addSheetModel(spec: FakeSheetSpec, added: boolean): FakeSheet {
    const values = spec.values ?? [];
    const sheet: FakeSheet = {
      id: `{SHEET-${this.nextId++}}`,
      name: spec.name,
      deleted: false,
      added,
      values,
      numberFormat: spec.numberFormat ?? mapGrid(values, () => "General"),
      formulas: spec.formulas ?? values,
      valueTypes: spec.valueTypes ?? mapGrid(values, defaultValueType),
      fills: new Map(Object.entries(spec.fills ?? {}).map(([a, f]) => [a.toUpperCase(), { ...f }])),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Marks a sheet as generated earlier, the way writeSummary does: a hidden name referring to its A1. */
  markGenerated(sheetName: string, markerName = "ScorecardKit_generated_1"): void {
    this.names.push({ name: markerName, target: this.sheet(sheetName), deleted: false, visible: false });
  }

  liveSheets(): FakeSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  sheet(name: string): FakeSheet {
    const found = this.liveSheets().find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (found === undefined)
      throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: "ItemNotFound" });
    return found;
  }

  fillOf(sheetName: string, address: string): FakeFill {
    return this.sheet(sheetName).fills.get(address.toUpperCase()) ?? NO_FILL;
  }

  opsOf(kind: string): Op[] {
    return this.ops.filter((op) => op.kind === kind);
  }

  /** A stand-in for Excel.run: each batch gets a fresh mock context over the model. */
  get run(): typeof Excel.run {
    const fake = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const session = new RunSession(this);
      const result = await batch(session.context as Excel.RequestContext);
      session.commitFills();
      return result;
    };
    return fake as unknown as typeof Excel.run;
  }

  checkNewName(name: string, except?: FakeSheet): void {
    if (name.length > 31) throw new Error(`Sheet name longer than 31 characters: ${name}`);
    const clash = this.liveSheets().find((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
    if (clash !== undefined) throw new Error(`A sheet named ${name} already exists`);
  }
}

/** One Excel.run: the mock context and the fill mocks to copy back when the batch ends. */
class RunSession {
  readonly context: Mock;
  private readonly sheetMocks = new Map<FakeSheet, Mock>();
  private readonly fillMocks: { sheet: FakeSheet; address: string; fill: Mock; seeded: FakeFill }[] = [];
  private counter = 0;

  constructor(private readonly excel: FakeExcel) {
    const context: Mock = new OfficeMockObject({
      workbook: {
        name: excel.workbookName,
        worksheets: {
          load: (properties: string) => {
            const collection = this.context.workbook.worksheets;
            const items = excel.liveSheets().map((s) => this.sheetMock(s));
            for (const item of items) item.load(itemProperties(properties));
            collection.items = items;
            return collection;
          },
          getItem: (name: string) => this.sheetMock(excel.sheet(name)),
          add: (name: string) => {
            excel.checkNewName(name);
            const model = excel.addSheetModel({ name }, true);
            excel.ops.push({ kind: "addSheet", sheet: name });
            const recorder = new RecorderSheet(excel, model);
            excel.recorders.push(recorder);
            return recorder;
          },
        },
        names: {
          load: (properties: string) => {
            const collection = this.context.workbook.names;
            const items = excel.names.filter((n) => !n.deleted).map((n) => this.nameMock(n));
            for (const item of items) item.load(itemProperties(properties));
            collection.items = items;
            return collection;
          },
          add: (name: string, reference: unknown) => {
            if (excel.names.some((n) => !n.deleted && n.name.toLowerCase() === name.toLowerCase()))
              throw new Error(`Name exists: ${name}`);
            const target = reference instanceof RecorderRange ? reference.sheet.model : null;
            const item: FakeName = { name, target, deleted: false, visible: true };
            excel.names.push(item);
            excel.ops.push({
              kind: "addName",
              sheet: target?.name,
              address: reference instanceof RecorderRange ? reference.address : undefined,
              value: name,
            });
            return new RecorderName(excel, item);
          },
        },
        settings: {
          getItemOrNullObject: (key: string) => {
            const stored = excel.settings.get(key);
            const setting = addChild(this.context.workbook.settings, `setting_${this.counter++}`, {
              key,
              value: stored ?? "",
              delete: () => {
                excel.settings.delete(key);
                excel.ops.push({ kind: "setting:delete", value: key });
              },
            });
            setting.isNullObject = !excel.settings.has(key);
            return setting;
          },
          add: (key: string, value: unknown) => {
            excel.settings.set(key, value);
            excel.ops.push({ kind: "setting:add", value: { key, value } });
          },
        },
      },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          excel.ops.push({ kind: "suspendCalculation" });
        },
      },
    });
    const realSync = context.sync.bind(context);
    context.sync = async () => {
      excel.syncCount += 1;
      excel.ops.push({ kind: "sync" });
      await realSync();
    };
    this.context = context;
  }

  sheetMock(model: FakeSheet): Mock {
    const known = this.sheetMocks.get(model);
    if (known !== undefined) return known;
    const excel = this.excel;
    const mock: Mock = addChild(this.context.workbook.worksheets, `sheet_${model.id}`, {
      name: model.name,
      id: model.id,
      getUsedRangeOrNullObject: () => {
        const bounds = usedBounds(model);
        const used = addChild(mock, `used_${this.counter++}`, {
          address: bounds === undefined ? "" : `${quoteSheetName(model.name)}!${rangeText(bounds)}`,
          rowIndex: bounds?.top ?? 0,
          columnIndex: bounds?.left ?? 0,
          rowCount: bounds === undefined ? 0 : bounds.bottom - bounds.top + 1,
          columnCount: bounds === undefined ? 0 : bounds.right - bounds.left + 1,
        });
        used.isNullObject = bounds === undefined;
        return used;
      },
      getRange: (address: string) => this.rangeMock(mock, model, address),
      activate: () => {
        excel.ops.push({ kind: "activate", sheet: model.name });
      },
      delete: () => {
        if (excel.liveSheets().length <= 1) throw new Error("Cannot delete the only sheet");
        model.deleted = true;
        excel.ops.push({ kind: "deleteSheet", sheet: model.name });
      },
    });
    this.sheetMocks.set(model, mock);
    return mock;
  }

  rangeMock(parent: Mock, model: FakeSheet, address: string): Mock {
    const bounds = parseRange(address);
    if (bounds === undefined) throw new Error(`Bad address ${address}`);
    this.excel.rangeRequests.push({ sheet: model.name, address });
    const slice = (grid: Grid, blank: unknown): Grid =>
      Array.from({ length: bounds.bottom - bounds.top + 1 }, (_, r) =>
        Array.from(
          { length: bounds.right - bounds.left + 1 },
          (_, c) => grid[bounds.top + r]?.[bounds.left + c] ?? blank,
        ),
      );
    const seeded = model.fills.get(address.toUpperCase()) ?? NO_FILL;
    const excel = this.excel;
    const range: Mock = addChild(parent, `range_${this.counter++}`, {
      address: `${quoteSheetName(model.name)}!${address}`,
      values: slice(model.values, ""),
      numberFormat: slice(model.numberFormat, "General"),
      formulas: slice(model.formulas, ""),
      valueTypes: slice(model.valueTypes, "Empty"),
      format: {
        fill: {
          color: seeded.color,
          pattern: seeded.pattern,
          patternColor: seeded.patternColor,
          clear: () => {
            model.fills.delete(address.toUpperCase());
            range.format.fill.cleared = true;
            excel.ops.push({ kind: "clearFill", sheet: model.name, address });
          },
        },
      },
      select: () => {
        excel.ops.push({ kind: "select", sheet: model.name, address });
      },
    });
    this.fillMocks.push({ sheet: model, address, fill: range.format.fill, seeded });
    return range;
  }

  nameMock(item: FakeName): Mock {
    const excel = this.excel;
    const live = item.target !== null && !item.target.deleted;
    return addChild(this.context.workbook.names, `name_${this.counter++}`, {
      name: item.name,
      type: live ? "Range" : "Error",
      value: live && item.target !== null ? `${quoteSheetName(item.target.name)}!$A$1` : "#REF!",
      visible: item.visible,
      delete: () => {
        item.deleted = true;
        excel.ops.push({ kind: "deleteName", value: item.name });
      },
    });
  }

  /** Copies fills written on mock ranges back into the model (see the file comment). */
  commitFills(): void {
    for (const { sheet, address, fill, seeded } of this.fillMocks) {
      if (fill.cleared === true) continue;
      const written = (key: keyof FakeFill): string | undefined => {
        const value: unknown = fill[key];
        return typeof value === "string" && !isMockError(value) && value !== seeded[key] ? value : undefined;
      };
      const color = written("color");
      const pattern = written("pattern");
      const patternColor = written("patternColor");
      if (color === undefined && pattern === undefined && patternColor === undefined) continue;
      const next: FakeFill = {
        color: color ?? seeded.color,
        pattern: pattern ?? "Solid",
        patternColor: patternColor ?? seeded.patternColor,
      };
      sheet.fills.set(address.toUpperCase(), next);
      this.excel.ops.push({ kind: "setFill", sheet: sheet.name, address, value: next });
    }
  }
}

/** "items/name,items/type" -> "name,type" (what each item of a collection must load). */
function itemProperties(properties: string): string {
  return properties
    .split(",")
    .map((p) => p.trim().replace(/^items\//, ""))
    .join(",");
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The used range counting values only (getUsedRangeOrNullObject(true)). */
function usedBounds(model: FakeSheet): Bounds | undefined {
  let bounds: Bounds | undefined;
  model.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = model.formulas[r]?.[c];
      if (value === "" && !(typeof formula === "string" && formula.startsWith("="))) return;
      if (bounds === undefined) bounds = { top: r, left: c, bottom: r, right: c };
      else
        bounds = {
          top: Math.min(bounds.top, r),
          left: Math.min(bounds.left, c),
          bottom: Math.max(bounds.bottom, r),
          right: Math.max(bounds.right, c),
        };
    }),
  );
  return bounds;
}

function rangeText(b: Bounds): string {
  const col = (i: number): string =>
    i < 26 ? String.fromCharCode(65 + i) : col(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));
  return `${col(b.left)}${b.top + 1}:${col(b.right)}${b.bottom + 1}`;
}

// ---------------------------------------------------------------------------------------------
// Hand-made recorders for objects the adapter only writes.

export class RecorderSheet {
  readonly charts: { add: (type: string, source: RecorderRange, seriesBy?: string) => RecorderChart };
  readonly freezePanes: { freezeRows: (count: number) => void };
  readonly horizontalPageBreaks: { add: (address: string) => void };
  /** What the adapter set on the page layout, as written. */
  readonly pageLayout = {
    orientation: undefined as string | undefined,
    paperSize: undefined as string | undefined,
    zoom: undefined as unknown,
    printTitleRows: undefined as string | undefined,
    headersFooters: { defaultForAllPages: {} as Record<string, string> },
    setPrintTitleRows: (rows: string) => (this.pageLayout.printTitleRows = rows),
  };

  constructor(
    private readonly excel: FakeExcel,
    readonly model: FakeSheet,
  ) {
    this.charts = {
      add: (type, source, seriesBy) => {
        const chart = new RecorderChart(excel, model);
        excel.ops.push({
          kind: "addChart",
          sheet: model.name,
          address: source.address,
          value: { type, seriesBy, chart },
        });
        return chart;
      },
    };
    this.freezePanes = {
      freezeRows: (count) => excel.ops.push({ kind: "freezeRows", sheet: model.name, value: count }),
    };
    this.horizontalPageBreaks = {
      add: (address) => excel.ops.push({ kind: "pageBreak", sheet: model.name, address }),
    };
  }

  get name(): string {
    return this.model.name;
  }

  set name(value: string) {
    this.excel.checkNewName(value, this.model);
    this.excel.ops.push({ kind: "renameSheet", sheet: this.model.name, value });
    this.model.name = value;
  }

  getRange(address: string): RecorderRange {
    return new RecorderRange(this.excel, this, address);
  }

  activate(): void {
    this.excel.ops.push({ kind: "activate", sheet: this.model.name });
  }
}

export class RecorderRange {
  readonly format: {
    fill: { color: string; clear: () => void };
    font: { color: string; bold: boolean };
    columnWidth: number;
  };
  readonly conditionalFormats: { add: (type: string) => RecorderConditionalFormat };

  constructor(
    private readonly excel: FakeExcel,
    readonly sheet: RecorderSheet,
    readonly address: string,
  ) {
    const record = (kind: string, value: unknown): void => {
      excel.ops.push({ kind, sheet: sheet.model.name, address, value });
    };
    this.format = {
      fill: {
        set color(value: string) {
          record("set:fill", value);
        },
        get color(): string {
          throw new Error("write-only recorder");
        },
        clear: () => record("clearFill", undefined),
      },
      font: {
        set color(value: string) {
          record("set:fontColor", value);
        },
        get color(): string {
          throw new Error("write-only recorder");
        },
        set bold(value: boolean) {
          record("set:bold", value);
        },
        get bold(): boolean {
          throw new Error("write-only recorder");
        },
      },
      set columnWidth(value: number) {
        record("set:columnWidth", value);
      },
      get columnWidth(): number {
        throw new Error("write-only recorder");
      },
    };
    this.conditionalFormats = {
      add: (type) => {
        const format = new RecorderConditionalFormat(type);
        record("addConditionalFormat", format);
        return format;
      },
    };
  }

  set values(grid: Grid) {
    this.excel.ops.push({
      kind: "set:values",
      sheet: this.sheet.model.name,
      address: this.address,
      value: grid,
    });
  }

  get values(): Grid {
    throw new Error("write-only recorder");
  }

  set numberFormat(grid: Grid) {
    this.excel.ops.push({
      kind: "set:numberFormat",
      sheet: this.sheet.model.name,
      address: this.address,
      value: grid,
    });
  }

  get numberFormat(): Grid {
    throw new Error("write-only recorder");
  }
}

export class RecorderConditionalFormat {
  readonly textComparison = {
    rule: undefined as unknown,
    format: { fill: { color: undefined as unknown }, font: { color: undefined as unknown } },
  };

  constructor(readonly type: string) {}
}

/** A chart series as written: its name, cells, x values, line and markers. */
export class RecorderSeries {
  name = "";
  values: string | undefined;
  xValues: string | undefined;
  fill: string | undefined;
  markerStyle: string | undefined;
  markerSize: number | undefined;
  markerBackgroundColor: string | undefined;
  markerForegroundColor: string | undefined;
  readonly format = {
    fill: { setSolidColor: (colour: string) => (this.fill = colour) },
    line: {
      color: undefined as string | undefined,
      lineStyle: undefined as string | undefined,
      weight: undefined as number | undefined,
    },
  };
  setValues(range: RecorderRange): void {
    this.values = range.address;
  }
  setXAxisValues(range: RecorderRange): void {
    this.xValues = range.address;
  }
}

export class RecorderChart {
  title = { text: "" };
  name = "";
  position: unknown[] = [];
  displayBlanksAs: string | undefined;
  readonly legend = { position: undefined as string | undefined };
  readonly axes = {
    valueAxis: { minimum: undefined as number | undefined, maximum: undefined as number | undefined },
  };
  readonly allSeries: RecorderSeries[] = [new RecorderSeries()];
  get seriesColours(): (string | undefined)[] {
    return this.allSeries.map((s) => s.fill);
  }
  readonly series = {
    getItemAt: (index: number): RecorderSeries => {
      while (this.allSeries.length <= index) this.allSeries.push(new RecorderSeries());
      return this.allSeries[index]!;
    },
    add: (name: string): RecorderSeries => {
      const series = new RecorderSeries();
      series.name = name;
      this.allSeries.push(series);
      return series;
    },
  };

  constructor(
    private readonly excel: FakeExcel,
    private readonly model: FakeSheet,
  ) {}

  setPosition(start: string, end?: string): void {
    this.position = [start, end];
    this.excel.ops.push({ kind: "chart:setPosition", sheet: this.model.name, value: [start, end] });
  }
}

export class RecorderName {
  constructor(
    private readonly excel: FakeExcel,
    private readonly item: FakeName,
  ) {}

  set visible(value: boolean) {
    this.item.visible = value;
    this.excel.ops.push({ kind: "name:visible", value: { name: this.item.name, visible: value } });
  }

  get visible(): boolean {
    return this.item.visible;
  }
}
