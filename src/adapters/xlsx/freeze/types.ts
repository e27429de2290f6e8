/** What the freeze reports and returns. */

/**
 * Why a cell was kept as a formula, or what a note is about:
 * - `name-error`: its last calculated value is #NAME? (calculated without the add-in);
 * - `error-value`: its last calculated value is another error (#VALUE!, #DIV/0!…);
 * - `no-value`: the file holds no calculated value for it;
 * - `defined-name`: a defined name calls the add-in's functions (a note; the name is kept).
 */
export type FreezeProblemKind = "name-error" | "error-value" | "no-value" | "defined-name";

/** A cell kept as a formula (or, for `defined-name`, a note), with what is wrong and what to do. */
export interface FreezeProblem {
  readonly kind: FreezeProblemKind;
  /** The worksheet's name; for a defined name, the sheet it belongs to, or "" for the workbook. */
  readonly sheet: string;
  /** The cell (A1), or "" for a defined name. */
  readonly cell: string;
  /** The defined name, for `defined-name` notes. */
  readonly name?: string;
  /** The formula as typed in Excel: "=KPI.RAG(D5,C5)". */
  readonly formula: string;
  /** The error the cell last showed ("#NAME?"), for `name-error` and `error-value`. */
  readonly value?: string;
  /** For a cell of a shared formula: the range Excel saved as that one formula ("D5:D20"). */
  readonly sharedFormula?: string;
  /** What is wrong, as a sentence. */
  readonly problem: string;
  /** What to do about it, as a sentence. */
  readonly action: string;
}

export interface FreezeOptions {
  /** Freeze every formula, not only those that call the add-in's functions. */
  readonly allFormulas?: boolean;
  /** The source workbook's file name, recorded in the copy's properties. */
  readonly sourceName: string;
  /** When the copy was made, recorded in the copy's properties. */
  readonly frozenAt: Date;
}

/** One worksheet of the copy and how many of its formulas were frozen. */
export interface FrozenSheet {
  readonly name: string;
  readonly frozen: number;
}

export type FreezeResult =
  | {
      readonly ok: true;
      /** The values-only copy. */
      readonly bytes: Uint8Array;
      /** How many cells were frozen (formula replaced by its value). */
      readonly frozen: number;
      /** Each worksheet that had formulas to freeze (frozen or kept), in workbook order. */
      readonly sheets: readonly FrozenSheet[];
      /** Cells that should have been frozen but were kept as formulas, in sheet and cell order. */
      readonly kept: readonly FreezeProblem[];
      /** Things kept on purpose that still need the add-in (defined names). */
      readonly notes: readonly FreezeProblem[];
      /** Whether xl/calcChain.xml was removed (it would list cells that no longer hold formulas). */
      readonly droppedCalcChain: boolean;
    }
  | { readonly ok: false; readonly reason: string };
