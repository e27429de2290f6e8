export {
  LIMIT_FACTOR,
  MR_SCREEN_FACTOR,
  MIN_POINTS,
  RUN_LENGTH,
  TWO_SIGMA_FRACTION,
  TWO_OF_THREE_WINDOW,
  TWO_OF_THREE_NEEDED,
  SPC_COLOURS,
} from "./constants";
export type { PointFlag, ProcessLimits, SpcOptions, SpcRuleFlags } from "./types";
export { movingRanges } from "./moving-ranges";
export { processLimits, type ProcessLimitsInput } from "./process-limits";
export { beyondLimits } from "./beyond-limits";
export { trendRun } from "./trend-run";
export { shiftRun } from "./shift-run";
export { twoOfThreeBeyondTwoSigma } from "./two-of-three-beyond-two-sigma";
export { pointVariation } from "./point-variation";
export { spcAnalysis, type SpcAnalysis } from "./spc-analysis";
export { spcVariation } from "./spc-variation";
export { spcAssurance } from "./spc-assurance";
export { variationColour } from "./variation-colour";
