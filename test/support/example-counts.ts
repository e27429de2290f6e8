/**
 * The validation counts of examples/directorate-scorecard-2012-13-q2.xlsx with the built-in
 * catalogue, period Q2: one hand-checked figure shared by the CLI, pane, engine and browser tests.
 * The findings behind each count are listed cell by cell in test/cli/cli.test.ts.
 */
export const DIRECTORATE_COUNTS = { fatal: 0, error: 3, warning: 19, info: 46 } as const;
