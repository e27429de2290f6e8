export { COLUMN_ROLES, REQUIRED_ROLES, HEADER_SCAN_ROWS } from "./types";
export type {
  ColumnRole,
  ColumnLayout,
  SectionRow,
  DuplicateRole,
  SheetLayout,
  LayoutResult,
  ColumnOverride,
  LayoutOverrides,
  LayoutOverridesRead,
} from "./types";
export { detectLayout } from "./detect-layout";
export { detectWorkbookLayouts } from "./detect-workbook-layouts";
export { readLayoutOverrides } from "./layout-overrides";
export { columnFor, periodColumns, periodLabel, sectionFor } from "./layout-queries";
export { classifyHeader } from "./classify-header";
export type { HeaderMeaning } from "./classify-header";
export { parsePeriod, isGenericPeriod, GENERIC_PERIOD_LABELS } from "./parse-period";
export { cleanHeader } from "./clean-header";
export { HEADER_VOCABULARY, headerKey } from "./header-vocabulary";
export { LAYOUT_MESSAGES, OVERRIDE_MESSAGES } from "./messages";
export { unusedOverrides, type UnusedOverride } from "./unused-overrides";
