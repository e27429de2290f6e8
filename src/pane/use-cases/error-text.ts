import { PANE_TEXT } from "../pane-messages";

/**
 * The sentence to show for something thrown: an Error's message (Office.js errors carry a
 * plain one), else the value as text. Never throws, never returns "".
 * @example errorText(new Error("The sheet was deleted.")) // "The sheet was deleted."
 */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== "") return error.message;
  if (typeof error === "string" && error.trim() !== "") return error;
  if (
    typeof error === "object" &&
    error !== null &&
    "message" in error &&
    typeof error.message === "string" &&
    error.message !== ""
  )
    return error.message;
  return "unknown error";
}

/**
 * True for what only a mistake in our own code throws (TypeError, ReferenceError, RangeError,
 * SyntaxError), as against Office refusing, a file the user chose or a message we threw.
 */
export function isProgrammingError(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    error instanceof ReferenceError ||
    error instanceof RangeError ||
    error instanceof SyntaxError
  );
}

/**
 * The sentence to show for a failure the pane caught. A programming error is also logged with
 * its stack to the console (the add-in's developer tools), and the sentence says it is a bug
 * in Scorecard Kit rather than a problem with the workbook.
 * @example failureText(new Error("The sheet was deleted.")) // "The sheet was deleted."
 */
export function failureText(error: unknown): string {
  if (!isProgrammingError(error)) return errorText(error);
  console.error("Scorecard Kit: unexpected error.", error);
  return PANE_TEXT.bug(errorText(error));
}
