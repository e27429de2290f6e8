import type { FileCheckOptions } from "../check-file";
import { checkFile } from "../check-file";
import { EXIT, type ExitCode } from "../exit-codes";
import { formatReport } from "../format-report";
import type { Output } from "../output";
import { FINDING_COLUMNS, findingRows } from "../../core/export";
import { formatTidy, type TidyFormat } from "../tidy-format";

export interface ValidateOptions extends FileCheckOptions {
  readonly files: readonly string[];
  /** text (default), json (the reports), or csv / jsonl (every finding flat, one row each). */
  readonly format: "text" | "json" | TidyFormat;
  readonly verbose: boolean;
}

/**
 * `scorecard validate`: checks each workbook and prints the report (text, or JSON: one object
 * for one file, an array for several; or every finding flat as CSV or JSON Lines). Exit 0 all valid, 1 any invalid, 2 any unreadable.
 */
export async function runValidate(options: ValidateOptions, out: Output): Promise<ExitCode> {
  const reports = [];
  let unreadable = false;
  for (const [n, file] of options.files.entries()) {
    if (options.files.length > 1) out.progress(`[${n + 1}/${options.files.length}] ${file}`);
    const result = await checkFile(file, { ...options, progress: out.progress });
    // Fatal findings (unreadable file, broken catalogue, unknown period) are bad input: exit 2.
    if (result.report.counts.fatal > 0) unreadable = true;
    reports.push(result.report);
    if (options.format === "text") out.result(formatReport(result.report, { verbose: options.verbose }));
  }
  if (options.format === "json")
    out.result(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
  if (options.format === "csv" || options.format === "jsonl")
    out.result(formatTidy(reports.flatMap(findingRows), FINDING_COLUMNS, options.format).replace(/\n$/, ""));
  if (unreadable) return EXIT.usage;
  return reports.every((r) => r.valid) ? EXIT.valid : EXIT.invalid;
}
