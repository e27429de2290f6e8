import { h } from "./dom";

export interface ProgressView {
  readonly element: HTMLElement;
  /** Shows the bar at a fraction 0..1 with a caption; undefined hides it. */
  set(fraction: number | undefined, caption?: string): void;
}

/** A determinate progress bar (role="progressbar", aria-valuenow 0..100), hidden when idle. */
export function createProgress(label: string): ProgressView {
  const fill = h("div", { class: "sk-progress-fill" });
  const bar = h(
    "div",
    {
      class: "sk-progress-track",
      role: "progressbar",
      "aria-label": label,
      "aria-valuemin": 0,
      "aria-valuemax": 100,
      "aria-valuenow": 0,
    },
    fill,
  );
  const caption = h("p", { class: "sk-progress-caption" });
  const element = h("div", { class: "sk-progress", hidden: true }, bar, caption);
  return {
    element,
    set(fraction, text = "") {
      if (fraction === undefined) {
        element.hidden = true;
        return;
      }
      const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
      element.hidden = false;
      bar.setAttribute("aria-valuenow", String(percent));
      bar.setAttribute("aria-valuetext", `${percent}%${text ? `: ${text}` : ""}`);
      fill.style.width = `${percent}%`;
      caption.textContent = text;
    },
  };
}
