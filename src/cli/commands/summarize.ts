import * as path from "path";
import { writeSummaryWorkbook } from "../../adapters/xlsx";
import { checkFile, type FileCheckOptions } from "../check-file";
import { EXIT, type ExitCode } from "../exit-codes";
import { reportHeadline } from "../format-report";
import { defaultSummaryPath, writeFileSafely } from "../io";
import { CLI_MESSAGES } from "../messages";
import type { Output } from "../output";

export interface SummarizeOptions extends FileCheckOptions {
  readonly file: string;
  readonly output?: string;
  readonly force: boolean;
  /** The local time stamped on the summary (localTimestamp of the clock's now). */
  readonly generatedAt: string;
}

/**
 * `scorecard summarize`: writes a NEW workbook with the Scorecard Summary, Exceptions and
 * Validation sheets. The input is never written; an existing output is kept unless --force.
 */
export async function runSummarize(options: SummarizeOptions, out: Output): Promise<ExitCode> {
  const target = options.output ?? defaultSummaryPath(options.file);
  // The summary is always an .xlsx workbook; any other name would mislabel it.
  if (!/\.xlsx$/i.test(target)) {
    out.error(CLI_MESSAGES.outputNotXlsx(target, xlsxName(target)));
    return EXIT.usage;
  }
  const result = await checkFile(options.file, { ...options, summaryGeneratedAt: options.generatedAt });
  if (!result.readable || !result.analysis || !result.plan) {
    out.error(result.report.findings.map((f) => f.message).join("\n"));
    return EXIT.usage;
  }
  if (result.report.findings.some((f) => f.code === "period/unknown")) {
    out.error(result.report.findings.find((f) => f.code === "period/unknown")!.message);
    return EXIT.usage;
  }
  const data = await writeSummaryWorkbook(result.plan);
  const written = writeFileSafely(target, data, { force: options.force, protect: [options.file] });
  if (!written.ok) {
    out.error(written.reason);
    return EXIT.usage;
  }
  // Mapping-file entries that matched nothing are easy to miss in the Validation sheet: say them here too.
  for (const f of result.report.findings)
    if (f.code === "map/unused") out.error(CLI_MESSAGES.mapUnusedWarning(f.message));
  const rag = (word: string) => result.analysis!.indicators.filter((i) => i.rag === word).length;
  out.result(reportHeadline(result.report));
  out.result(CLI_MESSAGES.ragCounts(result.analysis.indicators.length, rag));
  out.result(CLI_MESSAGES.summaryWritten(target));
  return EXIT.valid;
}

/** The name with its extension replaced by .xlsx: "sum.csv" -> "sum.xlsx", "summary" -> "summary.xlsx". */
function xlsxName(file: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}.xlsx`);
}
