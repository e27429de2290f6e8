/** The creator written into workbook properties unless the caller names another. */
export const DEFAULT_CREATOR = "Scorecard Kit";

/** The document properties both summary writers set. */
export interface WorkbookPropertiesOptions {
  /** Workbook property "Author"/creator. Default "Scorecard Kit". */
  readonly creator?: string;
  /** Workbook property "Created". Default now; pass a fixed date for reproducible files. */
  readonly created?: Date;
}
