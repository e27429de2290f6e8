/**
 * RAG constants, each named once with its source.
 */

/**
 * Default tolerance: 5%, relative to the target.
 * Source: catalogue contract (src/core/catalogue/types.ts, `Indicator.tolerance`: "Default 0.05
 * relative") — the common council practice of amber within 5% of target.
 */
export const DEFAULT_TOLERANCE = 0.05;

/**
 * For `target` polarity amber reaches twice the tolerance either side of the target.
 * Source: docs/rules.md, "RAG against a target": "amber within twice the tolerance".
 */
export const TARGET_POLARITY_AMBER_MULTIPLE = 2;
