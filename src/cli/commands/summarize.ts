import * as path from "path";
import { DEFAULT_MAX_CELLS } from "../../adapters/xlsx/limits";
import { streamSummaryWorkbook } from "../../adapters/xlsx/write-plan-streaming";
import { CHANGE_KINDS, compareAnalyses } from "../../core/compare";
import { buildRollupPlan, type RollupInput } from "../../core/summary";
import type { WorkbookAnalysis } from "../../core/validation";
import { checkFile, type FileCheckOptions } from "../check-file";
import { EXIT, type ExitCode } from "../exit-codes";
import { reportHeadline } from "../format-report";
import { defaultSummaryPath, writeFileSafely } from "../io";
import { CLI_MESSAGES } from "../messages";
import { DEFAULT_ROLLUP } from "../command-defaults";
import type { Output } from "../output";

export interface SummarizeOptions extends FileCheckOptions {
  /** One workbook gives its summary; several give one roll-up over all of them. */
  readonly files: readonly string[];
  readonly output?: string;
  readonly force: boolean;
  /** The local time stamped on the summary (localTimestamp of the clock's now). */
  readonly generatedAt: string;
  /** Last time's workbook: the summary gains a Changes sheet. One workbook only. */
  readonly compare?: string;
}

export { DEFAULT_ROLLUP } from "../command-defaults";

/**
 * `scorecard summarize`: writes a NEW workbook with the Scorecard Summary, Exceptions and
 * Validation sheets (and Changes with --compare); with several workbooks, one roll-up over all
 * of them. Inputs are never written; an existing output is kept unless --force.
 */
export async function runSummarize(options: SummarizeOptions, out: Output): Promise<ExitCode> {
  const several = options.files.length > 1;
  const target = options.output ?? (several ? DEFAULT_ROLLUP : defaultSummaryPath(options.files[0] ?? ""));
  // The summary is always an .xlsx workbook; any other name would mislabel it.
  if (!/\.xlsx$/i.test(target)) {
    out.error(CLI_MESSAGES.outputNotXlsx(target, xlsxName(target)));
    return EXIT.usage;
  }
  if (options.compare !== undefined && several) {
    out.error(CLI_MESSAGES.compareWithSeveral);
    return EXIT.usage;
  }
  return several ? rollUp(options, target, out) : summarizeOne(options, options.files[0] ?? "", target, out);
}

async function summarizeOne(
  options: SummarizeOptions,
  file: string,
  target: string,
  out: Output,
): Promise<ExitCode> {
  let previous: WorkbookAnalysis | undefined;
  if (options.compare !== undefined) {
    if (path.resolve(options.compare) === path.resolve(file)) {
      out.error(CLI_MESSAGES.compareIsInput(file));
      return EXIT.usage;
    }
    // Last time's workbook is read as it stands: its own latest period, no mapping file.
    const before = await checkFile(options.compare, {
      maxCells: options.maxCells ?? DEFAULT_MAX_CELLS,
      ...(options.catalogue ? { catalogue: options.catalogue } : {}),
      ...(options.progress ? { progress: options.progress } : {}),
    });
    if (!before.readable || !before.analysis) {
      out.error(CLI_MESSAGES.previousUnreadable(options.compare, fatalMessages(before.report.findings)));
      return EXIT.usage;
    }
    previous = before.analysis;
  }
  const result = await checkFile(file, {
    ...options,
    summaryGeneratedAt: options.generatedAt,
    ...(previous ? { previous } : {}),
  });
  if (!result.readable || !result.analysis || !result.plan) {
    out.error(result.report.findings.map((f) => f.message).join("\n"));
    return EXIT.usage;
  }
  if (result.report.findings.some((f) => f.code === "period/unknown")) {
    out.error(result.report.findings.find((f) => f.code === "period/unknown")!.message);
    return EXIT.usage;
  }
  const data = await streamSummaryWorkbook(result.plan);
  const written = writeFileSafely(target, data, {
    force: options.force,
    protect: [file, ...(options.compare !== undefined ? [options.compare] : [])],
  });
  if (!written.ok) {
    out.error(written.reason);
    return EXIT.usage;
  }
  // Mapping-file entries that matched nothing are easy to miss in the Validation sheet: say them here too.
  for (const f of result.report.findings)
    if (f.code === "map/unused") out.error(CLI_MESSAGES.mapUnusedWarning(f.message));
  out.result(reportHeadline(result.report));
  for (const line of countLines(result.analysis)) out.result(line);
  if (previous) {
    const changes = compareAnalyses(previous, result.analysis);
    const counts = CHANGE_KINDS.map((kind) => [kind, changes.filter((c) => c.kind === kind).length] as const);
    out.result(CLI_MESSAGES.changesCounted(options.compare!, counts));
  }
  out.result(CLI_MESSAGES.summaryWritten(target));
  return EXIT.valid;
}

/**
 * The roll-up: each workbook checked in turn (progress on stderr), a broken one reported and
 * left out while the others are still summarised. Exit 1 when some workbook was left out.
 */
async function rollUp(options: SummarizeOptions, target: string, out: Output): Promise<ExitCode> {
  const inputs: RollupInput[] = [];
  let leftOut = 0;
  for (const [n, file] of options.files.entries()) {
    out.progress(CLI_MESSAGES.rollupFile(n + 1, options.files.length, file));
    const result = await checkFile(file, { ...options, progress: out.progress });
    const fatal = result.report.findings.filter((f) => f.severity === "fatal");
    if (!result.readable || !result.analysis || fatal.length > 0) {
      leftOut++;
      out.error(CLI_MESSAGES.notRolledUp(file, fatalMessages(result.report.findings)));
      inputs.push({ source: file, findings: result.report.findings });
      continue;
    }
    inputs.push({ source: file, analysis: result.analysis, findings: result.report.findings });
  }
  const included = inputs.flatMap((input) => (input.analysis ? [input.analysis] : []));
  if (included.length === 0) {
    out.error(CLI_MESSAGES.nothingToRollUp);
    return EXIT.usage;
  }
  const data = await streamSummaryWorkbook(buildRollupPlan(inputs, { generatedAt: options.generatedAt }));
  const written = writeFileSafely(target, data, { force: options.force, protect: options.files });
  if (!written.ok) {
    out.error(written.reason);
    return EXIT.usage;
  }
  out.result(CLI_MESSAGES.rolledUp(included.length, options.files.length));
  const all = included.flatMap((analysis) => analysis.indicators);
  const plans = included.flatMap((analysis) => analysis.actionPlans ?? []);
  for (const line of countLines({ indicators: all, ...(plans.length > 0 ? { actionPlans: plans } : {}) }))
    out.result(line);
  out.result(CLI_MESSAGES.summaryWritten(target));
  return leftOut > 0 ? EXIT.invalid : EXIT.valid;
}

const fatalMessages = (findings: readonly { severity: string; message: string }[]): string[] =>
  findings.filter((f) => f.severity === "fatal").map((f) => f.message);

/** The counts said after a summary: indicators by RAG, on track when a plan has a trajectory, actions by RAG. */
function countLines(analysis: Pick<WorkbookAnalysis, "indicators" | "actionPlans">): string[] {
  const { indicators } = analysis;
  const actions = (analysis.actionPlans ?? []).flatMap((plan) => plan.actions);
  const judged = indicators.filter((i) => i.onTrack !== undefined);
  return [
    ...(indicators.length > 0 || actions.length === 0
      ? [CLI_MESSAGES.ragCounts(indicators.length, (word) => indicators.filter((i) => i.rag === word).length)]
      : []),
    ...(judged.length > 0
      ? [CLI_MESSAGES.onTrackCounts(judged.length, (word) => judged.filter((i) => i.onTrack === word).length)]
      : []),
    ...(actions.length > 0
      ? [CLI_MESSAGES.actionCounts(actions.length, (word) => actions.filter((a) => a.status === word).length)]
      : []),
  ];
}

/** The name with its extension replaced by .xlsx: "sum.csv" -> "sum.xlsx", "summary" -> "summary.xlsx". */
function xlsxName(file: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}.xlsx`);
}
