import type { CellValue } from "../cells/cell-value";

/**
 * A summary plan: the sheets to write, as plain data. Adapters write it in one go.
 * Text that came from user cells is marked `asText` so no adapter writes it as a formula.
 */
export interface PlannedCell {
  readonly value: CellValue;
  /** Write as literal text even if it starts with =, +, - or @. */
  readonly asText?: boolean;
  readonly numberFormat?: string;
  /** Fill colour as #RRGGBB. */
  readonly fill?: string;
  /** Font colour as #RRGGBB. */
  readonly fontColor?: string;
  readonly bold?: boolean;
  /** Wrap long text (names, commentary, messages) onto several lines. */
  readonly wrap?: boolean;
}

export interface PlannedTable {
  /** Stable key, e.g. "rag-by-outcome". */
  readonly key: string;
  /** Top-left cell of the table's header row, zero-based. */
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface PlannedSheet {
  readonly name: string;
  /** Rectangular grid of cells starting at A1; null = leave blank. */
  readonly cells: readonly (readonly (PlannedCell | null)[])[];
  readonly columnWidths?: readonly number[];
  /** Tables inside the sheet, so adapters can add charts or conditional formats. */
  readonly tables?: readonly PlannedTable[];
}

export interface SummaryPlan {
  readonly sheets: readonly PlannedSheet[];
}
