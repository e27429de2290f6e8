import { SEVERITIES, type Finding, type Severity } from "../../core/validation/findings";
import type { ValidationReport } from "../../core/validation";
import {
  DEFAULT_FILTER,
  filterFindings,
  findingPlace,
  findingTarget,
  groupBySeverity,
  type FindingFilter,
} from "../use-cases/filter-findings";
import { PANE_TEXT } from "../pane-messages";
import { h, replaceChildren } from "./dom";
import { versionText } from "../../core/catalogue/version-text";

/** Items drawn per severity group; more would slow the pane for no reader's benefit. */
export const MAX_ITEMS_PER_GROUP = 300;

export interface FindingsHandlers {
  onSelect(finding: Finding): void;
  onHighlight(findings: readonly Finding[]): void;
  onClearHighlights(): void;
}

export interface FindingsView {
  readonly element: HTMLElement;
  show(report: ValidationReport | undefined): void;
  /** The findings the filter shows now. */
  visible(): Finding[];
  setBusy(busy: boolean): void;
}

/**
 * Findings: counts at the top, a filter (words and severity checkboxes), Highlight / Clear
 * highlights, and the findings grouped by severity, each a button showing cell, code and
 * message that goes to its cell (click or Enter).
 */
export function createFindingsSection(
  id: (name: string) => string,
  handlers: FindingsHandlers,
): FindingsView {
  const headingId = id("findings-heading");
  const filterId = id("filter");
  let report: ValidationReport | undefined;
  let filter: FindingFilter = DEFAULT_FILTER;

  const summary = h("p", { class: "sk-report-line" });
  const counts = h("ul", { class: "sk-counts", "aria-label": PANE_TEXT.countsLabel });
  const text = h("input", {
    type: "search",
    id: filterId,
    placeholder: PANE_TEXT.filterPlaceholder,
    autocomplete: "off",
  });
  const boxes = new Map<Severity, HTMLInputElement>();
  const boxLabels = new Map<Severity, HTMLElement>();
  const checkboxes = SEVERITIES.map((severity) => {
    const boxId = id(`show-${severity}`);
    const box = h("input", { type: "checkbox", id: boxId, "data-severity": severity });
    box.checked = filter.severities.has(severity);
    boxes.set(severity, box);
    const label = h("label", { for: boxId }, PANE_TEXT.severityName[severity]);
    boxLabels.set(severity, label);
    box.addEventListener("change", () => update());
    return h("span", { class: "sk-check" }, box, label);
  });
  text.addEventListener("input", () => update());
  const highlight = h("button", { type: "button", class: "sk-button" }, PANE_TEXT.highlight);
  const clear = h("button", { type: "button", class: "sk-button" }, PANE_TEXT.clearHighlights);
  highlight.addEventListener("click", () =>
    handlers.onHighlight(filterFindings(report?.findings ?? [], filter)),
  );
  clear.addEventListener("click", () => handlers.onClearHighlights());
  const list = h("div", { class: "sk-findings" });
  const tools = h(
    "div",
    { class: "sk-filter" },
    h("label", { for: filterId, class: "sk-label" }, PANE_TEXT.filterLabel),
    text,
    h("fieldset", { class: "sk-checks" }, h("legend", {}, PANE_TEXT.filterShow), ...checkboxes),
    h("div", { class: "sk-button-row" }, highlight, clear),
  );
  const element = h(
    "section",
    { class: "sk-section sk-results", "aria-labelledby": headingId, hidden: true },
    h("h2", { id: headingId }, PANE_TEXT.resultsHeading),
    summary,
    counts,
    tools,
    list,
  );

  function update(): void {
    const severities = new Set(SEVERITIES.filter((s) => boxes.get(s)?.checked));
    filter = { text: text.value, severities };
    if (!report) return;
    const shown = filterFindings(report.findings, filter);
    const groups = groupBySeverity(shown);
    replaceChildren(
      list,
      report.findings.length === 0
        ? h("p", {}, PANE_TEXT.noFindings)
        : shown.length === 0
          ? h("p", {}, PANE_TEXT.noFindingsMatch)
          : null,
      ...groups.map((group) => {
        const groupId = id(`group-${group.severity}`);
        const items = group.findings
          .slice(0, MAX_ITEMS_PER_GROUP)
          .map((finding) => findingItem(finding, handlers));
        const more = group.findings.length - items.length;
        return h(
          "div",
          { class: `sk-group sk-group-${group.severity}` },
          h("h3", { id: groupId }, `${PANE_TEXT.severityName[group.severity]} (${group.findings.length})`),
          h("ul", { class: "sk-finding-list", "aria-labelledby": groupId }, ...items),
          more > 0 ? h("p", { class: "sk-muted" }, PANE_TEXT.moreFindings(more)) : null,
        );
      }),
    );
  }

  return {
    element,
    show(next) {
      report = next;
      element.hidden = report === undefined;
      if (!report) return;
      const catalogueName = report.catalogue.name
        ? `${report.catalogue.name} ${versionText(report.catalogue.version)}`.trim()
        : "";
      summary.textContent = PANE_TEXT.validated(
        report.file,
        report.period,
        catalogueName,
        report.findings.length,
      );
      replaceChildren(
        counts,
        ...SEVERITIES.map((severity) =>
          h(
            "li",
            { class: `sk-count sk-count-${severity}`, "data-severity": severity },
            h("span", { class: "sk-count-number" }, report?.counts[severity] ?? 0),
            " ",
            h("span", { class: "sk-count-label" }, PANE_TEXT.severityName[severity]),
          ),
        ),
      );
      for (const severity of SEVERITIES) {
        const label = boxLabels.get(severity);
        if (label) label.textContent = `${PANE_TEXT.severityName[severity]} (${report.counts[severity]})`;
      }
      update();
    },
    visible: () => filterFindings(report?.findings ?? [], filter),
    setBusy(busy) {
      highlight.disabled = busy;
      clear.disabled = busy;
    },
  };
}

function findingItem(finding: Finding, handlers: FindingsHandlers): HTMLElement {
  const place = findingPlace(finding);
  const content = [
    h("span", { class: "sk-finding-place" }, place || PANE_TEXT.workbookLevel),
    h("code", { class: "sk-finding-code" }, finding.code),
    h("span", { class: "sk-finding-message" }, finding.message),
  ];
  const target = findingTarget(finding);
  if (!target)
    return h(
      "li",
      { class: `sk-finding sk-${finding.severity}` },
      h("div", { class: "sk-finding-body" }, ...content),
    );
  const button = h(
    "button",
    {
      type: "button",
      class: "sk-finding-body",
      "data-sheet": finding.sheet,
      "data-cell": finding.cell,
      title: PANE_TEXT.findingGoTo(place),
    },
    ...content,
  );
  button.addEventListener("click", () => handlers.onSelect(finding));
  return h("li", { class: `sk-finding sk-${finding.severity}` }, button);
}
