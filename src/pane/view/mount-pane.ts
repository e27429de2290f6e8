import type { LayoutOverrides } from "../../core/layout";
import type { ValidationReport } from "../../core/validation";
import type { Finding } from "../../core/validation/findings";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import { sharedCatalogueStore } from "../../chosen-catalogue/catalogue-store";
import { PANE_TEXT, type PaneHost } from "../pane-messages";
import { CHANGE_KINDS } from "../../core/compare";
import {
  AUTOMATIC_CATALOGUE,
  applyCatalogue,
  builtInChoice,
  describeColumns,
  errorText,
  failureText,
  isProgrammingError,
  findingPlace,
  findingTarget,
  generateSummary,
  saveValuesCopy,
  type PickedFile,
  NO_OVERRIDES,
  overrideCount,
  pickedFileChoice,
  restoreCatalogue,
  urlChoice,
  validateWorkbook,
  withColumnRole,
  workbookSheetChoice,
  type CatalogueSink,
  type ChosenCatalogue,
  type FetchText,
} from "../use-cases";
import type { WorkbookPort } from "../../core/workbook/workbook-port";
import { createActionsSection } from "./actions-section";
import { createCatalogueSection } from "./catalogue-section";
import { h, idMaker } from "./dom";
import { createFindingsSection } from "./findings-list";
import { createLayoutSection } from "./layout-section";
import { createMessages } from "./messages";
import { createPeriodSection } from "./period-section";

export interface PaneOptions {
  /** Where the pane runs: wording differs (Excel writes sheets, the workbench offers a download). */
  readonly host: PaneHost;
  /** Where a chosen catalogue goes for the KPI functions; default the page's shared store. */
  readonly catalogueStore?: CatalogueSink;
  /** For catalogue addresses; default window.fetch (no credentials, no cache reuse needed). */
  readonly fetchText?: FetchText;
  /** Clock for the summary's "generated at"; default now. */
  readonly now?: () => Date;
  /**
   * Mark the shown findings' cells after each validation. Only for a read-only preview (the
   * workbench); in Excel marking cells changes the user's formatting, so it waits for the button.
   */
  readonly highlightAfterValidate?: boolean;
}

export interface PaneHandle {
  /** The port now holds another workbook (the workbench opened a file): forget results and columns. */
  workbookChanged(): void;
  /** Finishes when start-up (restoring the saved catalogue) is done; for tests. */
  readonly ready: Promise<void>;
}

/** What the user has set and what the last run found; lives in this pane's closure. */
interface PaneState {
  catalogue: ChosenCatalogue;
  overrides: LayoutOverrides;
  period: string;
  snapshot?: WorkbookSnapshot;
  report?: ValidationReport;
  busy: boolean;
}

/**
 * Mounts the Scorecard Kit pane into `root`, working on the workbook behind `port` (Excel or the
 * browser workbench). Every handler is wrapped: a failure becomes a message in the pane, never a
 * blank pane or an unhandled rejection.
 */
export function mountPane(root: HTMLElement, port: WorkbookPort, options: PaneOptions): PaneHandle {
  const id = idMaker("sk");
  const store = options.catalogueStore ?? sharedCatalogueStore;
  const fetchText: FetchText = options.fetchText ?? ((url) => fetch(url, { credentials: "omit" }));
  const state: PaneState = {
    catalogue: AUTOMATIC_CATALOGUE,
    overrides: NO_OVERRIDES,
    period: "",
    busy: false,
  };

  const messages = createMessages();
  const catalogue = createCatalogueSection(id, {
    onBuiltIn: () => run(() => choose(Promise.resolve(builtInChoice()))),
    onWorkbookSheet: () => run(() => choose(port.readSnapshot().then(workbookSheetChoice))),
    onFile: (file) => run(() => choose(pickedFileChoice(file))),
    onUrl: (text) => run(() => choose(urlChoice(text, fetchText))),
  });
  const period = createPeriodSection(id, (value) => {
    state.period = value;
  });
  const layout = createLayoutSection(id, {
    onDetect: () => run(detect),
    onRoleChange: (sheet, column, role, detectedRole) =>
      guard(() => {
        state.overrides = withColumnRole(state.overrides, sheet, column, role, detectedRole);
        showColumns();
      }),
  });
  const actions = createActionsSection(id, options.host, {
    onValidate: () => run(validate),
    onSummarize: () => run(() => summarize()),
    onCompare: (file) => run(() => compareWith(file)),
    onValuesCopy: () => run(valuesCopy),
  });
  const findings = createFindingsSection(id, {
    onSelect: (finding) => void selectFinding(finding),
    onHighlight: (list) => run(() => highlight(list)),
    onClearHighlights: () =>
      run(async () => {
        await port.clearHighlights();
        messages.show("info", PANE_TEXT.cleared);
      }),
  });

  const title = h("p", { class: "sk-workbook" }, PANE_TEXT.workbook(port.name));
  const pane = h(
    "div",
    { class: "sk-pane" },
    h("h1", {}, PANE_TEXT.title),
    title,
    catalogue.element,
    period.element,
    layout.element,
    actions.element,
    messages.element,
    findings.element,
  );
  root.textContent = "";
  root.appendChild(pane);
  catalogue.show(state.catalogue);
  layout.show(undefined, 0);

  /** Runs one step with the pane busy; any failure is shown as a message. */
  async function run(step: () => Promise<void>): Promise<void> {
    if (state.busy) {
      messages.show("info", PANE_TEXT.busy);
      return;
    }
    setBusy(true);
    try {
      await step();
    } catch (error) {
      messages.show("error", failureText(error));
    } finally {
      actions.progress(undefined);
      setBusy(false);
    }
  }

  function guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      messages.show(
        "error",
        isProgrammingError(error) ? failureText(error) : PANE_TEXT.unexpected(errorText(error)),
      );
    }
  }

  function setBusy(busy: boolean): void {
    state.busy = busy;
    for (const view of [catalogue, period, layout, actions, findings]) view.setBusy(busy);
  }

  async function choose(loading: Promise<ChosenCatalogue>): Promise<void> {
    const chosen = await loading;
    if (!chosen.load?.ok) {
      catalogue.show(state.catalogue, chosen);
      messages.clear();
      return;
    }
    state.catalogue = chosen;
    catalogue.show(chosen);
    const { saveError } = await applyCatalogue(chosen, port, store);
    if (saveError) messages.show("warning", PANE_TEXT.catalogueNotSaved(saveError));
    else
      messages.show(
        "success",
        PANE_TEXT.catalogueChosen(chosen.load.catalogue.name, chosen.origin, options.host),
      );
  }

  function progress(caption: string): (fraction: number) => void {
    return (fraction) => actions.progress(fraction, caption);
  }

  function request(caption: string) {
    return {
      catalogue: state.catalogue,
      period: state.period,
      overrides: state.overrides,
      onProgress: progress(caption),
    };
  }

  async function validate(): Promise<void> {
    messages.clear();
    actions.progress(0, PANE_TEXT.reading);
    const outcome = await validateWorkbook(port, request(PANE_TEXT.reading));
    state.snapshot = outcome.snapshot;
    showColumns(outcome.columns);
    showReport(outcome.report);
    if (options.highlightAfterValidate)
      await port.highlightFindings(findings.visible().filter((f) => f.cell !== ""));
  }

  async function summarize(previous?: PickedFile): Promise<void> {
    messages.clear();
    actions.progress(0, PANE_TEXT.reading);
    const outcome = await generateSummary(port, {
      ...request(PANE_TEXT.writing),
      ...(options.now ? { now: options.now } : {}),
      ...(previous ? { previous } : {}),
    });
    showReport(outcome.report);
    if (!outcome.written) {
      messages.show(
        "error",
        "previousProblem" in outcome ? outcome.previousProblem : PANE_TEXT.summaryNotWritten,
      );
      return;
    }
    const changes = outcome.changes;
    messages.show(
      "success",
      PANE_TEXT.summaryWritten(outcome.sheetNames, options.host),
      previous && changes
        ? [
            PANE_TEXT.changesCounted(
              previous.name,
              CHANGE_KINDS.map((kind) => [kind, changes.filter((c) => c.kind === kind).length] as const),
            ),
          ]
        : [],
    );
  }

  /** "Compare with a previous file…": the file is read in the page, then the summary gains a Changes sheet. */
  async function compareWith(file: File): Promise<void> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      messages.show("error", PANE_TEXT.previousUnreadable(file.name, errorText(error)));
      return;
    }
    await summarize({ name: file.name, bytes });
  }

  async function valuesCopy(): Promise<void> {
    messages.clear();
    actions.progress(0.2, PANE_TEXT.copying);
    const outcome = await saveValuesCopy(port, options.now);
    if (!outcome.made) {
      messages.show("error", PANE_TEXT.valuesCopyNotMade(outcome.reason));
      return;
    }
    const made = PANE_TEXT.valuesCopyMade(outcome.fileName, outcome.frozen, options.host);
    if (outcome.kept.length === 0) messages.show("success", made);
    else
      messages.show(
        "warning",
        `${made} ${PANE_TEXT.valuesCopyKept(outcome.kept.length)}`,
        outcome.kept.map((k) => `${k.sheet}!${k.cell} ${k.formula}: ${k.problem} ${k.action}`),
      );
  }

  async function detect(): Promise<void> {
    messages.clear();
    actions.progress(0, PANE_TEXT.reading);
    state.snapshot = await port.readSnapshot(progress(PANE_TEXT.reading));
    showColumns();
  }

  /** Shows the Columns and Period sections: from a validation's own layouts, else detected now. */
  function showColumns(described = state.snapshot && describeColumns(state.snapshot, state.overrides)): void {
    if (!described) {
      layout.show(undefined, overrideCount(state.overrides));
      return;
    }
    layout.show(described.sheets, overrideCount(state.overrides));
    state.period = period.show(described.periods, state.period);
    if (state.busy) layout.setBusy(true);
  }

  function showReport(report: ValidationReport): void {
    state.report = report;
    findings.show(report);
    // The board's conversation (MDC): where RAG and SPC disagree, said even with info hidden.
    const stories = report.findings.filter((f) => f.code === "spc/differs-from-rag");
    if (stories.length > 0)
      messages.show(
        "info",
        PANE_TEXT.ragSpcStories(report.valid, stories.length),
        stories.map((f) => `${f.indicatorId ?? f.cell}: ${f.message}`),
      );
    else if (report.valid) messages.show("success", PANE_TEXT.validatedValid);
  }

  async function selectFinding(finding: Finding): Promise<void> {
    const target = findingTarget(finding);
    if (!target) return;
    try {
      await port.selectCell(target.sheet, target.address);
    } catch (error) {
      messages.show("error", PANE_TEXT.selectFailed(findingPlace(finding), errorText(error)));
    }
  }

  async function highlight(list: readonly Finding[]): Promise<void> {
    const withCells = list.filter((f) => f.sheet !== "" && f.cell !== "");
    if (withCells.length === 0) {
      messages.show("info", PANE_TEXT.nothingToHighlight);
      return;
    }
    await port.highlightFindings(withCells);
    messages.show("success", PANE_TEXT.highlighted(new Set(withCells.map(findingPlace)).size));
  }

  async function start(): Promise<void> {
    const restored = await restoreCatalogue(port, store);
    if (!restored) return;
    if (restored.load?.ok) {
      state.catalogue = restored;
      catalogue.show(restored);
    } else {
      catalogue.show(state.catalogue, restored);
      messages.show("warning", PANE_TEXT.catalogueRestoreFailed);
    }
  }

  const ready = run(start);
  return {
    ready,
    workbookChanged() {
      guard(() => {
        title.textContent = PANE_TEXT.workbook(port.name);
        state.snapshot = undefined;
        state.report = undefined;
        state.overrides = NO_OVERRIDES;
        state.period = period.show(undefined, "");
        layout.show(undefined, 0);
        findings.show(undefined);
        messages.clear();
      });
    },
  };
}
