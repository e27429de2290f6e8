import { indicatorRows, INDICATOR_COLUMNS, type IndicatorRow } from "../../core/export";
import type { FileCheckOptions } from "../check-file";
import { checkFile } from "../check-file";
import { EXIT, type ExitCode } from "../exit-codes";
import { writeFileSafely } from "../io";
import { CLI_MESSAGES } from "../messages";
import type { Output } from "../output";
import { formatTidy, type TidyFormat } from "../tidy-format";

export interface ExportOptions extends FileCheckOptions {
  readonly files: readonly string[];
  readonly format: TidyFormat;
  /** Where to write; stdout when absent. */
  readonly output?: string;
  readonly force: boolean;
}

/**
 * `scorecard export`: one row per indicator per period of every workbook, as CSV or JSON Lines,
 * to stdout or a file. A workbook that cannot be checked is reported on stderr and left out; the
 * others are still exported (exit 2 then, as validate does for unreadable input).
 */
export async function runExport(options: ExportOptions, out: Output): Promise<ExitCode> {
  const rows: IndicatorRow[] = [];
  let failed = false;
  for (const [n, file] of options.files.entries()) {
    if (options.files.length > 1) out.progress(`[${n + 1}/${options.files.length}] ${file}`);
    const result = await checkFile(file, { ...options, progress: out.progress });
    if (!result.readable || !result.analysis) {
      failed = true;
      const reasons = result.report.findings.filter((f) => f.severity === "fatal").map((f) => f.message);
      out.error(CLI_MESSAGES.notExported(file, reasons));
      continue;
    }
    rows.push(...indicatorRows(result.analysis, file));
  }
  const text = formatTidy(rows, INDICATOR_COLUMNS, options.format);
  if (options.output === undefined) out.result(text.replace(/\n$/, ""));
  else {
    const written = writeFileSafely(options.output, new TextEncoder().encode(text), {
      force: options.force,
      protect: options.files,
    });
    if (!written.ok) {
      out.error(written.reason);
      return EXIT.usage;
    }
    out.progress(CLI_MESSAGES.exported(rows.length, options.output));
  }
  return failed ? EXIT.usage : EXIT.valid;
}
