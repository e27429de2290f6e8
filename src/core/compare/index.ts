export { compareAnalyses, CHANGE_KINDS, type ChangeKind, type IndicatorChange } from "./compare-analyses";
