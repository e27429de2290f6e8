/* Screenshots for the README: docs/workbench.png (the workbench after validating the example)
 * and docs/taskpane.png (the pane alone at task-pane width, 350px, running over the browser
 * adapter: workbench.html?pane-only=1). Needs a built dist/ (npm run build) and a browser, found
 * as the end-to-end tests find one (scripts/find-browser.js). Re-run: node scripts/screenshots.js */
const path = require("path");
const fs = require("fs");
const { chromium } = require("playwright-core");
const { serveDirectory } = require("./serve-dist.js");
const { locateBrowser, launchOptions, skipMessage } = require("./find-browser.js");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const DOCS = path.join(ROOT, "docs");

async function validated(page) {
  await page.getByRole("button", { name: "Validate workbook" }).click();
  await page.locator(".sk-counts .sk-count").first().waitFor();
}

async function main() {
  if (!fs.existsSync(path.join(DIST, "workbench.html")))
    throw new Error("dist/workbench.html is missing: run npm run build first.");
  const found = locateBrowser();
  if (found.kind === "none") throw new Error(skipMessage(found.reason));
  fs.mkdirSync(DOCS, { recursive: true });
  const server = await serveDirectory(DIST);
  const options = await launchOptions(found);
  const browser = await chromium.launch({
    ...options,
    args: [...options.args, "--font-render-hinting=none"],
  });
  try {
    // The workbench: example opened, validated, the first error selected in the preview.
    const workbench = await browser.newPage({ viewport: { width: 1600, height: 860 }, deviceScaleFactor: 1 });
    await workbench.goto(`${server.url}workbench.html`);
    await workbench.getByRole("button", { name: "Load example workbook" }).click();
    await workbench.locator("#wb-status", { hasText: "Opened" }).waitFor();
    await validated(workbench);
    await workbench.getByRole("button", { name: /^Scorecard Q2!D7\s*rag\/mismatch/ }).click();
    await workbench.locator("#wb-pane").evaluate((pane) => {
      const results = pane.querySelector(".sk-results");
      if (results)
        pane.scrollTop =
          results.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop - 8;
    });
    await workbench.mouse.move(0, 0);
    await workbench.screenshot({ path: path.join(DOCS, "workbench.png") });

    // The pane alone at task-pane width over the same workbook.
    const pane = await browser.newPage({ viewport: { width: 350, height: 1000 }, deviceScaleFactor: 1 });
    await pane.goto(`${server.url}workbench.html?pane-only=1`);
    await pane.getByText("Workbook: directorate-scorecard-2012-13-q2.xlsx").waitFor();
    await validated(pane);
    await pane
      .locator("body")
      .evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    await pane.screenshot({ path: path.join(DOCS, "taskpane.png") });
    console.log(
      `Wrote ${path.relative(ROOT, path.join(DOCS, "workbench.png"))} and ${path.relative(ROOT, path.join(DOCS, "taskpane.png"))}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
