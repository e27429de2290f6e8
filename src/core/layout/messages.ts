/**
 * Every sentence the layout module says, in one place: why a sheet is not read as a
 * scorecard, and what is wrong in a layout override file.
 */
import { HEADER_SCAN_ROWS } from "./types";

const OVERRIDE_HINT = "If this sheet is a scorecard, add a layout override that names its columns.";

export const LAYOUT_MESSAGES = {
  notAnObject: "The sheet could not be read: it has no rows.",
  emptySheet: "The sheet is empty.",
  catalogueSheet: (sheet: string) => `"${sheet}" is the indicator catalogue, not a scorecard.`,
  noHeader: () =>
    `No header row in the first ${HEADER_SCAN_ROWS} rows names both an indicator column (such as "PI Description", "Measure" or "Ref") and a period column (such as "Q1", "2006" or "Current"). ${OVERRIDE_HINT}`,
  noPeriod: (row: number) =>
    `Row ${row + 1} looks like a header with an indicator column, but no column is a period (such as "Q1", "2006" or "Current"), so there are no values to check. ${OVERRIDE_HINT}`,
  noName: (row: number) =>
    `Row ${row + 1} looks like a header with period columns, but no column names the indicator (such as "PI Description", "Measure" or "Ref"). ${OVERRIDE_HINT}`,
} as const;

const ROLE_LIST =
  "id, name, target, period, rag, commentary, national, neighbours, portfolio, outcome, priority, owner, ignore";

export const OVERRIDE_MESSAGES = {
  notJson: (detail: string) => `The layout override file is not valid JSON: ${detail}`,
  notObject:
    'The layout override file must be a JSON object such as { "sheets": { "Scorecard": { "C": "name" } } }.',
  noSheets:
    'The layout override file has no "sheets" entry: add { "sheets": { "<sheet name or *>": { "<header or column letter>": "<role>" } } }.',
  sheetsNotObject:
    '"sheets" must be an object that maps a sheet name (or "*" for every sheet) to its column rules.',
  unknownTopKey: (key: string) =>
    `Unknown entry "${key}" at the top of the layout override file; only "sheets", "description" and "$schema" are read.`,
  emptySheetName:
    'A sheet name in "sheets" is empty; use the sheet\'s name as shown on its tab, or "*" for every sheet.',
  sheetTwice: (sheet: string) =>
    `Sheet "${sheet}" is listed twice (sheet names ignore case); merge the two entries.`,
  sheetNotObject: (sheet: string) =>
    `The rules for sheet "${sheet}" must be an object that maps a header or column letter to a role.`,
  emptyKey: (sheet: string) =>
    `Sheet "${sheet}" has a rule with an empty header; use the header text or a column letter such as "C".`,
  keyTwice: (sheet: string, key: string) =>
    `Sheet "${sheet}" has two rules for "${key}" (headers ignore case); keep one.`,
  valueNotText: (sheet: string, key: string) =>
    `Sheet "${sheet}", "${key}": the role must be text, one of ${ROLE_LIST}, or "period:LABEL" such as "period:Q2".`,
  unknownRole: (sheet: string, key: string, value: string) =>
    `Sheet "${sheet}", "${key}": "${value}" is not a column role; use one of ${ROLE_LIST}, or "period:LABEL" such as "period:Q2".`,
  emptyPeriodLabel: (sheet: string, key: string) =>
    `Sheet "${sheet}", "${key}": "period:" needs a label after the colon, such as "period:Q2"; write "period" alone to keep the header as the label.`,
} as const;
