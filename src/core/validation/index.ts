export * from "./findings";
export { FINDING_MESSAGES } from "./finding-messages";
export { makeFinding } from "./make-finding";
export { cellText } from "./cell-text";
export { describeValue, gapFormatFor, gapValue, numberFormatFor } from "./describe-value";
export { readValueCell, type ValueCell, type CellIssue } from "./read-value-cell";
export {
  choosePeriod,
  isLatestEach,
  LATEST_EACH,
  periodColumns,
  periodHasFigures,
  periodLabel,
} from "./choose-period";
export type { AnalysedIndicator } from "./analysed-indicator";
export { indicatorSpc, ragSpcStory, type IndicatorSpc } from "./indicator-spc";
export { periodFigures, periodTargets, type PeriodFigure } from "./period-figures";
export { analyseRow, type SheetContext } from "./analyse-row";
export { analyseWorkbook, type AnalyseOptions, type WorkbookAnalysis } from "./analyse-workbook";
export { validationReport, failedReport, isValid, type ValidationReport } from "./validation-report";
