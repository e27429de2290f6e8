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

  /** KPI.ONTRACK. */
  notAPeriod: (argumentName: string, got: string): string =>
    `${argumentName}: "${got}" is not a period. Use a financial year (2012/13), a quarter (Q2 2012/13), a calendar year (2012), a month (Apr 2012) or a date.`,
  startAndEndPeriods:
    "Give both startPeriod and endPeriod (the baseline's period and the target's), or neither (then the actual is compared with the target itself).",
  nowWithoutTrajectory:
    "nowPeriod needs startPeriod and endPeriod: the trajectory runs from the baseline at startPeriod to the target at endPeriod.",
  endNotAfterStart: (start: string, end: string): string =>
    `endPeriod (${end}) must come after startPeriod (${start}).`,
  quarterWithoutYear: (label: string, other: string): string =>
    `${label} has no year, so it cannot be placed against ${other}: write the quarter with its year, e.g. "${label} 2012/13".`,

  /** KPI.FORECAST. */
  forecastNotEnoughData: "Not enough data: a forecast needs at least 2 numbers in values.",
  periodsAheadRange: (got: number): string =>
    `periodsAhead must be a whole number from 1 to 1000 (got ${got}).`,

  /** KPI.CURVE. */
  curvePolarity: (got: string): string =>
    `polarity must be higher or lower for KPI.CURVE: turning the curve needs a better direction (got "${got}").`,
  interventionIndexNeeded:
    "interventionIndex is needed: the position in values (1 = the first cell) of the first point after the intervention.",
  interventionIndexWhole: (got: number): string =>
    `interventionIndex must be a whole number of at least 1: the position in values of the first point after the intervention (got ${got}).`,

  /** Grades (KPI.RAG and KPI.DIRECTION with a grade scale; the SPC functions refuse grades). */
  badScale: (problems: string): string => `polarity names a grade scale that cannot be read: ${problems}`,
  gradeTolerance: (got: number): string =>
    `tolerance on grades counts whole grades: 0 (any grade worse than the target is Red), 1 (the default: one grade worse is Amber) or more (got ${got}).`,
  gradeRelativeTolerance:
    "toleranceMode relative does not apply to grades: the tolerance counts whole grades. Leave toleranceMode out.",
  gradeMethod: (method: string): string =>
    `method ${method} averages the values, but grades are ordered categories, not measurements, and are never averaged: use previous (the default), which compares the latest grade with the one before.`,
  spcGrade: (found: string): string =>
    `SPC needs measurements, but "${found}" is a grade: grades are ordered categories, so a mean or process limits of them mean nothing. For a grade's direction of travel use KPI.DIRECTION with its scale, e.g. KPI.DIRECTION(values, "ofsted").`,
  spcScale: (scale: string): string =>
    `SPC needs measurements, but polarity names the grade scale "${scale}": grades are ordered categories, so a mean or process limits of them mean nothing. For a grade's direction of travel use KPI.DIRECTION(values, "${scale}").`,

  /** An exception from our own code (report-bug.ts). */
  bug: "Scorecard Kit could not compute this cell: an error in Scorecard Kit, not in your data. Please report it with the arguments used.",
} as const;
