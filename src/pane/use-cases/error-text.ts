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
