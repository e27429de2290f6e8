import * as fs from "fs";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/manifest-checks.js") as {
  checkManifest: (xml: string) => { problems: string[]; summary: Record<string, unknown> };
};

const manifest = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");

describe("offline manifest checks", () => {
  test("the project manifest passes with the KPI namespace on one https origin", () => {
    const { problems, summary } = checkManifest(manifest);
    expect(problems).toEqual([]);
    expect(summary.namespace).toBe("KPI");
    expect(summary.origin).toBe("https://localhost:3000");
    expect(summary.requirementSets).toEqual(
      expect.arrayContaining(["SharedRuntime", "CustomFunctionsRuntime"]),
    );
  });

  test("broken XML is reported with its line", () => {
    const { problems } = checkManifest(
      manifest
        .replace("</DisplayName>", "")
        .replace('<DisplayName DefaultValue="Scorecard Kit"/>', "<DisplayName>"),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/not well-formed XML.*line \d+/);
  });

  test("a resid with no resource is named", () => {
    const { problems } = checkManifest(
      manifest.replace('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Nmspace"/>'),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('uses resid "Functions.Nmspace", which no resource defines'),
        'Resource "Functions.Namespace" is defined but never used.',
      ]),
    );
  });

  test("http and a second origin are both reported", () => {
    const xml = manifest.replace(
      'DefaultValue="https://localhost:3000/functions.json"',
      'DefaultValue="http://cdn.example.com/functions.json"',
    );
    const { problems } = checkManifest(xml);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"http://cdn.example.com/functions.json" must use https'),
        "All URLs must be on one origin; found https://localhost:3000, http://cdn.example.com.",
      ]),
    );
  });

  test("a custom-functions extension point without metadata, and missing requirement sets", () => {
    const xml = manifest
      .replace(/<Metadata>[\s\S]*?<\/Metadata>/, "")
      .replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', "")
      .replace(
        '<bt:Url id="Functions.Metadata.Url" DefaultValue="https://localhost:3000/functions.json"/>',
        "",
      );
    const { problems } = checkManifest(xml);
    expect(problems).toEqual([
      'The CustomFunctions extension point needs <Metadata><SourceLocation resid="..."/></Metadata>.',
      '<Requirements> must declare the "SharedRuntime" requirement set.',
    ]);
  });

  test("the shared runtime must be the functions' page", () => {
    const { problems } = checkManifest(
      manifest.replace(
        '<Runtime resid="Taskpane.Url" lifetime="long"/>',
        '<Runtime resid="Help.Url" lifetime="long"/>',
      ),
    );
    expect(problems).toEqual([
      'The shared runtime ("Help.Url") must be the same page as the custom functions ("Taskpane.Url").',
    ]);
  });
});
