import * as fs from "fs";
import * as path from "path";
import { DIST, ensureBuilt } from "../e2e/workbench-env";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/manifest-checks.js") as {
  checkManifest: (xml: string) => { problems: string[] };
};

/** What `npm run build` must produce (issue 2, "Done when"). Builds dist/ first if needed. */
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; description?: string }[];
}

beforeAll(() => ensureBuilt(), 600_000);

test("functions.json lists the twelve KPI functions, each with a description, parameter help and a help URL that lands on a heading", () => {
  const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
    functions: FunctionMetadata[];
  };
  const help = fs.readFileSync(path.join(DIST, "help.html"), "utf8");
  expect(metadata.functions.map((f) => f.id)).toEqual([
    "RAG",
    "DIRECTION",
    "GAP",
    "BAND",
    "PEERRANK",
    "SPC",
    "ASSURANCE",
    "SPCLIMITS",
    "STATUS",
    "ONTRACK",
    "FORECAST",
    "CURVE",
  ]);
  for (const f of metadata.functions) {
    expect(f.description?.length ?? 0).toBeGreaterThan(20);
    for (const p of f.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(5);
    const anchor = `kpi${f.id.toLowerCase()}`;
    expect(f.helpUrl).toBe(`https://localhost:3000/help.html#${anchor}`);
    expect(help).toMatch(new RegExp(`id="?${anchor}"?[ >]`));
  }
});

test("the built manifest passes the offline checks and the bundles exist", () => {
  expect(checkManifest(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8")).problems).toEqual([]);
  for (const file of [
    "taskpane.html",
    "taskpane.js",
    "functions.js",
    "workbench.html",
    "workbench.js",
    "assets/icon-32.png",
  ]) {
    expect(fs.existsSync(path.join(DIST, file))).toBe(true);
  }
  // The pane page loads only its own bundle, which registers the functions (shared runtime).
  const pane = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  expect(pane).toMatch(/taskpane\.js/);
  expect(pane).not.toMatch(/functions\.js/);
});

test("functions.js stays small: at most 60 KB minified (no catalogue parser, schema compiler or CSV reader)", () => {
  expect(fs.statSync(path.join(DIST, "functions.js")).size).toBeLessThanOrEqual(60_000);
  const bundle = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  // ajv's and csv-parse's own error texts would be in the bundle if either were.
  expect(bundle).not.toMatch(/unknown keyword: |Invalid Record Length/);
});

test("the workbench's first load is at most 650 KB (half of the 1.3 MB it was) and leaves exceljs to the summary", () => {
  expect(fs.statSync(path.join(DIST, "workbench.js")).size).toBeLessThanOrEqual(650_000);
  // exceljs's own error text: in the chunk the summary loads, not in the page's bundle.
  const exceljsText = /Out of bounds\. Excel supports columns/;
  expect(fs.readFileSync(path.join(DIST, "workbench.js"), "utf8")).not.toMatch(exceljsText);
  const chunks = fs.readdirSync(DIST).filter((name) => /^\d+\.js$/.test(name));
  expect(chunks.some((name) => exceljsText.test(fs.readFileSync(path.join(DIST, name), "utf8")))).toBe(true);
  const page = fs.readFileSync(path.join(DIST, "workbench.html"), "utf8");
  expect(page.match(/<script[^>]*src=[^>]*>/g)).toEqual([expect.stringMatching(/workbench\.js/)]);
});

test("no page compiles code at run time: ajv's compiler is in no bundle, and the workbench allows no eval", () => {
  // The catalogue schema check is compiled ahead of time (scripts/generate-schema-validator.js).
  for (const name of fs.readdirSync(DIST).filter((n) => n.endsWith(".js")))
    expect([name, /unknown keyword: /.test(fs.readFileSync(path.join(DIST, name), "utf8"))]).toEqual([
      name,
      false,
    ]);
  const page = fs.readFileSync(path.join(DIST, "workbench.html"), "utf8");
  expect(page).toMatch(/script-src 'self';/);
  expect(page).not.toMatch(/unsafe-eval/);
});
