/**
 * End to end in a real browser: the workbench page (dist/workbench.html) served from 127.0.0.1,
 * driven by playwright-core in the browser scripts/find-browser.js finds (CHROMIUM_PATH, a system
 * Chromium or Chrome, or the headless Chromium inside @sparticuz/chromium), as a new user would use it.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx";
import { checkWorkbook, summarizeWorkbook } from "../../src/core/engine";
import { ALL_INDICATORS, readRagTable, SUMMARY_SHEETS } from "../../src/core/summary";
import { SEVERITIES } from "../../src/core/validation/findings";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { BROWSER, browserLaunchOptions, describeInBrowser, DIST, ensureBuilt, ROOT } from "./workbench-env";
import { DIRECTORATE_COUNTS } from "../support/example-counts";
import * as W from "../support/workbooks";
import JSZip from "jszip";
import { fixtureWorkbook } from "../adapters/xlsx/freeze/fixture";

jest.setTimeout(120_000);

interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}
// scripts/serve-dist.js is plain Node so scripts/screenshots.js can share it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDirectory } = require("../../scripts/serve-dist.js") as {
  serveDirectory(root: string): Promise<StaticServer>;
};

const EXAMPLE_FILE = "directorate-scorecard-2012-13-q2.xlsx";

let browser: Browser;
let server: StaticServer;
let snapshot: WorkbookSnapshot;

describeInBrowser()(
  `the workbench in a browser (${BROWSER.kind === "none" ? "none found" : BROWSER.source})`,
  () => {
    beforeAll(async () => {
      ensureBuilt();
      const read = await readWorkbookSnapshot(
        fs.readFileSync(path.join(ROOT, "examples", EXAMPLE_FILE)),
        EXAMPLE_FILE,
      );
      if (!read.ok) throw new Error(read.reason);
      snapshot = read.snapshot;
      server = await serveDirectory(DIST);
      browser = await chromium.launch(await browserLaunchOptions());
    }, 660_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /** A fresh page that records every request, page error and console error. */
    async function openPage(
      pathname: string,
    ): Promise<{ page: Page; context: BrowserContext; requests: string[]; problems: string[] }> {
      const context = await browser.newContext({
        acceptDownloads: true,
        viewport: { width: 1400, height: 900 },
      });
      const page = await context.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      context.on("request", (request) => void requests.push(request.url()));
      page.on("pageerror", (error) => void problems.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console error: ${message.text()}`);
      });
      await page.goto(server.url + pathname);
      return { page, context, requests, problems };
    }

    /** Requests that went anywhere but the local server (blob: and data: URLs stay in the page). */
    function leftTheMachine(requests: readonly string[]): string[] {
      return requests.filter(
        (url) => !url.startsWith(server.url) && !url.startsWith("blob:") && !url.startsWith("data:"),
      );
    }

    async function shownCounts(page: Page): Promise<Record<string, number>> {
      const counts: Record<string, number> = {};
      for (const severity of SEVERITIES) {
        counts[severity] = Number(
          await page.locator(`.sk-count[data-severity="${severity}"] .sk-count-number`).innerText(),
        );
      }
      return counts;
    }

    test("open the example, validate, go to a finding, generate and download the summary", async () => {
      const { page, context, requests, problems } = await openPage("workbench.html");

      await page.getByRole("button", { name: "Load example workbook" }).click();
      await page.locator("#wb-status", { hasText: "Opened directorate-scorecard-2012-13-q2.xlsx" }).waitFor();
      await page.getByRole("tab", { name: /Scorecard Q2/ }).waitFor();

      // Typed RAG words are coloured as the summary colours them; long text has a tooltip with all of it.
      await expect(page.locator('td[data-address="D4"]').innerText()).resolves.toBe("Green");
      await expect(
        page.locator('td[data-address="D4"]').evaluate((td) => getComputedStyle(td).backgroundColor),
      ).resolves.toBe("rgb(198, 239, 206)");
      await expect(
        page.locator('td[data-address="D7"]').evaluate((td) => getComputedStyle(td).backgroundColor),
      ).resolves.toBe("rgb(255, 235, 156)");
      const cut = await page
        .locator("td[data-address]")
        .evaluateAll((cells) =>
          cells
            .filter((td) => td.scrollWidth > td.clientWidth)
            .map((td) => [td.getAttribute("title"), td.textContent]),
        );
      expect(cut.length).toBeGreaterThan(0); // the example has text wider than a 12em column
      expect(cut.filter(([title, text]) => title !== text)).toEqual([]);

      // Record the progress bar's values while validating.
      await page.evaluate(() => {
        const box = document.querySelector('[role="progressbar"]')?.parentElement;
        const seen: string[] = [];
        (window as unknown as { progressSeen: string[] }).progressSeen = seen;
        const record = (target: Element, attribute: string | null): string =>
          attribute === "hidden"
            ? target.hasAttribute("hidden")
              ? "hidden"
              : "shown"
            : (target.getAttribute("aria-valuenow") ?? "");
        if (box)
          new MutationObserver((changes) =>
            changes.forEach((change) => seen.push(record(change.target as Element, change.attributeName))),
          ).observe(box, { subtree: true, attributes: true, attributeFilter: ["hidden", "aria-valuenow"] });
      });
      await page.getByRole("button", { name: "Validate workbook" }).click();
      await page.locator(".sk-counts .sk-count").first().waitFor();

      // Counts shown = the engine's counts for the same file (DIRECTORATE_COUNTS).
      const engine = checkWorkbook(snapshot).report;
      expect(await shownCounts(page)).toEqual(engine.counts);
      expect(engine.counts).toEqual(DIRECTORATE_COUNTS);
      const progressSeen = await page.evaluate(
        () => (window as unknown as { progressSeen: string[] }).progressSeen,
      );
      // Shown while running, values rising to 100, hidden when done.
      expect(progressSeen[0]).toBe("shown");
      expect(progressSeen[progressSeen.length - 1]).toBe("hidden");
      const values = progressSeen.filter((v) => /^\d+$/.test(v)).map(Number);
      expect(values[values.length - 1]).toBe(100);
      expect(values.every((v, i) => i === 0 || v >= values[i - 1]!)).toBe(true);

      // A known finding is listed as a button, and choosing it focuses and marks the preview cell.
      const finding = page.getByRole("button", { name: /^Scorecard Q2!D4\s*rag\/mismatch/ });
      await expect(finding.innerText()).resolves.toContain(
        "The typed colour is Green but the numbers give Amber",
      );
      await finding.click();
      const focused = () =>
        page.evaluate(() => ({
          address: document.activeElement?.getAttribute("data-address"),
          classes: document.activeElement?.className ?? "",
        }));
      expect(await focused()).toEqual({
        address: "D4",
        classes: expect.stringMatching(/wb-mark-error.*wb-selected|wb-selected.*wb-mark-error/),
      });
      expect(await page.locator('td[data-address="D4"]').getAttribute("title")).toContain("rag/mismatch");

      // Keyboard: Enter on another finding goes to its cell.
      await page.getByRole("button", { name: /^Scorecard Q2!D7\s*rag\/mismatch/ }).focus();
      await page.keyboard.press("Enter");
      expect((await focused()).address).toBe("D7");

      // The filter narrows the list.
      await page.getByLabel("Filter findings").fill("value/not-numeric");
      await expect(page.locator(".sk-finding").count()).resolves.toBe(
        engine.findings.filter((f) => f.code === "value/not-numeric").length,
      );
      expect(await page.locator(".sk-finding").count()).toBe(1); // H22 (see the CLI report)
      await page.getByLabel("Filter findings").fill("");

      // Clear highlights removes the marks; Highlight cells puts them back.
      await page.getByRole("button", { name: "Clear highlights" }).click();
      await expect(page.locator("td.wb-mark").count()).resolves.toBe(0);
      await page.getByRole("button", { name: "Highlight cells" }).click();
      await expect(page.locator("td.wb-mark").count()).resolves.toBeGreaterThan(0);

      // Generate summary, then download it and read it with the engine's reader.
      await page.getByRole("button", { name: "Generate summary" }).click();
      const link = page.getByRole("link", { name: "Download summary" });
      await link.waitFor();
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toBe("directorate-scorecard-2012-13-q2-summary.xlsx");
      const file = await download.path();
      const read = await readWorkbookSnapshot(fs.readFileSync(file), download.suggestedFilename());
      if (!read.ok) throw new Error(read.reason);
      expect(read.snapshot.sheets.map((s) => s.name)).toEqual([
        SUMMARY_SHEETS.summary,
        SUMMARY_SHEETS.exceptions,
        SUMMARY_SHEETS.validation,
      ]);
      const downloaded = readRagTable(read.snapshot.sheets[0]?.values ?? []);
      const plan = summarizeWorkbook(snapshot, { generatedAt: new Date().toISOString() }).plan;
      const planned = readRagTable(
        (plan?.sheets[0]?.cells ?? []).map((row) => row.map((cell) => cell?.value ?? null)),
      );
      expect(downloaded).toEqual(planned);
      expect(downloaded.get(ALL_INDICATORS)).toEqual({
        Green: 4,
        Amber: 4,
        Red: 6,
        "No target": 5,
        "No data": 0,
        Total: 19,
      });
      await expect(page.getByText(/Summary workbook ready/).count()).resolves.toBe(1);

      // Nothing left 127.0.0.1, and the page had no errors.
      expect(leftTheMachine(requests)).toEqual([]);
      expect(requests.some((url) => url.endsWith(`examples/${EXAMPLE_FILE}`))).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    });

    test("errors are messages in the page, never a blank pane", async () => {
      const { page, context, requests, problems } = await openPage("workbench.html");

      // No workbook yet.
      await page.getByRole("button", { name: "Validate workbook" }).click();
      await expect(page.getByRole("alert").innerText()).resolves.toContain("No workbook is open");

      // A file that is not a workbook, after a good one: the good one is closed, not silently kept.
      await page.getByRole("button", { name: "Load example workbook" }).click();
      await page.locator("#wb-status", { hasText: "Opened" }).waitFor();
      await page
        .getByLabel("Open workbook (.xlsx)")
        .setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("just text") });
      await page.locator("#wb-status", { hasText: "Could not open notes.txt" }).waitFor();
      await expect(page.locator("#wb-status").innerText()).resolves.toContain("No workbook is open now");
      await expect(page.getByText("Workbook: none open").count()).resolves.toBe(1);
      await expect(page.locator(".wb-empty").innerText()).resolves.toContain("No workbook open yet");
      await page.getByRole("button", { name: "Validate workbook" }).click();
      await expect(page.getByRole("alert").innerText()).resolves.toContain("No workbook is open");

      // A broken catalogue file: its problems are listed with their places.
      await page.getByText("Choose another catalogue").click();
      const broken = JSON.stringify({
        name: "Team",
        version: "1",
        indicators: [{ id: "A1", name: "Appraisals", polarity: "upwards", unit: "percent" }],
      });
      await page
        .getByLabel("Catalogue file (JSON or CSV)")
        .setInputFiles({ name: "team.json", mimeType: "application/json", buffer: Buffer.from(broken) });
      await expect(page.locator(".sk-problems").innerText()).resolves.toContain("/indicators/0/polarity");

      // A plain-http catalogue address is refused before any request.
      await page.getByLabel("Catalogue address (https://…)").fill("http://example.org/catalogue.json");
      await page.getByRole("button", { name: "Load from address" }).click();
      await expect(page.locator(".sk-problems").innerText()).resolves.toContain(
        "Only https:// addresses are allowed",
      );

      // A good catalogue file is taken, shown and saved in this browser.
      await page
        .getByLabel("Catalogue file (JSON or CSV)")
        .setInputFiles(path.join(ROOT, "examples", "catalogue.csv"));
      await expect(page.locator(".sk-catalogue-name").innerText()).resolves.toBe(
        "Leeds children's services example · version 2026.1 · 63 indicators",
      );
      expect(
        await page.evaluate(() => window.localStorage.getItem("scorecard-kit.catalogue")?.length ?? 0),
      ).toBeGreaterThan(1000);

      expect(leftTheMachine(requests)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    test("a monthly workbook (24 periods): the pane says where RAG and SPC disagree; the summary has the SPC sheet and its charts", async () => {
      const { page, context, problems } = await openPage("workbench.html");
      const bytes = Buffer.from(await W.workbookBytes([W.monthlyScorecard(), W.catalogueSheet()]));
      await page.getByLabel("Open workbook (.xlsx)").setInputFiles({
        name: "monthly.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: bytes,
      });
      await page.locator("#wb-status", { hasText: "Opened monthly.xlsx" }).waitFor();
      await page.getByRole("button", { name: "Validate workbook" }).click();
      const message = page.locator(".sk-message-info");
      await message.waitFor();
      expect(await message.locator("p").innerText()).toBe(
        "No errors: the workbook is valid. Where RAG and SPC tell different stories (2 indicators; also on the Exceptions sheet):",
      );
      expect(await message.locator("li").allInnerTexts()).toEqual([
        "CIC: Red this period, but common cause: the process is stable and will not meet the target without a change (Consistently fail).",
        "WAIT: Green this period, but special cause concerning: the process is getting worse. Watch it (Consistently pass).",
      ]);
      await page.getByRole("button", { name: "Generate summary" }).click();
      const link = page.getByRole("link", { name: "Download summary" });
      await link.waitFor();
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      const summary = fs.readFileSync(await download.path());
      const read = await readWorkbookSnapshot(summary, download.suggestedFilename());
      if (!read.ok) throw new Error(read.reason);
      expect(read.snapshot.sheets.map((s) => s.name)).toEqual([
        SUMMARY_SHEETS.summary,
        SUMMARY_SHEETS.exceptions,
        "SPC",
        SUMMARY_SHEETS.validation,
      ]);
      const zip = await JSZip.loadAsync(summary);
      expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(4);
      expect(problems).toEqual([]);
      await context.close();
    });

    test("the committee pack: compare with the Q1 file (Changes sheet) and download a values-only copy; nothing leaves the machine", async () => {
      const { page, context, requests, problems } = await openPage("workbench.html");
      await page.getByRole("button", { name: "Load example workbook" }).click();
      await page.locator("#wb-status", { hasText: "Opened directorate-scorecard-2012-13-q2.xlsx" }).waitFor();

      await page
        .getByLabel("Compare with a previous file…")
        .setInputFiles(path.join(ROOT, "examples", "directorate-scorecard-2012-13-q1.xlsx"));
      const success = page.locator(".sk-message-success");
      await success.waitFor();
      expect(await success.locator("li").allInnerTexts()).toEqual([
        "Compared with directorate-scorecard-2012-13-q1.xlsx: 0 New Red, 3 RAG changed, 0 Direction turned, 0 Target changed, 0 Added, 0 Dropped.",
      ]);
      const summaryLink = page.getByRole("link", { name: "Download summary" });
      const [summary] = await Promise.all([page.waitForEvent("download"), summaryLink.click()]);
      const read = await readWorkbookSnapshot(fs.readFileSync(await summary.path()), "summary.xlsx");
      if (!read.ok) throw new Error(read.reason);
      expect(read.snapshot.sheets.map((s) => s.name)).toContain("Changes");

      // The values-only copy of a workbook with KPI formulas (the freeze tests' fixture).
      await page.getByLabel("Open workbook (.xlsx)").setInputFiles({
        name: "kpi formulas.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(await fixtureWorkbook({ unprefixedNotes: true })),
      });
      await page.locator("#wb-status", { hasText: "Opened kpi formulas.xlsx" }).waitFor();
      await page.getByRole("button", { name: "Download a values-only copy" }).click();
      const warning = page.locator(".sk-message-warning");
      await warning.waitFor();
      expect(await warning.locator("p").innerText()).toMatch(/^11 KPI formulas frozen into their values\./);
      expect(await warning.locator("li").count()).toBe(2);
      const copyLink = page.getByRole("link", { name: "Download values-only copy" });
      const [copy] = await Promise.all([page.waitForEvent("download"), copyLink.click()]);
      expect(copy.suggestedFilename()).toBe("kpi formulas-values.xlsx");
      const frozen = await readWorkbookSnapshot(fs.readFileSync(await copy.path()), "copy.xlsx");
      if (!frozen.ok) throw new Error(frozen.reason);
      expect(frozen.snapshot.sheets[0]!.values[1]![3]).toBe("Green");
      expect(frozen.snapshot.sheets[0]!.formulas[1]![3] || "").toBe("");

      expect(leftTheMachine(requests)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    test("?pane-only=1: the summary downloads at once, and the pane does not point at a hidden button", async () => {
      const { page, context, problems } = await openPage("workbench.html?pane-only=1");
      await page.getByText(/Workbook: directorate-scorecard-2012-13-q2\.xlsx/).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Generate summary" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("directorate-scorecard-2012-13-q2-summary.xlsx");
      const message = await page.getByText(/Summary workbook ready/).innerText();
      expect(message).toContain("your browser saves it as a download");
      expect(message).not.toContain("Download summary");
      expect(problems).toEqual([]);
      await context.close();
    });

    test("the task pane page opened outside Excel says where to open it", async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      // office.js comes from Microsoft's CDN; refuse it here so nothing leaves the machine and the
      // page sees what a plain browser offline sees: no Office.
      await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
      const errors: string[] = [];
      page.on("pageerror", (error) => void errors.push(error.message));
      await page.goto(server.url + "taskpane.html");
      await expect(
        page.getByText("Open this page from Excel (Home > Scorecard Kit), or use the workbench").count(),
      ).resolves.toBe(1);
      await expect(page.getByRole("link", { name: "workbench.html" }).getAttribute("href")).resolves.toBe(
        "workbench.html",
      );
      expect(errors.filter((message) => !/Office|CustomFunctions/.test(message))).toEqual([]);
      await context.close();
    });
  },
);
