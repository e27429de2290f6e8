export {
  LIMIT_FACTOR,
  TWO_SIGMA_FACTOR,
  MR_SCREEN_FACTOR,
  MIN_POINTS,
  MIN_FIX_AFTER,
  RUN_LENGTH,
  RUN_LENGTH_RANGE,
  SPC_COLOURS,
} from "./constants";
export type { ProcessLimits, SpcOptions, SpecialCause, SpecialCauseRule } from "./types";
export { processLimits, type ProcessLimitsInput } from "./process-limits";
export { segmentSpecialCauses } from "./special-causes";
export { spcAnalysis, variationOfPointType, type SpcAnalysis, type SpcPoint } from "./spc-analysis";
export { spcVariation } from "./spc-variation";
export { spcAssurance, latestTarget } from "./spc-assurance";
export { pointTypeColour } from "./point-type-colour";
export {
  readSpcOptions,
  SPC_OPTION_MESSAGES,
  type SpcOptionsInput,
  type SpcOptionProblem,
} from "./spc-options";
