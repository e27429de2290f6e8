/** Where the CLI writes: results to stdout, diagnostics and progress to stderr (changesets habit). */
export interface Output {
  result(text: string): void;
  progress(text: string): void;
  error(text: string): void;
}

export const processOutput: Output = {
  result: (text) => process.stdout.write(`${text}\n`),
  progress: (text) => process.stderr.write(`${text}\n`),
  error: (text) => process.stderr.write(`scorecard: ${text}\n`),
};
