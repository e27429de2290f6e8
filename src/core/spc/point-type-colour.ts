import type { SpcPointType } from "../words";
import { SPC_COLOURS } from "./constants";

/**
 * The MDC colour (#RRGGBB) of a point on the chart, by its type: common cause grey, improvement
 * blue, concern orange, neutral (high or low) purple. Source: docs/rules.md, "SPC" colours.
 * @example pointTypeColour("concern") // "#E46C0A"
 */
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
