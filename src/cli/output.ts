/** Where the CLI writes: results to stdout, diagnostics and progress to stderr (changesets habit). */
export interface Output {
  result(text: string): void;
  progress(text: string): void;
  error(text: string): void;
}

/**
 * The CLI's output over two writers of raw text: one line per call, errors prefixed
 * "scorecard: ". The process uses stdout and stderr; tests collect the text in process.
 */
export function streamOutput(stdout: (text: string) => void, stderr: (text: string) => void): Output {
  return {
    result: (text) => stdout(`${text}\n`),
    progress: (text) => stderr(`${text}\n`),
    error: (text) => stderr(`scorecard: ${text}\n`),
  };
}

export const processOutput: Output = streamOutput(
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
);
