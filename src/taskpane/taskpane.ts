/* Task pane entry: start the pane over the workbook open in Excel, or say plainly why not
 * (opened outside Excel, another Office app, an Excel too old for the API the pane needs). */
import { checkExcelSupport, createOfficeWorkbook } from "../excel";
import "./register-functions";
import { sharedCatalogueStore } from "../chosen-catalogue/catalogue-store";
import { parseCatalogueText } from "../core/catalogue/parse-catalogue-text";
import { mountPane } from "../pane";
import { failureText } from "../pane/use-cases";
import { h, replaceChildren } from "../pane/view/dom";
import { START_TEXT } from "./start-messages";

// The functions restore the workbook's saved catalogue through the page's parser (their own
// bundle carries none), so it is given before Office starts either of them.
sharedCatalogueStore.useParser(parseCatalogueText);

function root(): HTMLElement {
  return document.getElementById("app") ?? document.body;
}

/** Replaces the page with a start-up message; `withWorkbenchLink` ends it with a link to the workbench. */
function showStartMessage(text: string, withWorkbenchLink: boolean): void {
  replaceChildren(
    root(),
    h(
      "div",
      { class: "sk-start", role: "status" },
      h("h1", {}, "Scorecard Kit"),
      h(
        "p",
        {},
        text,
        withWorkbenchLink ? " (" : null,
        withWorkbenchLink ? h("a", { href: START_TEXT.workbenchLink }, START_TEXT.workbenchLink) : null,
        withWorkbenchLink ? ")." : null,
      ),
    ),
  );
}

function start(info: { readonly host: Office.HostType | null }): void {
  if (info.host !== Office.HostType.Excel) {
    showStartMessage(info.host ? START_TEXT.notExcel(String(info.host)) : START_TEXT.outsideExcel, true);
    return;
  }
  const support = checkExcelSupport();
  if (!support.ok) {
    showStartMessage(support.message, false);
    return;
  }
  mountPane(root(), createOfficeWorkbook(), { host: "excel" });
}

if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
  // office.js did not load: the page was opened in a plain browser, or offline.
  showStartMessage(START_TEXT.outsideExcel, true);
} else {
  Office.onReady()
    .then(start)
    .catch((error: unknown) => showStartMessage(START_TEXT.failed(failureText(error)), false));
}
