import type { SpcPointType, SpcVariation } from "../words";
import { SPC_COLOURS } from "./constants";

/**
 * The MDC colour (#RRGGBB) for a variation type, for icons and chart points.
 *
 * Source: docs/rules.md, "SPC" colours: common cause grey #A6A6A6, improvement blue #00B0F0,
 * concern orange #E46C0A, neutral (special cause high/low) purple #490092.
 * Bad input: "Not enough data" (or an unknown word) has no colour: null.
 *
 * @example variationColour("Special cause concerning") // "#E46C0A"
 */
export function variationColour(variation: SpcVariation): string | null {
  switch (variation) {
    case "Common cause":
      return SPC_COLOURS.commonCause;
    case "Special cause improving":
      return SPC_COLOURS.improvement;
    case "Special cause concerning":
      return SPC_COLOURS.concern;
    case "Special cause high":
    case "Special cause low":
      return SPC_COLOURS.neutral;
    default:
      return null;
  }
}

/** The MDC colour (#RRGGBB) of a point on the chart, by its type. */
export function pointTypeColour(type: SpcPointType): string {
  switch (type) {
    case "improvement":
      return SPC_COLOURS.improvement;
    case "concern":
      return SPC_COLOURS.concern;
    case "neutral high":
    case "neutral low":
      return SPC_COLOURS.neutral;
    default:
      return SPC_COLOURS.commonCause;
  }
}
