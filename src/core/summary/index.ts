export * from "./plan";
export { RAG_COLOURS, HEADER_COLOURS } from "./rag-colours";
export { buildSummaryPlan, isException, readRagTable, SUMMARY_SHEETS, ALL_INDICATORS, DIRECTION_COLUMNS, type SummaryMeta } from "./build-summary-plan";
