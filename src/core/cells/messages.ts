/**
 * Every plain-English message about a cell that cannot be read as a number, in one place
 * (HyperFormula habit: all message texts live in one file). Each says what is wrong and what to do.
 */

/** Longest stretch of a cell's text quoted back in a message. */
const QUOTE_LIMIT = 60;

/**
 * Quotes a cell's text for a message, shortened to 60 characters with an ellipsis.
 * Source: house style (messages must stay readable in a task-pane list).
 * Bad input: none; any text is quoted.
 * @example quoteCellText("Amber") // "\"Amber\""
 */
export function quoteCellText(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  const short = oneLine.length > QUOTE_LIMIT ? `${oneLine.slice(0, QUOTE_LIMIT - 1)}\u2026` : oneLine;
  return `"${short}"`;
}

/** What each Excel error usually means. Source: Microsoft Support "How to correct a #... error". */
const EXCEL_ERROR_HINTS: Readonly<Record<string, string>> = {
  "#DIV/0!": "the formula divides by zero or by an empty cell",
  "#N/A": "a lookup found no match, or the value is marked not available",
  "#REF!": "the formula refers to a cell or sheet that was deleted",
  "#NAME?": "the formula uses a name or function Excel does not know",
  "#VALUE!": "the formula got the wrong kind of input, often text where a number belongs",
  "#NUM!": "the formula's result is not a valid number",
  "#NULL!": "the formula refers to ranges that do not meet",
  "#SPILL!": "the formula's results are blocked by cells that are not empty",
  "#CALC!": "the formula's calculation failed, often on an empty array",
};

/** The messages readCell puts on an unreadable reading. */
export const CELL_MESSAGES = {
  formulaError: (error: string): string =>
    `The cell shows the Excel error ${error}${EXCEL_ERROR_HINTS[error] ? ` (${EXCEL_ERROR_HINTS[error]})` : ""}: fix the formula or its inputs, or clear the cell if there is no data yet.`,
  ragWord: (word: string): string =>
    `The cell holds the RAG word ${quoteCellText(word)} where a number belongs: type the value and put the colour in the RAG column.`,
  multipleValues: (text: string, first: string): string =>
    `The cell holds more than one value (${quoteCellText(text)}): keep one value per cell (the first here is ${first}) and move the others to their own rows or to a comment.`,
  textWithNumber: (text: string, first: string): string =>
    `The cell mixes words with a number (${quoteCellText(text)}): type just the number (here perhaps ${first}) and move the words to the commentary or a comment.`,
  words: (text: string): string =>
    `The cell holds the text ${quoteCellText(text)}, not a number: type the value, or leave the cell blank (or type n/a) when there is none.`,
  boolean: (value: boolean): string =>
    `The cell holds ${value ? "TRUE" : "FALSE"} where a number belongs: type the value instead.`,
  date: (): string =>
    "The cell holds a date where a number belongs: type the value, or change the cell's number format if it holds a number shown as a date.",
  dateFormattedNumber: (format: string): string =>
    `The cell holds a number shown as a date or time (number format ${quoteCellText(format)}): if it is a value, change the cell's number format to General or a number format.`,
  notFinite: (): string =>
    "The cell holds a number that is not finite (NaN or infinity): check the formula or the program that fills the cell.",
  unknownKind: (): string =>
    "The cell holds something that is neither a number, text, TRUE/FALSE nor a date: type the value again.",
} as const;
