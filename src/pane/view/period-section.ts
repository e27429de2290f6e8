import { LATEST_EACH } from "../../core/validation/choose-period";
import { PANE_TEXT } from "../pane-messages";
import { h } from "./dom";

export interface PeriodView {
  readonly element: HTMLElement;
  /** Lists the periods found; keeps `selected` when it is still there, else the default. Returns the value now selected. */
  show(periods: readonly string[] | undefined, selected: string): string;
  setBusy(busy: boolean): void;
}

/** Period: a select of the periods found, after "Latest with values" (the engine's default) and "Each indicator's latest figure". */
export function createPeriodSection(
  id: (name: string) => string,
  onChange: (period: string) => void,
): PeriodView {
  const selectId = id("period");
  const select = h("select", { id: selectId });
  const hint = h("p", { class: "sk-muted" }, PANE_TEXT.periodHint);
  select.addEventListener("change", () => onChange(select.value));
  const element = h(
    "section",
    { class: "sk-section sk-period" },
    h("label", { for: selectId, class: "sk-label" }, PANE_TEXT.periodLabel),
    select,
    hint,
  );
  const fill = (periods: readonly string[], selected: string): void => {
    select.textContent = "";
    select.appendChild(h("option", { value: "" }, PANE_TEXT.periodLatest));
    select.appendChild(h("option", { value: LATEST_EACH }, PANE_TEXT.periodLatestEach));
    for (const period of periods) select.appendChild(h("option", { value: period }, period));
    select.value = periods.includes(selected) || selected === LATEST_EACH ? selected : "";
  };
  fill([], "");
  return {
    element,
    show(periods, selected) {
      hint.hidden = periods !== undefined;
      fill(periods ?? [], selected);
      return select.value;
    },
    setBusy(busy) {
      select.disabled = busy;
    },
  };
}
