/**
 * The requirement sets in manifest.xml are checked against the code, not kept from memory:
 * scripts/office-api-usage.js finds every Office.js API the add-in uses (TypeScript compiler API
 * + the [Api set: ...] annotations of @types/office-js, custom-functions-runtime, office-runtime)
 * and these tests compare what it needs with what the manifest declares.
 */
import * as fs from "fs";
import * as path from "path";
import { REQUIRED_EXCEL_API } from "../../src/excel/requirements";

interface ApiUse {
  api: string;
  set: string;
  version: string;
  where: string;
  kind: string;
  from: string;
  guard?: { set: string; version: string; how: string };
}
interface RequirementGap {
  api: string;
  where: string;
  needed: string;
  declared: string;
}
interface Scan {
  uses: ApiUse[];
  unclassified: { api: string; where: string; declaredIn: string }[];
  noSet: { api: string; where: string }[];
  files: string[];
}
interface OfficeApiUsage {
  scanOfficeApiUsage(options?: { root?: string; sources?: Record<string, string> }): Scan;
  neededSets(uses: readonly ApiUse[]): Map<string, { version: string; uses: ApiUse[] }>;
  declaredSets(xml: string): Map<string, string>;
  checkRequirementSets(uses: readonly ApiUse[], xml: string): RequirementGap[];
  formatGap(gap: RequirementGap): string;
  parseApiSets(comment: string): { set: string; version: string; qualifier?: string }[];
  SUPPLEMENT: readonly { api: string; set: string | null; version: string | null; source: string }[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const usage = require("../../scripts/office-api-usage.js") as OfficeApiUsage;

const ROOT = path.join(__dirname, "../..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

// Building a TypeScript program over office-js (180,000 lines of .d.ts) takes a few seconds.
jest.setTimeout(120_000);

let scan: Scan;
beforeAll(() => {
  scan = usage.scanOfficeApiUsage({ root: ROOT });
});

/** The distinct "Set X.Y" an API needs across its uses. */
function setsOf(api: string): string[] {
  return [...new Set(scan.uses.filter((u) => u.api === api).map((u) => `${u.set} ${u.version}`))];
}

/** Gaps reduced to what does not depend on line numbers, one per API. */
function gapSummary(gaps: readonly RequirementGap[]): string[] {
  return [...new Set(gaps.map((g) => `${g.api} needs ${g.needed}; declared ${g.declared}`))].sort();
}

function withSet(name: string, replacement: string): string {
  const pattern = new RegExp(`<Set Name="${name}" MinVersion="[^"]*"/>`);
  expect(manifest).toMatch(pattern);
  return manifest.replace(pattern, replacement);
}

describe("requirement sets: the code against manifest.xml", () => {
  test("the scan covers the add-in's folders", () => {
    expect(scan.files).toEqual(
      expect.arrayContaining([
        "src/functions/arguments.ts",
        "src/excel/write-summary.ts",
        "src/taskpane/taskpane.ts",
        "src/chosen-catalogue/restore-saved-catalogue.ts",
      ]),
    );
    expect(scan.files.every((f) => /^src\/(excel|taskpane|functions|chosen-catalogue)\//.test(f))).toBe(true);
  });

  test("every Office.js API the code uses is classified: an [Api set] in @types or a SUPPLEMENT row", () => {
    expect(
      scan.unclassified.map(
        (u) =>
          `${u.api} at ${u.where} (${u.declaredIn}) has no requirement-set annotation: add a SUPPLEMENT row`,
      ),
    ).toEqual([]);
  });

  test("manifest.xml declares every requirement set the code needs, at a high enough version", () => {
    expect(usage.checkRequirementSets(scan.uses, manifest).map(usage.formatGap)).toEqual([]);
  });

  test("the code needs CustomFunctionsRuntime 1.3 and ExcelApi 1.9, and the manifest declares exactly those", () => {
    const needed = usage.neededSets(scan.uses);
    expect(Object.fromEntries([...needed].map(([set, n]) => [set, n.version]))).toEqual({
      CustomFunctionsRuntime: "1.3",
      ExcelApi: "1.9",
    });
    const top = (set: string) => [...new Set(needed.get(set)?.uses.map((u) => u.api))].sort();
    expect(top("ExcelApi")).toEqual([
      "Excel.FillPattern",
      "Excel.HeaderFooter.centerFooter",
      "Excel.HeaderFooter.centerHeader",
      "Excel.HeaderFooter.leftFooter",
      "Excel.HeaderFooter.leftHeader",
      "Excel.HeaderFooter.rightFooter",
      "Excel.HeaderFooter.rightHeader",
      "Excel.HeaderFooterGroup.defaultForAllPages",
      "Excel.PageBreakCollection.add",
      "Excel.PageLayout.headersFooters",
      "Excel.PageLayout.orientation",
      "Excel.PageLayout.paperSize",
      "Excel.PageLayout.setPrintTitleRows",
      "Excel.PageLayout.zoom",
      "Excel.PageLayoutZoomOptions.horizontalFitToPages",
      "Excel.RangeFill.pattern",
      "Excel.RangeFill.patternColor",
      "Excel.Worksheet.horizontalPageBreaks",
      "Excel.Worksheet.pageLayout",
    ]);
    expect(top("CustomFunctionsRuntime")).toEqual([
      "CustomFunctions.ErrorCode.divisionByZero",
      "CustomFunctions.ErrorCode.invalidNumber",
      "CustomFunctions.ErrorCode.invalidValue",
      "CustomFunctions.ErrorCode.notAvailable",
    ]);
    // Declaring more than the code needs would keep older Excel out for nothing (and the README table true).
    const declared = usage.declaredSets(manifest);
    expect(declared.get("ExcelApi")).toBe(needed.get("ExcelApi")?.version);
    expect(declared.get("CustomFunctionsRuntime")).toBe(needed.get("CustomFunctionsRuntime")?.version);
    // SharedRuntime is needed by the manifest's <Runtime lifetime="long">, not by an API call.
    expect(declared.get("SharedRuntime")).toBe("1.1");
  });

  test("the pane's start-up check asks for the ExcelApi version the code needs", () => {
    expect(REQUIRED_EXCEL_API).toEqual({
      name: "ExcelApi",
      version: usage.neededSets(scan.uses).get("ExcelApi")?.version,
    });
  });

  test.each([
    ["Excel.ConditionalFormatCollection.add", "ExcelApi 1.6"],
    ["Excel.Range.conditionalFormats", "ExcelApi 1.6"],
    ["Excel.TextConditionalFormat.rule", "ExcelApi 1.6"],
    ["Excel.ConditionalTextComparisonRule.operator", "ExcelApi 1.6"],
    ["Excel.Application.suspendApiCalculationUntilNextSync", "ExcelApi 1.6"],
    ["Excel.Worksheet.freezePanes", "ExcelApi 1.7"],
    ["Excel.Workbook.name", "ExcelApi 1.7"],
    ["Excel.NamedItemCollection.add", "ExcelApi 1.4"],
    ["Excel.SettingCollection.getItemOrNullObject", "ExcelApi 1.4"],
    ["Excel.Worksheet.getUsedRangeOrNullObject", "ExcelApi 1.4"],
    ["Excel.RangeFormat.columnWidth", "ExcelApi 1.2"],
    ["Excel.ChartCollection.add", "ExcelApi 1.1"],
    ["Excel.RangeFill.pattern", "ExcelApi 1.9"],
    ["Excel.run", "ExcelApi 1.1"],
    ["CustomFunctions.Error", "CustomFunctionsRuntime 1.2"],
    ["CustomFunctions.Error.constructor", "CustomFunctionsRuntime 1.2"],
    ["CustomFunctions.ErrorCode.invalidNumber", "CustomFunctionsRuntime 1.3"],
    ["CustomFunctions.ErrorCode.divisionByZero", "CustomFunctionsRuntime 1.3"],
  ])("%s needs %s", (api, set) => {
    expect(setsOf(api)).toEqual([set]);
  });

  test("Office.onReady, Office.context and context.sync belong to no set (SUPPLEMENT rows)", () => {
    const apis = new Set(scan.noSet.map((u) => u.api));
    for (const api of [
      "Office.onReady",
      "Office.Context.requirements",
      "Office.HostType.Excel",
      "OfficeExtension.ClientRequestContext.sync",
    ])
      expect(apis).toContain(api);
  });

  test("every SUPPLEMENT row cites a Microsoft page", () => {
    for (const row of usage.SUPPLEMENT) expect(row.source).toMatch(/^https:\/\/learn\.microsoft\.com\//);
  });
});

describe("requirement sets: the check fails when the manifest is short", () => {
  test("CustomFunctionsRuntime 1.1 (as the manifest had): CustomFunctions.Error and the error codes are named", () => {
    const gaps = usage.checkRequirementSets(
      scan.uses,
      withSet("CustomFunctionsRuntime", '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>'),
    );
    expect(gapSummary(gaps)).toEqual([
      "CustomFunctions.Error needs CustomFunctionsRuntime 1.2; declared CustomFunctionsRuntime 1.1",
      "CustomFunctions.Error.constructor needs CustomFunctionsRuntime 1.2; declared CustomFunctionsRuntime 1.1",
      "CustomFunctions.ErrorCode needs CustomFunctionsRuntime 1.2; declared CustomFunctionsRuntime 1.1",
      "CustomFunctions.ErrorCode.divisionByZero needs CustomFunctionsRuntime 1.3; declared CustomFunctionsRuntime 1.1",
      "CustomFunctions.ErrorCode.invalidNumber needs CustomFunctionsRuntime 1.3; declared CustomFunctionsRuntime 1.1",
      "CustomFunctions.ErrorCode.invalidValue needs CustomFunctionsRuntime 1.3; declared CustomFunctionsRuntime 1.1",
      "CustomFunctions.ErrorCode.notAvailable needs CustomFunctionsRuntime 1.3; declared CustomFunctionsRuntime 1.1",
    ]);
    expect(gaps.every((g) => /^src\/functions\/arguments\.ts:\d+$/.test(g.where))).toBe(true);
    expect(
      usage.formatGap(gaps.find((g) => g.api === "CustomFunctions.Error.constructor") as RequirementGap),
    ).toMatch(
      /^CustomFunctions\.Error\.constructor at src\/functions\/arguments\.ts:\d+ needs CustomFunctionsRuntime 1\.2; the manifest declares CustomFunctionsRuntime 1\.1$/,
    );
  });

  test("CustomFunctionsRuntime 1.2: only the 1.3 error codes", () => {
    const gaps = usage.checkRequirementSets(
      scan.uses,
      withSet("CustomFunctionsRuntime", '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>'),
    );
    expect(gapSummary(gaps).map((g) => g.split(" ")[0])).toEqual([
      "CustomFunctions.ErrorCode.divisionByZero",
      "CustomFunctions.ErrorCode.invalidNumber",
      "CustomFunctions.ErrorCode.invalidValue",
      "CustomFunctions.ErrorCode.notAvailable",
    ]);
  });

  test("ExcelApi 1.6: the 1.7, 1.8 and 1.9 APIs are named (the SPC line charts need 1.7 and 1.8, the values-only copy's new workbook 1.8)", () => {
    const gaps = usage.checkRequirementSets(
      scan.uses,
      withSet("ExcelApi", '<Set Name="ExcelApi" MinVersion="1.6"/>'),
    );
    expect(gapSummary(gaps)).toEqual([
      "Excel.Chart.displayBlanksAs needs ExcelApi 1.8; declared ExcelApi 1.6",
      "Excel.ChartLineFormat.lineStyle needs ExcelApi 1.7; declared ExcelApi 1.6",
      "Excel.ChartLineFormat.weight needs ExcelApi 1.7; declared ExcelApi 1.6",
      "Excel.ChartSeries.markerBackgroundColor needs ExcelApi 1.7; declared ExcelApi 1.6",
      "Excel.ChartSeries.markerForegroundColor needs ExcelApi 1.7; declared ExcelApi 1.6",
      "Excel.ChartSeries.markerSize needs ExcelApi 1.7; declared ExcelApi 1.6",
      "Excel.ChartSeries.markerStyle needs ExcelApi 1.7; declared ExcelApi 1.6",
      "Excel.ChartSeries.setValues needs ExcelApi 1.7; declared ExcelApi 1.6",
      "Excel.ChartSeries.setXAxisValues needs ExcelApi 1.7; declared ExcelApi 1.6",
      "Excel.ChartSeriesCollection.add needs ExcelApi 1.7; declared ExcelApi 1.6",
      "Excel.FillPattern needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.HeaderFooter.centerFooter needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.HeaderFooter.centerHeader needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.HeaderFooter.leftFooter needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.HeaderFooter.leftHeader needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.HeaderFooter.rightFooter needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.HeaderFooter.rightHeader needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.HeaderFooterGroup.defaultForAllPages needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.PageBreakCollection.add needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.PageLayout.headersFooters needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.PageLayout.orientation needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.PageLayout.paperSize needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.PageLayout.setPrintTitleRows needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.PageLayout.zoom needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.PageLayoutZoomOptions.horizontalFitToPages needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.RangeFill.pattern needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.RangeFill.patternColor needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.Workbook.name needs ExcelApi 1.7; declared ExcelApi 1.6",
      "Excel.Worksheet.freezePanes needs ExcelApi 1.7; declared ExcelApi 1.6",
      "Excel.Worksheet.horizontalPageBreaks needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.Worksheet.pageLayout needs ExcelApi 1.9; declared ExcelApi 1.6",
      "Excel.WorksheetFreezePanes.freezeRows needs ExcelApi 1.7; declared ExcelApi 1.6",
      "Excel.createWorkbook needs ExcelApi 1.8; declared ExcelApi 1.6",
    ]);
  });

  test("ExcelApi 1.1: conditional formats, settings and names are named too", () => {
    const apis = gapSummary(
      usage.checkRequirementSets(scan.uses, withSet("ExcelApi", '<Set Name="ExcelApi" MinVersion="1.1"/>')),
    );
    expect(apis).toEqual(
      expect.arrayContaining([
        "Excel.ConditionalFormatCollection.add needs ExcelApi 1.6; declared ExcelApi 1.1",
        "Excel.NamedItemCollection.add needs ExcelApi 1.4; declared ExcelApi 1.1",
        "Excel.RangeFormat.columnWidth needs ExcelApi 1.2; declared ExcelApi 1.1",
        "Excel.SettingCollection.add needs ExcelApi 1.4; declared ExcelApi 1.1",
      ]),
    );
    expect(apis.some((a) => a.startsWith("Excel.ChartCollection.add"))).toBe(false);
  });

  test("a set removed from the manifest: every use of it is reported as not declared", () => {
    const gaps = usage.checkRequirementSets(scan.uses, withSet("CustomFunctionsRuntime", ""));
    expect(gaps.length).toBe(scan.uses.filter((u) => u.set === "CustomFunctionsRuntime").length);
    expect(gaps.every((g) => g.declared === "not declared")).toBe(true);
    expect(gapSummary(gaps)).toContain(
      "CustomFunctions.ErrorCode.invalidNumber needs CustomFunctionsRuntime 1.3; declared not declared",
    );
  });

  test("a Set without MinVersion takes the Sets' DefaultMinVersion", () => {
    const declared = usage.declaredSets(withSet("ExcelApi", '<Set Name="ExcelApi"/>'));
    expect(declared.get("ExcelApi")).toBe("1.1");
  });
});

describe("requirement sets: the scanner", () => {
  test.each([
    ["[Api set: CustomFunctionsRuntime 1.2]", [{ set: "CustomFunctionsRuntime", version: "1.2" }]],
    [
      "[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]",
      [{ set: "ExcelApi", version: "1.1" }],
    ],
    [
      "[Api set: ExcelApi 1.1 for String,Integer,Double,Boolean,Range,Error; 1.7 for Array]",
      [{ set: "ExcelApi", version: "1.1" }],
    ],
    ["[Api set: SharedRuntime 1.1, Mailbox 1.10]", [{ set: "SharedRuntime", version: "1.1" }]],
    ["[Api set: Mailbox 1.8]", [{ set: "Mailbox", version: "1.8" }]],
    ["[Api set:  1.1]", []],
    [
      "* **Requirement set**: {@link https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets | SharedRuntime 1.1}",
      [{ set: "SharedRuntime", version: "1.1" }],
    ],
    ["no annotation here", []],
  ])("parseApiSets(%j)", (comment, expected) => {
    expect(usage.parseApiSets(comment).map(({ set, version }) => ({ set, version }))).toEqual(expected);
  });

  test("isSetSupported guards with a fallback, and the whitelist comment, let a use exceed the manifest", () => {
    const source = `
export function ifElse(sheet: Excel.Worksheet): void {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.12")) {
    sheet.customProperties.add("k", "v");
  } else {
    sheet.getRange("A1").values = [["v"]];
  }
}
export function noFallback(sheet: Excel.Worksheet): void {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.12")) {
    sheet.customProperties.add("k", "v");
  }
}
export function versionTooLow(sheet: Excel.Worksheet): void {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.11")) {
    sheet.customProperties.add("k", "v");
  } else {
    sheet.getRange("A1").values = [["v"]];
  }
}
export function earlyReturn(sheet: Excel.Worksheet): string {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.12")) return "needs a newer Excel";
  sheet.customProperties.add("k", "v");
  return "done";
}
export const ternary = (sheet: Excel.Worksheet) => (Office.context.requirements.isSetSupported("ExcelApi", "1.12") ? sheet.customProperties : undefined);
// requirement-set: guarded by isSetSupported("ExcelApi", "1.12")
export function byComment(sheet: Excel.Worksheet): void {
  sheet.customProperties.add("k", "v");
}
export function write(sheet: Excel.Worksheet): void {
  sheet.visibility = "Hidden";
  void sheet.visibility;
}
`;
    const virtual = usage.scanOfficeApiUsage({
      root: ROOT,
      sources: { "src/excel/__requirement-sets-fixture__.ts": source },
    });
    const lineOf = (text: string) => source.split("\n").findIndex((l) => l.includes(text)) + 1;
    const fn = (where: string) => {
      const line = Number(where.split(":").pop());
      const starts = [...source.matchAll(/export (?:function|const) (\w+)/g)].map((m) => ({
        name: m[1],
        line: lineOf(m[0]),
      }));
      return starts.filter((s) => s.line <= line).pop()?.name;
    };
    const guarded = virtual.uses
      .filter((u) => u.api === "Excel.Worksheet.customProperties" && u.guard)
      .map((u) => `${fn(u.where)} ${u.guard?.how}`);
    expect(guarded).toEqual([
      "ifElse if/else",
      "earlyReturn early return",
      "ternary ?:",
      "byComment comment",
    ]);
    const gaps = usage.checkRequirementSets(virtual.uses, manifest);
    expect(gaps.map((g) => `${g.api} in ${fn(g.where)} needs ${g.needed}`)).toEqual([
      "Excel.Worksheet.customProperties in noFallback needs ExcelApi 1.12",
      "Excel.WorksheetCustomPropertyCollection.add in noFallback needs ExcelApi 1.12",
      "Excel.Worksheet.customProperties in versionTooLow needs ExcelApi 1.12",
      "Excel.WorksheetCustomPropertyCollection.add in versionTooLow needs ExcelApi 1.12",
    ]);
    // [Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]
    const visibility = virtual.uses
      .filter((u) => u.api === "Excel.Worksheet.visibility")
      .map((u) => `${u.kind} ${u.set} ${u.version}`);
    expect(visibility).toEqual(["write ExcelApi 1.2", "read ExcelApi 1.1"]);
  });
});

test("the workbook's file comes through getFileAsync only after a check for the File set, which is not required of the manifest", () => {
  const guarded = scan.uses.filter((u) => u.set === "File");
  expect(guarded.length).toBeGreaterThan(0);
  expect(guarded.every((u) => u.guard !== undefined && u.where.startsWith("src/excel/file-copy.ts"))).toBe(
    true,
  );
  expect(setsOf("Office.File.getSliceAsync")).toEqual(["File 1.1"]);
});
