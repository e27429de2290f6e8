import { SETTING_KEYS } from "../excel/limits";
import { recalculateWorkbook } from "../excel/recalculate";
import { readSetting } from "../excel/settings";
import { sharedCatalogueStore } from "./catalogue-store";

/** How long KPI.STATUS waits for the saved catalogue before answering "catalogue not loaded yet". */
const RESTORE_WAIT_MS = 3000;

let recalculating = false;

/**
 * Restores the workbook's saved catalogue into the shared store (once), reading the document
 * setting through Office.js, and from then on recalculates the workbook whenever the catalogue
 * changes, so every KPI.STATUS cell answers from the catalogue now chosen (a restore that
 * finishes after the wait included). Outside Excel (tests, the workbench) there is nothing to restore.
 */
export async function restoreSavedCatalogue(): Promise<void> {
  if (typeof Office === "undefined" || typeof Excel === "undefined") return;
  if (!recalculating) {
    recalculating = true;
    sharedCatalogueStore.onChange(
      () =>
        void recalculateWorkbook().catch((error: unknown) =>
          console.warn("Scorecard Kit: could not recalculate after the catalogue changed.", error),
        ),
    );
  }
  // The setting alone (not the whole Office adapter), so the functions' bundle stays small.
  const attempt = sharedCatalogueStore.restore(() => readSetting(Excel.run, SETTING_KEYS.catalogue));
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    attempt,
    new Promise<void>((resolve) => (timer = setTimeout(resolve, RESTORE_WAIT_MS))),
  ]);
  clearTimeout(timer);
}
