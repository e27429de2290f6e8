export { ragStatus, type RagRules, DEFAULT_TOLERANCE } from "./rag-status";
export { percentOfTarget } from "./percent-of-target";
export { toleranceWidth } from "./tolerance-width";
export { TARGET_POLARITY_AMBER_MULTIPLE } from "./constants";
