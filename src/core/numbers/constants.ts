/**
 * Numeric constants shared by the core, each named once with its source.
 */

/**
 * Relative tolerance for "these two numbers are the same": |a - b| <= 1e-9 × max(|a|, |b|).
 * Source: docs/rules.md, "Near-equality". Typed figures must survive float arithmetic:
 * 13 × (1 − 0.1) is 11.700000000000001 in IEEE doubles, yet a typed 11.7 is "at 90% of target".
 * 1e-9 is far below any precision a scorecard shows (Excel keeps 15 significant digits) and far
 * above double rounding (~2e-16). There is no absolute floor: small rates (3e-10 per head) must
 * stay apart from each other, so 0 equals only 0.
 */
export const RELATIVE_EPSILON = 1e-9;
