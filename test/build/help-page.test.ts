/**
 * dist/help.html is the page every KPI function's help link opens (@helpurl in functions.ts):
 * help for Excel users, built by webpack from docs/help.md (dist/ is built by jest's global
 * setup when anything webpack reads is newer than the last build).
 */
import * as fs from "fs";
import * as path from "path";
import { chromium } from "playwright-core";
import { FINDING_SEVERITY } from "../../src/core/validation/findings";
import { browserLaunchOptions, describeInBrowser, DIST, ensureBuilt, ROOT } from "../e2e/workbench-env";

const HELP = path.join(DIST, "help.html");
/** What help.html is built from: dist/ must be newer than each. */
const HELP_SOURCES = [
  "docs/help.md",
  "webpack.config.js",
  "src/functions/functions.ts",
  "src/core/validation/findings.ts",
  "docs/taskpane.png",
];

function mtime(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

/** dist/ with a help.html at least as new as its sources: jest's global setup builds dist/ when anything webpack reads changed. */
function ensureHelpBuilt(): void {
  ensureBuilt();
  const newestSource = Math.max(...HELP_SOURCES.map((file) => mtime(path.join(ROOT, file))));
  if (mtime(path.join(DIST, ".build-stamp")) < newestSource)
    throw new Error("dist/ is older than the help page's sources: run npm run build.");
}

interface KpiFunction {
  readonly id: string;
  readonly anchor: string;
  readonly parameters: readonly string[];
}

/** The functions as functions.json gets them: id, @helpurl anchor and parameter names from the JSDoc of functions.ts. */
function kpiFunctions(): KpiFunction[] {
  const source = fs.readFileSync(path.join(ROOT, "src/functions/functions.ts"), "utf8");
  const found: KpiFunction[] = [];
  for (const match of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (?:async )?function/g)) {
    const doc = match[1] ?? "";
    const id = /@customfunction\s+(\w+)/.exec(doc)?.[1];
    if (!id) continue;
    const anchor = /@helpurl\s+\S*help\.html#([\w-]+)/.exec(doc)?.[1] ?? "";
    const parameters = [...doc.matchAll(/@param\s+\{[^}]+\}\s+\[?(\w+)/g)].map((p) => p[1] ?? "");
    found.push({ id, anchor, parameters });
  }
  return found;
}

/** Values of one attribute on every tag of a kind, quoted or not (the page is minified). */
function attributeValues(html: string, tag: string, attribute: string): string[] {
  const values: string[] = [];
  for (const element of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "gi"))) {
    const value = new RegExp(`\\s${attribute}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(element[0]);
    if (value) values.push(value[1] ?? value[2] ?? value[3] ?? "");
  }
  return values;
}

/** The page's text, without tags, style or script. */
function pageText(html: string): string {
  return html
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<\/?[a-zA-Z][^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The HTML from the heading with this id up to the next heading of the same or a higher level. */
function section(html: string, id: string): { heading: string; body: string } | undefined {
  const start = new RegExp(
    `<h([1-6])\\b[^>]*\\sid=(?:"${id}"|'${id}'|${id}(?=[\\s>]))[^>]*>([\\s\\S]*?)</h\\1>`,
    "i",
  ).exec(html);
  if (!start) return undefined;
  const level = Number(start[1]);
  const rest = html.slice(start.index + start[0].length);
  const next = new RegExp(`<h[1-${level}]\\b`, "i").exec(rest);
  return { heading: pageText(start[2] ?? "").trim(), body: next ? rest.slice(0, next.index) : rest };
}

const FUNCTIONS = kpiFunctions();
let html = "";

beforeAll(() => {
  ensureHelpBuilt();
  html = fs.readFileSync(HELP, "utf8");
}, 900_000);

test("functions.ts names the twelve functions, each with a help anchor", () => {
  expect(FUNCTIONS.map((f) => f.id)).toEqual([
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
  for (const f of FUNCTIONS) expect(f.anchor).toBe(`kpi${f.id.toLowerCase()}`);
});

test.each(FUNCTIONS.map((f) => [f.id, f] as const))(
  "KPI.%s: its help anchor lands on its own section, which names every argument and has examples",
  (_, f) => {
    const found = section(html, f.anchor);
    expect(found).toBeDefined();
    expect(found!.heading).toBe(`KPI.${f.id}`);
    const text = pageText(found!.body);
    for (const parameter of f.parameters)
      expect(found!.body).toMatch(new RegExp(`<code>${parameter}</code>`));
    expect(text).toMatch(new RegExp(`=KPI\\.${f.id}\\([^)]*\\)\\s+→`));
  },
);

test("every id is unique and every in-page link has its target", () => {
  const ids = attributeValues(html, "[a-z][a-z0-9]*", "id");
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  const anchors = attributeValues(html, "a", "href").filter((href) => href.startsWith("#"));
  expect(anchors.length).toBeGreaterThan(5);
  for (const href of anchors) expect(ids).toContain(href.slice(1));
});

test("the findings table lists every finding code with its severity and when it is raised", () => {
  const findings = section(html, "findings");
  expect(findings).toBeDefined();
  const rows = new Map<string, string[]>();
  for (const row of findings!.body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)) {
    const cells = [...(row[1] ?? "").matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) =>
      pageText(c[1] ?? "").trim(),
    );
    if (cells.length === 3) rows.set(cells[0]!, cells.slice(1));
  }
  const missing = Object.keys(FINDING_SEVERITY).filter((code) => !rows.has(code));
  expect(missing).toEqual([]);
  for (const [code, severity] of Object.entries(FINDING_SEVERITY)) {
    expect([code, rows.get(code)?.[0]]).toEqual([code, severity]);
    expect([code, (rows.get(code)?.[1] ?? "").length > 10]).toEqual([code, true]);
  }
});

test("says how blanks, placeholders and suppressed cells are read", () => {
  const cells = section(html, "how-cells-are-read");
  expect(cells).toBeDefined();
  const text = pageText(cells!.body);
  for (const mark of ["na", "tbc", "<5", "*", "[c]", "~"]) expect(text).toContain(mark);
  expect(text).toMatch(/never a zero/);
});

test("has no developer material: no npm commands, no build or test tooling", () => {
  const text = pageText(html);
  expect(text).not.toMatch(/\bnpm /i);
  expect(text).not.toMatch(/\bnpx\b|\bwebpack\b|\bjest\b|node_modules|npm run|benchmark.*\bms\b/i);
});

test("every image and every linked file is in dist/", () => {
  const local = (url: string) => !/^(https?:|data:|mailto:|#)/i.test(url);
  const files = [...attributeValues(html, "img", "src"), ...attributeValues(html, "a", "href")]
    .filter(local)
    .map((url) => decodeURIComponent(url.split(/[?#]/)[0] ?? ""));
  for (const file of files) expect([file, fs.existsSync(path.join(DIST, file))]).toEqual([file, true]);
});

describeInBrowser()("help.html in a browser", () => {
  test("each function's help link scrolls to its heading, and every image loads", async () => {
    const browser = await chromium.launch(await browserLaunchOptions());
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      for (const f of FUNCTIONS) {
        await page.goto(`file://${HELP}#${f.anchor}`);
        const heading = await page.evaluate((id) => {
          const element = document.getElementById(id);
          return element
            ? {
                tag: element.tagName,
                text: element.textContent,
                top: Math.round(element.getBoundingClientRect().top),
              }
            : undefined;
        }, f.anchor);
        expect(heading).toEqual({ tag: "H2", text: `KPI.${f.id}`, top: expect.any(Number) });
        expect(Math.abs(heading!.top)).toBeLessThan(20);
      }
      const images = await page.evaluate(() =>
        [...document.images].map((image) => ({
          src: image.getAttribute("src"),
          loaded: image.complete && image.naturalWidth > 0,
        })),
      );
      for (const image of images) expect(image).toEqual({ src: image.src, loaded: true });
    } finally {
      await browser.close();
    }
  }, 120_000);
});
