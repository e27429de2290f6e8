import { planProblems } from "./messages";
import type { Fill, Font, Style } from "exceljs";
import type { PlannedCell } from "../../core/summary/plan";
import { hexColourDigits, TEXT_FORMAT } from "../../core/workbook/excel-rules";

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

/**
 * The exceljs styles of a summary's planned cells, one shared (frozen) object per distinct
 * look. exceljs keeps a cache keyed by the style object, so cells that share one are written
 * with a lookup instead of rendering their style to XML each (a third of the writer's time on a
 * large summary). A shared style must never be changed, so it is frozen; cells get a whole style.
 */
export class PlannedStyles {
  private readonly byLook = new Map<string, Partial<Style>>();

  /**
   * The style of a planned cell: "@" for text kept as text, else its number format; its fill,
   * font colour, bold and wrap; `topAligned` for a cell in a row of wrapped text. A colour not of
   * the form #RRGGBB throws InvalidPlanError naming `where()`.
   */
  styleOf(planned: PlannedCell, topAligned: boolean, where: () => string): Partial<Style> {
    const numFmt =
      planned.asText === true
        ? TEXT_FORMAT
        : planned.numberFormat !== undefined && planned.numberFormat !== ""
          ? planned.numberFormat
          : undefined;
    const look = [
      numFmt ?? "",
      planned.fill ?? "",
      planned.fontColor ?? "",
      planned.bold === undefined ? "" : String(planned.bold),
      planned.wrap === true ? "wrap" : "",
      topAligned ? "top" : "",
    ].join("\u0000");
    const known = this.byLook.get(look);
    if (known !== undefined) return known;
    const style = Object.freeze(lookOf(planned, numFmt, topAligned, where));
    this.byLook.set(look, style);
    return style;
  }
}

function lookOf(
  planned: PlannedCell,
  numFmt: string | undefined,
  topAligned: boolean,
  where: () => string,
): Partial<Style> {
  const style: Partial<Style> = {};
  if (numFmt !== undefined) style.numFmt = numFmt;
  if (planned.fill !== undefined) {
    const fill: Fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: argbFromHex(planned.fill, `the fill of ${where()}`) },
    };
    style.fill = fill;
  }
  if (planned.fontColor !== undefined || planned.bold !== undefined) {
    const font: Partial<Font> = { ...DEFAULT_FONT };
    if (planned.bold !== undefined) font.bold = planned.bold;
    if (planned.fontColor !== undefined)
      font.color = { argb: argbFromHex(planned.fontColor, `the font colour of ${where()}`) };
    style.font = font;
  }
  if (planned.wrap === true) style.alignment = { wrapText: true, vertical: "top" };
  else if (topAligned) style.alignment = { vertical: "top" };
  return style;
}
