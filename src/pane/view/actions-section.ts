import { PANE_TEXT, type PaneHost } from "../pane-messages";
import { h } from "./dom";
import { createProgress } from "./progress-bar";

export interface ActionsView {
  readonly element: HTMLElement;
  setBusy(busy: boolean): void;
  /** Progress of the running step (undefined hides the bar). */
  progress(fraction: number | undefined, caption?: string): void;
}

export interface ActionHandlers {
  onValidate(): void;
  onSummarize(): void;
  /** A previous workbook was picked: summarise with a Changes sheet against it. */
  onCompare(file: File): void;
  onValuesCopy(): void;
}

/**
 * The main buttons, "Validate workbook" and "Generate summary", then the committee pack's
 * "Compare with a previous file…" (a file picker; the file is read in the page) and "Save a
 * values-only copy", and the progress bar under them.
 */
export function createActionsSection(
  id: (name: string) => string,
  host: PaneHost,
  handlers: ActionHandlers,
): ActionsView {
  const validate = h("button", { type: "button", class: "sk-button sk-primary" }, PANE_TEXT.validate);
  const summarize = h("button", { type: "button", class: "sk-button" }, PANE_TEXT.summarize);
  const compareId = id("compare-file");
  const compare = h("input", {
    type: "file",
    id: compareId,
    class: "sk-file-hidden",
    accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const compareLabel = h(
    "label",
    { for: compareId, class: "sk-button", title: PANE_TEXT.compareHint },
    PANE_TEXT.compare,
  );
  const valuesCopy = h(
    "button",
    { type: "button", class: "sk-button", title: PANE_TEXT.valuesCopyHint(host) },
    PANE_TEXT.valuesCopy(host),
  );
  validate.addEventListener("click", () => handlers.onValidate());
  summarize.addEventListener("click", () => handlers.onSummarize());
  compare.addEventListener("change", () => {
    const picked = compare.files?.[0];
    compare.value = "";
    if (picked) handlers.onCompare(picked);
  });
  valuesCopy.addEventListener("click", () => handlers.onValuesCopy());
  const progress = createProgress(PANE_TEXT.progressLabel);
  const element = h(
    "section",
    { class: "sk-section sk-actions" },
    h("div", { class: "sk-button-row" }, validate, summarize),
    h(
      "div",
      { class: "sk-button-row sk-pack-row", role: "group", "aria-label": PANE_TEXT.packLabel },
      compare,
      compareLabel,
      valuesCopy,
    ),
    progress.element,
  );
  return {
    element,
    setBusy(busy) {
      for (const control of [validate, summarize, compare, valuesCopy]) control.disabled = busy;
      compareLabel.classList.toggle("sk-disabled", busy);
      element.setAttribute("aria-busy", String(busy));
    },
    progress: (fraction, caption) => progress.set(fraction, caption),
  };
}
