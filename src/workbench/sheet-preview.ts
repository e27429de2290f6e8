import { cellAddress, columnLetter, parseRange } from "../core/a1";
import { SEVERITIES, type Finding, type Severity } from "../core/validation/findings";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";
import { readRagWord } from "../core/cells/read-rag-word";
import { RAG_COLOURS } from "../core/summary/rag-colours";
import { h, replaceChildren } from "../pane/view/dom";
import { previewText } from "./preview-text";
import { WORKBENCH_TEXT } from "./workbench-messages";

/** Rows and columns the preview draws at once; selecting a cell outside moves the window. */
export const PREVIEW_ROWS = 200;
export const PREVIEW_COLUMNS = 30;
/** Cell texts longer than this may be cut at the grid's 12em column width: shown whole in a tooltip. */
const LONG_TEXT = 12;

/**
 * Colours a typed RAG word ("Green", "amber ") as the summary colours it; G/A/R alone stay plain.
 * Through the CSSOM, which the page's CSP (style-src 'self') allows, unlike a style attribute.
 */
function colourRagWord(td: HTMLElement, text: string): void {
  const word = text.trim().length > 1 ? readRagWord(text) : undefined;
  if (!word) return;
  td.classList.add("wb-rag");
  td.style.backgroundColor = RAG_COLOURS[word].fill;
  td.style.color = RAG_COLOURS[word].font;
}

export interface SheetPreview {
  readonly element: HTMLElement;
  show(snapshot: WorkbookSnapshot | undefined): void;
  /** Shows the sheet, scrolls to the cell and focuses it. Throws for an unknown sheet or address. */
  selectCell(sheet: string, address: string): void;
  /** Marks finding cells (class by most severe finding, tooltip with the messages). */
  mark(findings: readonly Finding[]): void;
  clearMarks(): void;
}

interface Mark {
  severity: Severity;
  messages: string[];
}

/**
 * A read-only preview of an opened workbook: a tab per sheet and an HTML table of a window of
 * PREVIEW_ROWS x PREVIEW_COLUMNS cells with row numbers and column letters. Cells are focusable
 * (tabindex -1) so selecting a finding moves focus there.
 */
export function createSheetPreview(): SheetPreview {
  const tabs = h("div", { class: "wb-tabs", role: "tablist", "aria-label": WORKBENCH_TEXT.sheetsLabel });
  const panel = h("div", { class: "wb-panel", role: "tabpanel", id: "wb-sheet-panel", tabindex: 0 });
  const note = h("p", { class: "wb-note" });
  const element = h(
    "section",
    { class: "wb-preview", "aria-label": WORKBENCH_TEXT.previewLabel },
    tabs,
    note,
    panel,
  );
  let snapshot: WorkbookSnapshot | undefined;
  let active = 0;
  let top = 0;
  let left = 0;
  let marks = new Map<string, Map<string, Mark>>();
  let selected: { sheet: string; address: string } | undefined;

  function sheetAt(index: number): SheetSnapshot | undefined {
    return snapshot?.sheets[index];
  }

  function renderTabs(): void {
    const sheets = snapshot?.sheets ?? [];
    replaceChildren(
      tabs,
      ...sheets.map((sheet, index) => {
        const tab = h(
          "button",
          {
            type: "button",
            role: "tab",
            id: `wb-tab-${index}`,
            "aria-controls": "wb-sheet-panel",
            "aria-selected": String(index === active),
            tabindex: index === active ? 0 : -1,
          },
          sheet.name,
        );
        const count = marks.get(sheet.name)?.size ?? 0;
        if (count > 0)
          tab.appendChild(
            h(
              "span",
              { class: "wb-tab-count", "aria-label": WORKBENCH_TEXT.markedCells(count) },
              String(count),
            ),
          );
        tab.addEventListener("click", () => activate(index, 0, 0));
        tab.addEventListener("keydown", (event) => {
          const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
          if (step === 0 || sheets.length === 0) return;
          event.preventDefault();
          const next = (active + step + sheets.length) % sheets.length;
          activate(next, 0, 0);
          document.getElementById(`wb-tab-${next}`)?.focus();
        });
        return tab;
      }),
    );
    panel.setAttribute("aria-labelledby", `wb-tab-${active}`);
  }

  function renderTable(): void {
    const sheet = sheetAt(active);
    if (!sheet) {
      replaceChildren(panel, h("p", { class: "wb-empty" }, WORKBENCH_TEXT.noWorkbook));
      note.textContent = "";
      return;
    }
    const rowCount = sheet.values.length;
    const columnCount = sheet.values.reduce((most, row) => Math.max(most, row.length), 0);
    const bottom = Math.min(rowCount, top + PREVIEW_ROWS);
    const right = Math.min(columnCount, left + PREVIEW_COLUMNS);
    const sheetMarks = marks.get(sheet.name);
    const headerCells = [h("th", { class: "wb-corner", scope: "col" })];
    for (let c = left; c < right; c++) headerCells.push(h("th", { scope: "col" }, columnLetter(c)));
    const body = h("tbody");
    for (let r = top; r < bottom; r++) {
      const tr = h("tr", {}, h("th", { scope: "row" }, String(r + 1)));
      for (let c = left; c < right; c++) {
        const address = cellAddress(r, c);
        const mark = sheetMarks?.get(address);
        const text = previewText(sheet.values[r]?.[c], sheet.numberFormats[r]?.[c]);
        const td = h(
          "td",
          { "data-address": address, tabindex: -1, title: text.length > LONG_TEXT ? text : undefined },
          text,
        );
        colourRagWord(td, text);
        if (mark) {
          td.className = `wb-mark wb-mark-${mark.severity}`;
          td.title = [...mark.messages, ...(td.title ? [td.title] : [])].join("\n");
        }
        if (selected && selected.sheet === sheet.name && selected.address === address)
          td.classList.add("wb-selected");
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    const table = h(
      "table",
      { class: "wb-grid", "aria-label": WORKBENCH_TEXT.gridLabel(sheet.name) },
      h("thead", {}, h("tr", {}, ...headerCells)),
      body,
    );
    replaceChildren(panel, rowCount === 0 ? h("p", { class: "wb-empty" }, WORKBENCH_TEXT.emptySheet) : table);
    note.textContent =
      rowCount > bottom - top || columnCount > right - left
        ? WORKBENCH_TEXT.window(
            cellAddress(top, left),
            cellAddress(Math.max(top, bottom - 1), Math.max(left, right - 1)),
            cellAddress(rowCount - 1, columnCount - 1),
          )
        : "";
  }

  function activate(index: number, row: number, column: number): void {
    active = index;
    top = row;
    left = column;
    renderTabs();
    renderTable();
  }

  return {
    element,
    show(next) {
      snapshot = next;
      marks = new Map();
      selected = undefined;
      activate(0, 0, 0);
    },
    selectCell(sheetName, address) {
      const index = snapshot?.sheets.findIndex((s) => s.name === sheetName) ?? -1;
      const range = parseRange(address);
      if (index < 0) throw new Error(WORKBENCH_TEXT.noSheet(sheetName));
      if (!range) throw new Error(WORKBENCH_TEXT.badAddress(address));
      const inWindow =
        index === active &&
        range.top >= top &&
        range.top < top + PREVIEW_ROWS &&
        range.left >= left &&
        range.left < left + PREVIEW_COLUMNS;
      selected = { sheet: sheetName, address: cellAddress(range.top, range.left) };
      if (inWindow) renderTable();
      else activate(index, windowStart(range.top, PREVIEW_ROWS), windowStart(range.left, PREVIEW_COLUMNS));
      const cell = panel.querySelector<HTMLElement>(`td[data-address="${selected.address}"]`);
      if (cell) {
        scrollIntoPanel(panel, cell);
        cell.focus({ preventScroll: true });
      }
    },
    mark(findings) {
      marks = new Map();
      for (const finding of findings) {
        if (finding.sheet === "" || finding.cell === "") continue;
        const sheetMarks = marks.get(finding.sheet) ?? new Map<string, Mark>();
        marks.set(finding.sheet, sheetMarks);
        const mark = sheetMarks.get(finding.cell);
        if (!mark)
          sheetMarks.set(finding.cell, {
            severity: finding.severity,
            messages: [`${finding.code}: ${finding.message}`],
          });
        else {
          mark.messages.push(`${finding.code}: ${finding.message}`);
          if (SEVERITIES.indexOf(finding.severity) < SEVERITIES.indexOf(mark.severity))
            mark.severity = finding.severity;
        }
      }
      renderTabs();
      renderTable();
    },
    clearMarks() {
      marks = new Map();
      renderTabs();
      renderTable();
    },
  };
}

/** The first row (or column) of a window that shows `index` a little below its top. */
function windowStart(index: number, size: number): number {
  return index < size ? 0 : Math.max(0, index - Math.floor(size / 4));
}

/**
 * Scrolls the preview panel (only it: scrollIntoView would also scroll the page and the pane)
 * so the cell is visible below the sticky column letters and right of the row numbers,
 * centring it on an axis only when it is not already in view there.
 */
function scrollIntoPanel(panel: HTMLElement, cell: HTMLElement): void {
  const cellBox = cell.getBoundingClientRect();
  const panelBox = panel.getBoundingClientRect();
  const headerHeight = panel.querySelector("thead")?.getBoundingClientRect().height ?? 0;
  const rowHeaderWidth = panel.querySelector("tbody th")?.getBoundingClientRect().width ?? 0;
  const top = panelBox.top + headerHeight;
  const left = panelBox.left + rowHeaderWidth;
  if (cellBox.top < top || cellBox.bottom > panelBox.top + panel.clientHeight) {
    panel.scrollTop += cellBox.top - top - (panel.clientHeight - headerHeight - cellBox.height) / 2;
  }
  if (cellBox.left < left || cellBox.right > panelBox.left + panel.clientWidth) {
    panel.scrollLeft += cellBox.left - left - (panel.clientWidth - rowHeaderWidth - cellBox.width) / 2;
  }
}
