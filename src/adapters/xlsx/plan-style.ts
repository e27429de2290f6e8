import { planProblems } from "./messages";
import type { Cell, Fill, Font } from "exceljs";
import type { PlannedCell } from "../../core/summary/plan";
import { hexColourDigits } from "../../core/workbook/excel-rules";

/**
 * Thrown when what a writer is asked to write breaks its contract — a SummaryPlan with no
 * sheets or a colour that is not #RRGGBB: a programming error, not bad user data.
 */
export class InvalidPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidPlanError";
  }
}

/** Alpha byte for an opaque colour in Excel's ARGB notation (ECMA-376 Part 1, 18.8.19 rgb). */
const OPAQUE_ALPHA = "FF";

/**
 * Excel's ARGB form of a #RRGGBB colour; anything else is a broken plan and throws.
 *
 * @example argbFromHex("#1f7a3d", "fill of Summary!B2") // "FF1F7A3D"
 */
export function argbFromHex(colour: string, where: string): string {
  const digits = hexColourDigits(colour);
  if (digits === undefined) throw new InvalidPlanError(planProblems.colour(colour, where));
  return `${OPAQUE_ALPHA}${digits}`;
}

/**
 * The workbook's default font (what exceljs gives every unstyled cell: Calibri 11, the theme's
 * minor font). A font written without name and size would leave Excel to guess them.
 */
const DEFAULT_FONT: Partial<Font> = { name: "Calibri", size: 11, family: 2, scheme: "minor" };

/** Applies a planned cell's fill, font colour and bold to an exceljs cell (fresh style objects each time). */
export function applyPlannedStyle(cell: Cell, planned: PlannedCell, where: string): void {
  if (planned.fill !== undefined) {
    const fill: Fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: argbFromHex(planned.fill, `the fill of ${where}`) },
    };
    cell.fill = fill;
  }
  if (planned.fontColor !== undefined || planned.bold !== undefined) {
    const font: Partial<Font> = { ...DEFAULT_FONT };
    if (planned.bold !== undefined) font.bold = planned.bold;
    if (planned.fontColor !== undefined)
      font.color = { argb: argbFromHex(planned.fontColor, `the font colour of ${where}`) };
    cell.font = font;
  }
  if (planned.wrap === true) cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
}
