import { createOfficeWorkbook } from "../excel/office-workbook";
import { sharedCatalogueStore } from "./catalogue-store";

/** How long KPI.STATUS waits for the saved catalogue before using what the store has. */
const RESTORE_WAIT_MS = 3000;

/**
 * Restores the workbook's saved catalogue into the shared store (once), reading the document
 * setting through Office.js. Outside Excel (tests, the workbench) there is nothing to restore.
 */
export async function restoreSavedCatalogue(): Promise<void> {
  if (typeof Office === "undefined" || typeof Excel === "undefined") return;
  const attempt = sharedCatalogueStore.restore(() => createOfficeWorkbook().loadSavedCatalogue());
  await Promise.race([attempt, new Promise<void>((resolve) => setTimeout(resolve, RESTORE_WAIT_MS))]);
}
