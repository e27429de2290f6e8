/* Browser workbench entry: the Scorecard Kit pane over an .xlsx opened in this page, for teams
 * whose IT blocks Office add-ins. The workbook never leaves the browser; the only requests are
 * the example workbook (same origin) and, when the user asks, a catalogue address. */
import { mountPane } from "../pane";
import { errorText, failureText } from "../pane/use-cases";
import { h, replaceChildren } from "../pane/view/dom";
import { createBrowserWorkbook, type CatalogueStorage, type DownloadKind } from "./browser-workbook";
import { createSheetPreview } from "./sheet-preview";
import { WORKBENCH_TEXT } from "./workbench-messages";

/** The example workbook webpack copies into dist/examples/. */
export const EXAMPLE_WORKBOOK = "examples/directorate-scorecard-2012-13-q2.xlsx";

function localStorageOrUndefined(): CatalogueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`workbench.html has no #${id}`);
  return found as T;
}

function start(): void {
  const paneOnly = new URLSearchParams(window.location.search).has("pane-only");
  const status = element<HTMLElement>("wb-status");
  const fileInput = element<HTMLInputElement>("wb-file");
  const exampleButton = element<HTMLButtonElement>("wb-example");
  const downloadSlot = element<HTMLElement>("wb-download");
  const preview = createSheetPreview();
  element<HTMLElement>("wb-preview").appendChild(preview.element);
  preview.show(undefined);

  // One download link per kind of file (the summary, the values-only copy), newest first.
  const downloads = new Map<DownloadKind, { url: string; link: HTMLElement }>();
  const forgetDownloads = (): void => {
    for (const { url } of downloads.values()) URL.revokeObjectURL(url);
    downloads.clear();
    replaceChildren(downloadSlot);
  };
  const offerDownload = (bytes: Uint8Array, fileName: string, kind: DownloadKind): void => {
    const earlier = downloads.get(kind);
    if (earlier) URL.revokeObjectURL(earlier.url);
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    const url = URL.createObjectURL(
      new Blob([copy.buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
    );
    const link = h(
      "a",
      { class: "sk-button sk-primary", href: url, download: fileName },
      kind === "summary" ? WORKBENCH_TEXT.download : WORKBENCH_TEXT.downloadValuesCopy,
    );
    downloads.set(kind, { url, link });
    replaceChildren(downloadSlot, ...[...downloads.values()].map((d) => d.link));
    // ?pane-only=1 hides the bar with the button: the browser saves the file at once instead.
    if (paneOnly) link.click();
  };

  const workbook = createBrowserWorkbook(
    { selectCell: preview.selectCell, mark: preview.mark, clearMarks: preview.clearMarks, offerDownload },
    localStorageOrUndefined(),
  );
  const pane = mountPane(element<HTMLElement>("wb-pane"), workbook, {
    host: paneOnly ? "workbench-pane-only" : "workbench",
    highlightAfterValidate: true,
  });

  async function open(bytes: Uint8Array, fileName: string): Promise<void> {
    status.textContent = WORKBENCH_TEXT.opening(fileName);
    const result = await workbook.open(bytes, fileName);
    // Whatever happens, the previous workbook is gone: its preview, downloads and findings with it.
    forgetDownloads();
    preview.show(result.ok ? result.snapshot : undefined);
    pane.workbookChanged();
    if (!result.ok) {
      status.textContent = WORKBENCH_TEXT.openFailed(fileName, result.reason);
      status.classList.add("wb-status-error");
      return;
    }
    status.classList.remove("wb-status-error");
    status.textContent = WORKBENCH_TEXT.opened(fileName, result.snapshot.sheets.length);
  }

  const guarded = (step: () => Promise<void>) => () => {
    step().catch((error: unknown) => {
      status.textContent = failureText(error);
      status.classList.add("wb-status-error");
    });
  };

  fileInput.addEventListener(
    "change",
    guarded(async () => {
      const file = fileInput.files?.[0];
      if (!file) return;
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        throw new Error(WORKBENCH_TEXT.openFailed(file.name, errorText(error)));
      }
      await open(bytes, file.name);
      fileInput.value = "";
    }),
  );

  const loadExample = guarded(async () => {
    const response = await fetch(EXAMPLE_WORKBOOK, { credentials: "same-origin" });
    if (!response.ok)
      throw new Error(WORKBENCH_TEXT.exampleFailed(`${response.status} ${response.statusText}`.trim()));
    await open(
      new Uint8Array(await response.arrayBuffer()),
      EXAMPLE_WORKBOOK.split("/").pop() ?? "example.xlsx",
    );
  });
  exampleButton.addEventListener("click", loadExample);

  // ?pane-only=1: just the pane at task-pane width over the example (screenshots, demos).
  if (paneOnly) {
    document.body.classList.add("pane-only");
    loadExample();
  }
}

start();
