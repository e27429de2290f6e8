import { COLUMN_ROLES, type ColumnRole } from "../../core/layout";
import type { SheetLayoutChoice } from "../use-cases/layout-choices";
import { PANE_TEXT } from "../pane-messages";
import { h, replaceChildren } from "./dom";

export interface LayoutHandlers {
  onDetect(): void;
  onRoleChange(sheet: string, column: number, role: ColumnRole, detectedRole: ColumnRole): void;
}

export interface LayoutView {
  readonly element: HTMLElement;
  /** Shows each sheet's columns (undefined: not read yet) and how many roles the user changed. */
  show(sheets: readonly SheetLayoutChoice[] | undefined, changedCount: number): void;
  setBusy(busy: boolean): void;
}

/** Columns: per scorecard sheet, a table of columns with the detected role and a select to change it. */
export function createLayoutSection(id: (name: string) => string, handlers: LayoutHandlers): LayoutView {
  const headingId = id("layout-heading");
  const detect = h("button", { type: "button", class: "sk-button" }, PANE_TEXT.layoutDetect);
  detect.addEventListener("click", () => handlers.onDetect());
  const body = h("div", { class: "sk-layout-body" });
  const note = h("p", { class: "sk-note" });
  const details = h(
    "details",
    { class: "sk-details" },
    h("summary", {}, h("span", { id: headingId }, PANE_TEXT.layoutHeading)),
    h("p", { class: "sk-muted" }, PANE_TEXT.layoutIntro),
    detect,
    note,
    body,
  );
  const element = h("section", { class: "sk-section", "aria-labelledby": headingId }, details);
  let selects: HTMLSelectElement[] = [];

  return {
    element,
    show(sheets, changedCount) {
      note.textContent = changedCount > 0 ? PANE_TEXT.layoutOverridesActive(changedCount) : "";
      if (sheets === undefined) {
        replaceChildren(body, h("p", { class: "sk-muted" }, PANE_TEXT.layoutNotRead));
        selects = [];
        return;
      }
      selects = [];
      const scorecards = sheets.filter((s) => s.kind === "scorecard");
      const skipped = sheets.filter((s) => s.kind === "skipped");
      replaceChildren(
        body,
        scorecards.length === 0 ? h("p", {}, PANE_TEXT.layoutNoScorecards) : null,
        ...scorecards.map((sheet) => sheetTable(sheet, id, handlers, selects)),
        skipped.length > 0
          ? h(
              "div",
              {},
              h("h3", {}, PANE_TEXT.layoutSkippedHeading),
              h(
                "ul",
                { class: "sk-skipped" },
                ...skipped.map((s) =>
                  h("li", {}, h("strong", {}, s.sheet), ": ", s.kind === "skipped" ? s.reason : ""),
                ),
              ),
            )
          : null,
      );
    },
    setBusy(busy) {
      detect.disabled = busy;
      for (const select of selects) select.disabled = busy;
    },
  };
}

function sheetTable(
  sheet: SheetLayoutChoice,
  id: (name: string) => string,
  handlers: LayoutHandlers,
  selects: HTMLSelectElement[],
): HTMLElement {
  if (sheet.kind !== "scorecard") return h("div");
  const rows = sheet.columns.map((column) => {
    const selectId = id("role");
    const select = h("select", {
      id: selectId,
      "aria-label": PANE_TEXT.layoutRoleLabel(column.letter, column.header),
    });
    for (const role of COLUMN_ROLES) {
      const option = h("option", { value: role }, role);
      option.selected = role === column.role;
      select.appendChild(option);
    }
    select.addEventListener("change", () =>
      handlers.onRoleChange(sheet.sheet, column.column, select.value as ColumnRole, column.detectedRole),
    );
    selects.push(select);
    return h(
      "tr",
      { class: column.changed ? "sk-changed" : undefined },
      h("th", { scope: "row" }, column.letter),
      h(
        "td",
        {},
        column.header,
        column.period && column.period !== column.header
          ? h("span", { class: "sk-muted" }, ` (${column.period})`)
          : null,
      ),
      h(
        "td",
        {},
        select,
        column.changed
          ? h("span", { class: "sk-badge" }, PANE_TEXT.layoutChanged(column.detectedRole))
          : null,
      ),
    );
  });
  return h(
    "table",
    { class: "sk-layout-table" },
    h(
      "caption",
      {},
      sheet.sheet,
      h("span", { class: "sk-muted" }, ` · ${PANE_TEXT.layoutRows(sheet.indicatorRows)}`),
    ),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, PANE_TEXT.layoutColumn),
        h("th", { scope: "col" }, PANE_TEXT.layoutHeader),
        h("th", { scope: "col" }, PANE_TEXT.layoutRole),
      ),
    ),
    h("tbody", {}, ...rows),
  );
}
