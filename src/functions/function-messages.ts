/**
 * Every sentence the custom functions show in a cell's error tooltip, in one table (house
 * style: message texts live in one file per layer). Messages of the core, such as why a cell
 * cannot be read, come from the core's own tables and are passed through.
 */
export const FUNCTION_MESSAGES = {
  /** Arguments. */
  notOneOf: (argumentName: string, words: readonly string[], got: string): string =>
    `${argumentName} must be one of ${words.join(", ")} (got "${got}").`,
  notYesNo: (argumentName: string, got: string): string =>
    `${argumentName} must be TRUE or FALSE (or yes / no) (got "${got}").`,
  notANumber: (argumentName: string, got: string): string =>
    `${argumentName} must be a number (got "${got}").`,
  negative: (argumentName: string, got: number): string =>
    `${argumentName} must not be negative (got ${got}).`,
  notWholeNumber: (argumentName: string, got: number): string =>
    `${argumentName} must be a whole number of at least 1 (got ${got}).`,
  unreadableCell: (argumentName: string, reason: string): string => `${argumentName}: ${reason}`,
  noValue: (argumentName: string): string => `No ${argumentName} value: the cell is blank or a placeholder.`,
  shapeMismatch: (otherName: string, mainShape: string, otherShape: string): string =>
    `${otherName} must be one cell or the same shape as actual (${mainShape}); it is ${otherShape}.`,
  targetsPerRow: (rows: number, cells: number): string =>
    `target must be one cell or one per row of values (${rows} rows); it has ${cells} cells.`,
  /** "3 rows x 1 column". */
  shape: (rows: number, columns: number): string =>
    `${rows} row${rows === 1 ? "" : "s"} x ${columns} column${columns === 1 ? "" : "s"}`,

  /** KPI.GAP. */
  noBenchmark: "No benchmark value: the benchmark cells are blank or placeholders.",
  zeroBenchmark: "The benchmark is 0, so a percentage gap cannot be computed; use mode points.",
  /** KPI.BAND and KPI.PEERRANK. */
  noPeerNumbers: "No peer values: the peers range has no numbers.",
  noPeers: "No peer values to rank against.",

  /** KPI.SPCLIMITS. */
  oneSeriesOnly: (rows: number): string =>
    `values must be one row or one column (one series); it has ${rows} rows. Use one KPI.SPCLIMITS per indicator.`,
  noValueForPoint: "No value for this point: a gap, left out of the chart.",

  /** KPI.STATUS. */
  catalogueNotLoaded:
    "Catalogue not loaded yet: open the Scorecard Kit pane and choose this workbook's catalogue (or the built-in example). KPI.STATUS then recalculates.",
  unknownIndicator: (id: string, catalogue: string, origin: string): string =>
    `No indicator "${id}" in the catalogue "${catalogue}" (${origin}). Check the id, or choose the catalogue in the Scorecard Kit pane.`,
  periodNeeded: (id: string, periods: readonly string[]): string =>
    `Indicator ${id} has a target per period (${periods.join(", ")}): give the period as the third argument.`,

  /** An exception from our own code (report-bug.ts). */
  bug: "Scorecard Kit could not compute this cell: an error in Scorecard Kit, not in your data. Please report it with the arguments used.",
} as const;
