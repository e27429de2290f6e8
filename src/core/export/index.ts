export {
  FINDING_COLUMNS,
  findingRows,
  guardedText,
  INDICATOR_COLUMNS,
  indicatorRows,
  type FindingRow,
  type IndicatorRow,
  type TidyValue,
} from "./tidy-rows";
