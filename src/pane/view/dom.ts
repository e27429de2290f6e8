/** A tiny element builder, so the views read as markup without a framework. */

export type Child = Node | string | number | null | undefined | false;
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Creates an element with attributes (true: present, false/undefined: absent) and children
 * (strings become text nodes; null/undefined/false are skipped). Text is never parsed as HTML.
 * @example h("button", { type: "button", class: "sk-primary" }, "Validate workbook")
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

/** Appends children as h does. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child,
    );
  }
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/** Makes unique element ids for one pane (labels need them); no module state. */
export function idMaker(prefix: string): (name: string) => string {
  let next = 0;
  return (name) => `${prefix}-${name}-${(next += 1)}`;
}
