/** `scorecard freeze`: a values-only copy of a workbook, for people without the add-in. */
export { freezeWorkbook } from "./freeze-workbook";
export { freezeSheetXml, type SheetFreezeOptions, type SheetFreezeResult } from "./freeze-sheet-xml";
export { customPropertiesWithNote, FROZEN_PROPERTY, type FrozenNote } from "./frozen-note";
export { displayFormula } from "./formula-text";
export type { FreezeOptions, FreezeProblem, FreezeProblemKind, FreezeResult, FrozenSheet } from "./types";
export { copyExtension, valuesCopyName } from "./copy-name";
