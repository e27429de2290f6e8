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

/** A run of cells down one column of the chart's own sheet, zero-based and inclusive. */
export interface PlannedColumnRange {
  readonly column: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

/** One line of a chart: its values, colour and look. */
export interface PlannedSeries {
  /** The legend text. */
  readonly name: string;
  readonly values: PlannedColumnRange;
  /** Line colour as #RRGGBB. */
  readonly colour: string;
  /** Line width in points (default 1.5). */
  readonly width?: number;
  /** A dashed line (limits, target); default solid. */
  readonly dashed?: boolean;
  /** False for markers alone, no line (special-cause points drawn over the values); default true. */
  readonly line?: boolean;
  /** Markers on every point in the line colour (the values line); default none. */
  readonly markers?: boolean;
  /** Points whose marker takes another colour (special-cause points), by index in `values`. */
  readonly pointColours?: readonly { readonly index: number; readonly colour: string }[];
}

/**
 * A line chart over cells of its own sheet (an XmR chart: the values, the mean, the limits and
 * the target as lines). Both writers draw it: Office.js charts in Excel, DrawingML in .xlsx.
 */
export interface PlannedChart {
  /** Stable key, unique in the sheet, e.g. "spc-CS-LAC". */
  readonly key: string;
  readonly title: string;
  /** The category (x-axis) labels, e.g. the period headers. */
  readonly categories: PlannedColumnRange;
  readonly series: readonly PlannedSeries[];
  /** Fixed bounds of the value axis; default automatic. */
  readonly valueAxis?: { readonly min: number; readonly max: number };
  /** Where the chart's top-left corner sits (zero-based cell) and its size in columns and rows. */
  readonly anchor: {
    readonly row: number;
    readonly column: number;
    readonly columns: number;
    readonly rows: number;
  };
}

export interface PlannedSheet {
  readonly name: string;
  /** Rectangular grid of cells starting at A1; null = leave blank. */
  readonly cells: readonly (readonly (PlannedCell | null)[])[];
  readonly columnWidths?: readonly number[];
  /** Tables inside the sheet, so adapters can add charts or conditional formats. */
  readonly tables?: readonly PlannedTable[];
  /** Line charts over the sheet's own cells. */
  readonly charts?: readonly PlannedChart[];
  /** Zero-based rows that start a new printed page (a chart and its title stay together). */
  readonly pageBreaks?: readonly number[];
  /** How the sheet prints: A4 landscape, one page wide, with these headers and footers. */
  readonly print?: PlannedPrint;
}

/** Left, centre and right parts of a page header or footer, in Excel's header/footer codes. */
export interface PlannedHeaderFooter {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

/** Print settings of a generated sheet. */
export interface PlannedPrint {
  readonly header: PlannedHeaderFooter;
  readonly footer: PlannedHeaderFooter;
  /** Zero-based first and last rows repeated at the top of every printed page. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
}

export interface SummaryPlan {
  readonly sheets: readonly PlannedSheet[];
}
