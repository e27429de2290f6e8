/**
 * How hard the property tests (fast-check) try. In `npm test` every property runs a bounded
 * number of times from a fixed seed, so the suite is fast and a failure repeats exactly. In
 * `npm run test:deep` (SCORECARD_DEEP=1) each runs many times from a fresh seed, to find what
 * the fixed seed does not reach; fast-check prints the seed of any failure to replay it.
 */
import fc from "fast-check";

export const DEEP = process.env.SCORECARD_DEEP === "1";

/** The seed of `npm test`. Change it only on purpose: a failure must replay. */
export const FIXED_SEED = 20261202;

/** Runs for one property: `quick` in npm test, `deep` (default 20 times as many) in test:deep. */
export function runs(quick: number, deep = quick * 20): { numRuns: number } {
  return { numRuns: DEEP ? deep : quick };
}

/** Installed for every test file by jest's setupFiles. */
export function configureProperties(): void {
  fc.configureGlobal(DEEP ? { numRuns: 2000 } : { seed: FIXED_SEED, numRuns: 100 });
}
