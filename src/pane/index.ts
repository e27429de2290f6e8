export type { WorkbookPort } from "../core/workbook/workbook-port";
export { mountPane, type PaneOptions, type PaneHandle } from "./view/mount-pane";
export * from "./use-cases";
export { PANE_TEXT } from "./pane-messages";
