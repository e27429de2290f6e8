/**
 * Registers the KPI functions from the task pane's own bundle (shared runtime), so the pane and
 * KPI.STATUS share one module graph and one catalogue store. Only where Excel provides the
 * CustomFunctions runtime: opened in a plain browser the page must still explain itself.
 */
if (typeof CustomFunctions !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("../functions/functions");
}
export {};
