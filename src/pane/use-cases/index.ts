export * from "./catalogue-choice";
export * from "./check-request";
export * from "./error-text";
export * from "./filter-findings";
export * from "./generate-summary";
export * from "./layout-choices";
export * from "./validate-workbook";
export * from "./detect-columns";
