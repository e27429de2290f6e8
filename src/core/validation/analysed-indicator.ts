import type { Indicator } from "../catalogue/types";
import type { Direction, RagStatus } from "../words";
import type { IndicatorSpc } from "./indicator-spc";
import type { PeriodFigure } from "./period-figures";
import type { OnTrackStatus } from "../words";
import type { TrajectoryPoint } from "./trajectory-row";

/** One indicator row as the engine understood it, for the current period. */
export interface AnalysedIndicator {
  readonly sheet: string;
  /** Zero-based row on the sheet. */
  readonly row: number;
  /** The catalogue entry, when the row matched one. */
  readonly indicator?: Indicator;
  /** Catalogue id when matched, else the sheet's id or "". */
  readonly id: string;
  /** Catalogue name when matched, else the sheet's text. */
  readonly name: string;
  readonly outcomeArea: string;
  readonly period: string;
  /** Current-period value on the indicator's scale; null when missing or unreadable. */
  readonly value: number | null;
  /** The target used for RAG (the sheet's, else the catalogue's); null when none. */
  readonly target: number | null;
  readonly rag: RagStatus;
  /** The colour typed on the sheet, when it is a RAG word. */
  readonly enteredRag?: "Green" | "Amber" | "Red";
  readonly direction: Direction;
  readonly national: number | null;
  readonly neighbours: number | null;
  /** Gap to the benchmark, positive = better (points, in the indicator's unit). */
  readonly gapNational: number | null;
  readonly gapNeighbours: number | null;
  readonly commentary: string;
  /** Every period of the row, oldest first, judged as the current one is (the tidy export's rows). */
  readonly figures: readonly PeriodFigure[];
  /** The XmR chart over the periods, for indicators with at least 13 values. */
  readonly spc?: IndicatorSpc;
  /** A plan's baseline and year-labelled targets on this row, in column order. */
  readonly trajectory?: readonly TrajectoryPoint[];
  /** The current value against the trajectory at its period, when the row has both. */
  readonly onTrack?: OnTrackStatus;
}
