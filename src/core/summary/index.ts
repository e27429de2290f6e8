export * from "./plan";
export { RAG_COLOURS, HEADER_COLOURS } from "./rag-colours";
export {
  buildSummaryPlan,
  isException,
  readRagTable,
  SUMMARY_SHEETS,
  ALL_INDICATORS,
  DIRECTION_COLUMNS,
  type SummaryMeta,
} from "./build-summary-plan";
export { fitColumnWidths } from "./fit-column-widths";
export { spcSheet, SPC_SHEET, axisRange } from "./spc-sheet";
export { excelSerialFromTimestamp, GENERATED_AT_FORMAT, localTimestamp } from "./generated-at";
export { groupFindings, type FindingGroup } from "./group-findings";
