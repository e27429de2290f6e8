import { versionText } from "../core/catalogue/version-text";
import type { Severity } from "../core/validation/findings";

/** Where the pane runs: in Excel, in the workbench beside its preview and download bar, or in the workbench alone (?pane-only=1). */
export type PaneHost = "excel" | "workbench" | "workbench-pane-only";

/**
 * Every text the pane shows, in one place (house style: message texts live in one file), so
 * wording stays consistent across sections and can be reviewed or translated together.
 */
export const PANE_TEXT = {
  title: "Scorecard Kit",
  workbook: (name: string) => `Workbook: ${name}`,

  catalogueHeading: "Catalogue",
  catalogueAutomatic: "Automatic: the workbook's Catalogue sheet if it has one, else the built-in example.",
  catalogueSummary: (name: string, version: string, count: number) =>
    `${name} · ${versionText(version)} · ${count} ${count === 1 ? "indicator" : "indicators"}`,
  catalogueFrom: (origin: string) => `From: ${origin}`,
  catalogueChange: "Choose another catalogue",
  catalogueUseBuiltIn: "Use built-in example",
  catalogueUseSheet: "Use this workbook's Catalogue sheet",
  catalogueFileLabel: "Catalogue file (JSON or CSV)",
  catalogueUrlLabel: "Catalogue address (https://…)",
  catalogueUrlButton: "Load from address",
  catalogueProblemsHeading: (origin: string, count: number) =>
    `Not used: the catalogue from ${origin} has ${count} ${count === 1 ? "problem" : "problems"}. Fix ${count === 1 ? "it" : "them"} or choose another catalogue.`,
  catalogueWarningsHeading: "Catalogue warnings:",
  catalogueChosen: (name: string, origin: string, host: PaneHost) =>
    `Catalogue "${name}" chosen (${origin}). ${host === "excel" ? "It is saved with the workbook for next time and for the KPI functions." : "It is saved in this browser for next time."}`,
  catalogueNotSaved: (reason: string) =>
    `The catalogue is in use but could not be saved with the workbook: ${reason}`,
  catalogueRestoreFailed:
    "The catalogue saved with this workbook could not be read; the automatic choice is used instead.",

  originBuiltIn: "built-in example",
  originSheet: "this workbook's Catalogue sheet",
  originFile: (fileName: string) => `file ${fileName}`,
  originUrl: (url: string) => `address ${url}`,
  originSaved: "saved with this workbook",

  noCatalogueSheet: (sheet: string) => `This workbook has no sheet named "${sheet}".`,
  urlEmpty: "Type the catalogue's address, starting with https://.",
  urlNotValid: (text: string) => `"${text}" is not a web address. Type one starting with https://.`,
  urlNotHttps: (protocol: string) =>
    `Only https:// addresses are allowed (this one starts with ${protocol}//): catalogues must come over an encrypted connection.`,
  urlFetchFailed: (detail: string) =>
    `The catalogue could not be downloaded: ${detail}. Check the address, your connection, and that the server allows this page to read it (CORS).`,
  urlHttpStatus: (status: number, statusText: string) =>
    `The server answered ${status}${statusText ? ` ${statusText}` : ""}.`,
  fileUnreadable: (fileName: string, detail: string) => `The file ${fileName} could not be read: ${detail}.`,

  periodHeading: "Period",
  periodLabel: "Current period",
  periodLatest: "Latest with values (default)",
  periodLatestEach: "Each indicator's latest figure",
  periodHint: "Validate or detect columns to list the periods found in the workbook.",

  layoutHeading: "Columns",
  layoutIntro:
    "What each column of a scorecard sheet holds. Change a role if it was read wrongly; the change applies to the next validation.",
  layoutDetect: "Detect columns",
  layoutNotRead: "The workbook's columns are shown after the first validation, or press Detect columns.",
  layoutColumn: "Column",
  layoutHeader: "Header",
  layoutRole: "Role",
  layoutRoleLabel: (letter: string, header: string) => `Role of column ${letter} (${header || "no header"})`,
  layoutChanged: (detected: string) => `changed; detected: ${detected}`,
  layoutSkippedHeading: "Sheets skipped (not scorecards)",
  layoutNoScorecards: "No scorecard sheet was found.",
  layoutRows: (count: number) => `${count} indicator ${count === 1 ? "row" : "rows"}`,
  layoutOverridesActive: (count: number) =>
    `${count} column ${count === 1 ? "role" : "roles"} set by you, used by every validation and summary until set back.`,

  validate: "Validate workbook",
  summarize: "Generate summary",
  progressLabel: "Checking the workbook",
  reading: "Reading the workbook…",
  checking: "Checking the indicators…",
  writing: "Writing the summary…",
  validated: (file: string, period: string, catalogue: string, total: number) =>
    `Checked ${file}${period ? `, period ${period},` : ""}${catalogue ? ` against ${catalogue}` : ""}: ${total} ${total === 1 ? "finding" : "findings"}.`,
  validatedValid: "No errors: the workbook is valid.",
  ragSpcStories: (valid: boolean, count: number) =>
    `${valid ? "No errors: the workbook is valid. " : ""}Where RAG and SPC tell different stories (${count} ${count === 1 ? "indicator" : "indicators"}; also on the Exceptions sheet):`,

  resultsHeading: "Findings",
  countsLabel: "Findings by severity",
  severityName: { fatal: "Fatal", error: "Errors", warning: "Warnings", info: "Info" } satisfies Record<
    Severity,
    string
  >,
  severityOne: { fatal: "fatal", error: "error", warning: "warning", info: "info" } satisfies Record<
    Severity,
    string
  >,
  filterLabel: "Filter findings",
  filterPlaceholder: "cell, code or words",
  filterShow: "Show",
  noFindingsMatch: "No findings match the filter.",
  noFindings: "No findings.",
  moreFindings: (count: number) => `…and ${count} more. Narrow the filter to see them.`,
  workbookLevel: "Workbook",
  findingGoTo: (place: string) => `Go to ${place}`,
  highlight: "Highlight cells",
  clearHighlights: "Clear highlights",
  highlighted: (count: number) =>
    `${count} ${count === 1 ? "cell" : "cells"} highlighted (the findings shown). Clear highlights restores their formatting.`,
  nothingToHighlight: "No finding shown points at a cell.",
  cleared: "Highlights cleared.",
  selectFailed: (place: string, reason: string) => `Could not go to ${place}: ${reason}`,

  summaryWritten: (sheets: readonly string[], host: PaneHost) =>
    host === "excel"
      ? `Summary written: ${sheets.join(", ")}.`
      : host === "workbench"
        ? `Summary workbook ready (${sheets.join(", ")}). Save it with "Download summary" above the preview.`
        : `Summary workbook ready (${sheets.join(", ")}): your browser saves it as a download.`,
  previousUnreadable: (file: string, reason: string) =>
    `The previous file ${file} could not be compared: ${reason || "it could not be read."} Choose last time's .xlsx workbook.`,
  compare: "Compare with a previous file…",
  packLabel: "For the committee pack",
  valuesCopy: (host: PaneHost) =>
    host === "excel" ? "Save a values-only copy" : "Download a values-only copy",
  valuesCopyHint: (host: PaneHost) =>
    `A copy in which the KPI formulas are their last values, for colleagues without the add-in. ${host === "excel" ? "It opens as a new workbook; this one is not changed." : "Your file is not changed."}`,
  copying: "Making the values-only copy…",
  valuesCopyMade: (fileName: string, frozen: number, host: PaneHost) =>
    `${frozen} KPI ${frozen === 1 ? "formula" : "formulas"} frozen into ${frozen === 1 ? "its value" : "their values"}. ${host === "excel" ? `The copy opened as a new workbook: save it as ${fileName}.` : host === "workbench" ? `Save it with "Download values-only copy" above the preview (${fileName}).` : `Your browser saves it as ${fileName}.`}`,
  valuesCopyKept: (count: number) =>
    `${count} ${count === 1 ? "cell was" : "cells were"} kept as ${count === 1 ? "a formula" : "formulas"}, because ${count === 1 ? "its" : "their"} last value is missing or an error:`,
  valuesCopyNotMade: (reason: string) => `No values-only copy was made: ${reason}`,
  compareHint: "Last time's workbook: the summary gains a Changes sheet. The file stays on this computer.",
  changesCounted: (file: string, counts: readonly (readonly [string, number])[]) =>
    `Compared with ${file}: ${counts.map(([kind, n]) => `${n} ${kind}`).join(", ")}.`,
  summaryNotWritten: "No summary was written: the workbook could not be checked. See the findings below.",

  unexpected: (detail: string) => `Something went wrong: ${detail}`,
  bug: (detail: string) =>
    `Something went wrong inside Scorecard Kit (a bug, not a problem with your workbook): ${detail}. Please report it; the details are in the browser console.`,
  busy: "Busy: wait for the current step to finish.",
} as const;
