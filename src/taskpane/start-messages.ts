/** Texts the task pane shows before the pane itself can start. */
export const START_TEXT = {
  outsideExcel: "Open this page from Excel (Home > Scorecard Kit), or use the workbench",
  workbenchLink: "workbench.html",
  notExcel: (host: string) =>
    `Scorecard Kit works in Excel; this is ${host}. Open it from Excel (Home > Scorecard Kit), or use the workbench`,
  failed: (detail: string) => `The pane could not start: ${detail}`,
} as const;
