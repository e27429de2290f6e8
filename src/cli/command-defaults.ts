/**
 * The CLI's fixed choices and defaults, in a module that loads nothing else, so that parsing the
 * command line (and `scorecard --help`) stays fast; each command loads its own modules.
 */

/** The flat formats the CLI writes for a warehouse. */
export const TIDY_FORMATS = ["csv", "jsonl"] as const;
export type TidyFormat = (typeof TIDY_FORMATS)[number];

/** The roll-up's default name, in the current folder. */
export const DEFAULT_ROLLUP = "rollup-summary.xlsx";
