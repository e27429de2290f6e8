import { h, replaceChildren } from "./dom";

export type MessageKind = "error" | "warning" | "success" | "info";

export interface MessagesView {
  readonly element: HTMLElement;
  /** Shows one message (replacing the previous), with optional detail lines as a list. */
  show(kind: MessageKind, text: string, details?: readonly string[]): void;
  clear(): void;
}

/**
 * The pane's message area: a live region, so screen readers hear each status; errors are
 * additionally role="alert". Every failure the pane catches ends up here, never in a blank pane.
 */
export function createMessages(): MessagesView {
  const element = h("div", { class: "sk-messages", "aria-live": "polite" });
  return {
    element,
    show(kind, text, details = []) {
      const box = h(
        "div",
        { class: `sk-message sk-message-${kind}`, role: kind === "error" ? "alert" : undefined },
        h("p", {}, text),
        details.length > 0 ? h("ul", {}, ...details.map((d) => h("li", {}, d))) : null,
      );
      replaceChildren(element, box);
    },
    clear() {
      replaceChildren(element);
    },
  };
}
