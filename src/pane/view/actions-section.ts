import { PANE_TEXT } from "../pane-messages";
import { h } from "./dom";
import { createProgress } from "./progress-bar";

export interface ActionsView {
  readonly element: HTMLElement;
  setBusy(busy: boolean): void;
  /** Progress of the running step (undefined hides the bar). */
  progress(fraction: number | undefined, caption?: string): void;
}

/** The two main buttons, "Validate workbook" and "Generate summary", and the progress bar under them. */
export function createActionsSection(handlers: { onValidate(): void; onSummarize(): void }): ActionsView {
  const validate = h("button", { type: "button", class: "sk-button sk-primary" }, PANE_TEXT.validate);
  const summarize = h("button", { type: "button", class: "sk-button" }, PANE_TEXT.summarize);
  validate.addEventListener("click", () => handlers.onValidate());
  summarize.addEventListener("click", () => handlers.onSummarize());
  const progress = createProgress(PANE_TEXT.progressLabel);
  const element = h(
    "section",
    { class: "sk-section sk-actions" },
    h("div", { class: "sk-button-row" }, validate, summarize),
    progress.element,
  );
  return {
    element,
    setBusy(busy) {
      validate.disabled = busy;
      summarize.disabled = busy;
      element.setAttribute("aria-busy", String(busy));
    },
    progress: (fraction, caption) => progress.set(fraction, caption),
  };
}
