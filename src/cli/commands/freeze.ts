import * as path from "path";
import { copyExtension, freezeWorkbook, valuesCopyName } from "../../adapters/xlsx/freeze";
import { EXIT, type ExitCode } from "../exit-codes";
import { otherSpreadsheetFormat } from "../input-format";
import { readInputFile, writeFileSafely } from "../io";
import { CLI_MESSAGES } from "../messages";
import type { Output } from "../output";

export interface FreezeCommandOptions {
  readonly file: string;
  /** Where to write; "<input>-values.xlsx" beside the input when absent. */
  readonly output?: string;
  readonly force: boolean;
  /** Freeze every formula, not only those that call KPI functions. */
  readonly allFormulas: boolean;
  readonly json: boolean;
  /** When the copy is made (recorded in its properties). */
  readonly frozenAt: Date;
}

/** The default output: "<input name>-values.xlsx" (or .xlsm…, as the input) beside the input. */
export function defaultFreezePath(input: string): string {
  return path.join(path.dirname(input), valuesCopyName(path.basename(input)));
}

/**
 * `scorecard freeze`: writes a values-only copy of a workbook, in which formulas that call KPI
 * functions (every formula with --all-formulas) hold their last calculated values. The input is
 * never written. Exit 0 when everything was frozen (or there was nothing to freeze), 1 when the
 * copy was written but some cells had to keep their formulas, 2 when nothing was written.
 */
export async function runFreeze(options: FreezeCommandOptions, out: Output): Promise<ExitCode> {
  const read = readInputFile(options.file);
  if (!read.ok) {
    out.error(read.reason);
    return EXIT.usage;
  }
  const format = otherSpreadsheetFormat(options.file, read.data);
  if (format !== undefined) {
    out.error(CLI_MESSAGES.otherFormat(options.file, format));
    return EXIT.usage;
  }
  const target = options.output ?? defaultFreezePath(options.file);
  const extension = copyExtension(options.file);
  if (path.extname(target).toLowerCase() !== extension) {
    const parsed = path.parse(target);
    out.error(CLI_MESSAGES.wrongExtension(target, extension, path.join(parsed.dir, parsed.name + extension)));
    return EXIT.usage;
  }

  const result = await freezeWorkbook(read.data, {
    allFormulas: options.allFormulas,
    sourceName: path.basename(options.file),
    frozenAt: options.frozenAt,
  });
  if (!result.ok) {
    out.error(CLI_MESSAGES.notFrozen(options.file, result.reason));
    return EXIT.usage;
  }
  const written = writeFileSafely(target, result.bytes, { force: options.force, protect: [options.file] });
  if (!written.ok) {
    out.error(written.reason);
    return EXIT.usage;
  }

  if (options.json) {
    const { frozen, sheets, kept, notes, droppedCalcChain } = result;
    out.result(
      JSON.stringify(
        { file: options.file, output: target, frozen, sheets, kept, notes, droppedCalcChain },
        null,
        2,
      ),
    );
  } else {
    const sheets = result.sheets.filter((sheet) => sheet.frozen > 0).length;
    out.result(
      result.frozen > 0
        ? CLI_MESSAGES.froze(result.frozen, sheets, target)
        : result.kept.length > 0
          ? CLI_MESSAGES.noneFrozen(target)
          : CLI_MESSAGES.nothingToFreeze(options.allFormulas, target),
    );
    if (result.kept.length > 0) {
      out.progress(CLI_MESSAGES.keptHeading(result.kept.length));
      for (const problem of result.kept) out.progress(CLI_MESSAGES.kept(problem));
    }
    for (const note of result.notes) out.progress(CLI_MESSAGES.note(note));
  }
  return result.kept.length > 0 ? EXIT.invalid : EXIT.valid;
}
