/**
 * What the custom functions do with an exception that our own code threw: a bug, not bad
 * input (bad input is an ArgumentProblem with its own message). The user still sees #VALUE!
 * with a message, but the bug is logged with its stack, and tests install a handler that
 * rethrows it, so a bug fails a test instead of passing as #VALUE!.
 */

/** Receives each unexpected exception, before the cell shows #VALUE!. */
export type BugHandler = (error: unknown) => void;

/** Logs the stack to the console (the add-in's developer tools show it). */
export const logBug: BugHandler = (error) => {
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  console.error(`Scorecard Kit: unexpected error in a custom function.\n${detail}`);
};

let handler: BugHandler = logBug;

/** Sets the handler and returns the one it replaced (tests set one that rethrows). */
export function setBugHandler(next: BugHandler): BugHandler {
  const previous = handler;
  handler = next;
  return previous;
}

/** Hands an unexpected exception to the handler (which may rethrow it). */
export function reportBug(error: unknown): void {
  handler(error);
}
