/**
 * The file name of a source path, as the summaries name their inputs.
 * @example sourceFileName("examples/a.xlsx") // "a.xlsx"
 * @example sourceFileName("C:\\pack\\a.xlsx") // "a.xlsx"
 */
export function sourceFileName(source: string): string {
  return source.split(/[\\/]/).pop() ?? source;
}
