export * from "./plan";
export { RAG_COLOURS, HEADER_COLOURS } from "./rag-colours";
export {
  buildSummaryPlan,
  buildRollupPlan,
  isException,
  readRagTable,
  SUMMARY_SHEETS,
  ALL_INDICATORS,
  DIRECTION_COLUMNS,
  type SummaryMeta,
  type RollupInput,
} from "./build-summary-plan";
export { changesSheet, CHANGES_SHEET, CHANGE_COLUMNS } from "./changes-sheet";
export { sourceFileName } from "./source-file-name";
export { fitColumnWidths } from "./fit-column-widths";
export { spcSheet, SPC_SHEET, axisRange } from "./spc-sheet";
export { excelSerialFromTimestamp, GENERATED_AT_FORMAT, localTimestamp } from "./generated-at";
export { groupFindings, type FindingGroup } from "./group-findings";
export { reportCardSheet, REPORT_CARD_SHEET, OBA_QUESTIONS } from "./report-card-sheet";
