import type { ChosenCatalogue } from "../use-cases/catalogue-choice";
import { PANE_TEXT } from "../pane-messages";
import { h, replaceChildren } from "./dom";

export interface CatalogueHandlers {
  onBuiltIn(): void;
  onWorkbookSheet(): void;
  onFile(file: File): void;
  onUrl(text: string): void;
}

export interface CatalogueView {
  readonly element: HTMLElement;
  /** Shows the catalogue in use, and the problems of a choice that failed (if any). */
  show(inUse: ChosenCatalogue, failed?: ChosenCatalogue): void;
  setBusy(busy: boolean): void;
}

/** Catalogue: what is in use (name, version, count, origin), and the ways to choose another. */
export function createCatalogueSection(
  id: (name: string) => string,
  handlers: CatalogueHandlers,
): CatalogueView {
  const headingId = id("catalogue-heading");
  const fileId = id("catalogue-file");
  const urlId = id("catalogue-url");
  const current = h("div", { class: "sk-catalogue-current" });
  const problems = h("div", { class: "sk-catalogue-problems" });

  const builtIn = h("button", { type: "button", class: "sk-button" }, PANE_TEXT.catalogueUseBuiltIn);
  const sheet = h("button", { type: "button", class: "sk-button" }, PANE_TEXT.catalogueUseSheet);
  const file = h("input", { type: "file", id: fileId, accept: ".json,.csv,application/json,text/csv" });
  const url = h("input", {
    type: "url",
    id: urlId,
    inputmode: "url",
    placeholder: "https://",
    autocomplete: "url",
  });
  const load = h("button", { type: "button", class: "sk-button" }, PANE_TEXT.catalogueUrlButton);
  const form = h("form", { class: "sk-url-form" }, url, load);

  builtIn.addEventListener("click", () => handlers.onBuiltIn());
  sheet.addEventListener("click", () => handlers.onWorkbookSheet());
  file.addEventListener("change", () => {
    const picked = file.files?.[0];
    if (picked) handlers.onFile(picked);
    file.value = "";
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    handlers.onUrl(url.value);
  });
  load.type = "submit";

  const details = h(
    "details",
    { class: "sk-details" },
    h("summary", {}, PANE_TEXT.catalogueChange),
    h(
      "div",
      { class: "sk-stack" },
      h("div", { class: "sk-button-row" }, builtIn, sheet),
      h("label", { for: fileId }, PANE_TEXT.catalogueFileLabel),
      file,
      h("label", { for: urlId }, PANE_TEXT.catalogueUrlLabel),
      form,
    ),
  );
  const element = h(
    "section",
    { class: "sk-section", "aria-labelledby": headingId },
    h("h2", { id: headingId }, PANE_TEXT.catalogueHeading),
    current,
    problems,
    details,
  );

  return {
    element,
    show(inUse, failed) {
      const load = inUse.load;
      if (load?.ok) {
        const c = load.catalogue;
        replaceChildren(
          current,
          h(
            "p",
            { class: "sk-catalogue-name" },
            PANE_TEXT.catalogueSummary(c.name, c.version, c.indicators.length),
          ),
          h("p", { class: "sk-muted" }, PANE_TEXT.catalogueFrom(inUse.origin)),
          load.warnings.length > 0
            ? problemList(PANE_TEXT.catalogueWarningsHeading, load.warnings, "warning")
            : null,
        );
      } else {
        replaceChildren(current, h("p", { class: "sk-muted" }, PANE_TEXT.catalogueAutomatic));
      }
      if (failed?.load && !failed.load.ok) {
        const list = failed.load.problems;
        // A problem located at the file or address itself (unreadable, not https) needs no location.
        const located = list.map((p) =>
          failed.origin.endsWith(p.path) ? { path: "", message: p.message } : p,
        );
        replaceChildren(
          problems,
          problemList(PANE_TEXT.catalogueProblemsHeading(failed.origin, list.length), located, "error"),
        );
        details.open = true;
      } else {
        replaceChildren(problems);
      }
    },
    setBusy(busy) {
      for (const control of [builtIn, sheet, file, url, load]) control.disabled = busy;
    },
  };
}

function problemList(
  heading: string,
  list: readonly { path: string; message: string }[],
  kind: "error" | "warning",
): HTMLElement {
  return h(
    "div",
    { class: `sk-message sk-message-${kind}`, role: kind === "error" ? "alert" : undefined },
    h("p", {}, heading),
    h(
      "ul",
      { class: "sk-problems" },
      ...list.map((p) => h("li", {}, p.path ? h("code", {}, p.path) : null, p.path ? " " : null, p.message)),
    ),
  );
}
