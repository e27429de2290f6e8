/** Exit codes of the scorecard command (a contract, issue 3). */
export const EXIT = {
  /** Every workbook is valid. */
  valid: 0,
  /** At least one workbook has fatal or error findings (or warnings with --strict). */
  invalid: 1,
  /** Bad usage, or an input that could not be read at all. */
  usage: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
