/**
 * The `scorecard` command line. This file only parses arguments (commander) and hands each
 * command a plain options object; commands return an exit code; bin/scorecard.js exits.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { CatalogueLoad } from "../core/catalogue/types";
import { DEFAULT_MAX_CELLS } from "../adapters/xlsx/limits";
import type { ValidateOptions } from "./commands/validate";
import { DEFAULT_ROLLUP, TIDY_FORMATS, type TidyFormat } from "./command-defaults";
import { EXIT, type ExitCode } from "./exit-codes";
import type { MapFile } from "./map-file";
import { CLI_MESSAGES } from "./messages";
import { processOutput, type Output } from "./output";
import { packageVersion } from "./package-version";
import { localTimestamp } from "../core/summary/generated-at";

// Each command's modules (exceljs, ajv, the engine) load when the command runs, not before:
// `scorecard --help` and argument errors stay as fast as Node itself.

interface SharedFlags {
  catalogue?: string;
  period?: string;
  map?: string;
  maxCells: number;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a whole number of at least 1.");
  return n;
}

/** Thrown inside an action to stop with a message and exit code 2. */
class UsageProblem extends Error {}

/** The workbooks named, with folders and patterns expanded; a folder or pattern with none stops with a message. */
async function workbooksIn(
  args: readonly string[],
  skip: readonly string[] = [],
): Promise<readonly string[]> {
  const { expandInputFiles } = await import("./input-files");
  const expanded = expandInputFiles(args, skip);
  if (expanded.problems.length > 0) throw new UsageProblem(expanded.problems.join("\n"));
  return expanded.files;
}

/**
 * Reads --catalogue and --map. A broken catalogue stops `summarize` with its problems; for
 * `validate` (brokenCatalogueIsReport) it becomes each file's report: fatal catalogue/invalid
 * findings, exit 2, in text or JSON like any other report.
 */
async function sharedInputs(
  flags: SharedFlags,
  brokenCatalogueIsReport = false,
): Promise<{ catalogue?: CatalogueLoad; map?: MapFile }> {
  const inputs: { catalogue?: CatalogueLoad; map?: MapFile } = {};
  if (flags.catalogue) {
    const { loadCatalogueFile } = await import("./catalogue-file");
    const load = await loadCatalogueFile(flags.catalogue);
    if (!load.ok && !brokenCatalogueIsReport)
      throw new UsageProblem(
        `the catalogue ${flags.catalogue} has ${load.problems.length} problem(s):\n${load.problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`,
      );
    inputs.catalogue = load;
  }
  if (flags.map) {
    const { readMapFile } = await import("./map-file");
    const read = readMapFile(flags.map);
    if (!read.ok) throw new UsageProblem(read.message);
    inputs.map = read.map;
  }
  return inputs;
}

const sharedOptions = (command: Command): Command =>
  command
    .option(
      "-c, --catalogue <file>",
      "indicator catalogue: JSON, CSV, or a workbook with a Catalogue sheet (default: the workbook's own Catalogue sheet, else the built-in example)",
    )
    .option(
      "-p, --period <name>",
      "current period, e.g. Q2, 2006 or Current, or latest-each for each indicator's latest figure (default: the latest period with any value)",
    )
    .option(
      "-m, --map <file>",
      "JSON file that overrides detected column roles (see README, 'Column mapping')",
    )
    .addOption(
      new Option("--max-cells <n>", "refuse workbooks with more cells than this")
        .default(DEFAULT_MAX_CELLS)
        .argParser(positiveInteger),
    );

/** Runs the CLI with argv (as process.argv) and resolves to the exit code. Never throws. */
export async function main(
  argv: readonly string[],
  out: Output = processOutput,
  now: () => Date = () => new Date(),
): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.valid;
  const program = new Command()
    .name("scorecard")
    .description(
      "Validate quarterly scorecard workbooks against an indicator catalogue and generate summary sheets.",
    )
    .version(
      packageVersion() ?? CLI_MESSAGES.unknownVersion,
      "-V, --version",
      "print the version of scorecard and exit",
    )
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.result(s.trimEnd()), writeErr: (s) => out.progress(s.trimEnd()) })
    .showHelpAfterError();

  sharedOptions(
    program
      .command("validate")
      .description("check workbooks; exit 0 valid, 1 invalid, 2 bad usage or unreadable input")
      .argument("<workbooks...>", ".xlsx files, folders of them, or patterns such as 'q2/*.xlsx'"),
  )
    .option("--json", "print the report as JSON (one object per file, an array for several)", false)
    .addOption(
      new Option("--format <format>", "text, json, or csv / jsonl: every finding flat, one row each")
        .choices(["text", "json", ...TIDY_FORMATS])
        .default("text"),
    )
    .option("--strict", "treat warnings as errors", false)
    .option("-v, --verbose", "also list info findings in the text report", false)
    .action(
      async (
        files: string[],
        flags: SharedFlags & {
          json: boolean;
          format: ValidateOptions["format"];
          strict: boolean;
          verbose: boolean;
        },
      ) => {
        const inputs = await sharedInputs(flags, true);
        const { runValidate } = await import("./commands/validate");
        exitCode = await runValidate(
          {
            files: await workbooksIn(files),
            format: flags.json ? "json" : flags.format,
            strict: flags.strict,
            verbose: flags.verbose,
            maxCells: flags.maxCells,
            ...(flags.period !== undefined ? { period: flags.period } : {}),
            ...inputs,
          },
          out,
        );
      },
    );

  sharedOptions(
    program
      .command("summarize")
      .alias("summarise")
      .description(
        "write a new workbook with Scorecard Summary, Exceptions and Validation sheets; with several workbooks (or a folder, or a pattern), one roll-up over all of them",
      )
      .argument("<workbooks...>", ".xlsx files, folders of them, or patterns such as 'q2/*.xlsx'"),
  )
    .option(
      "-o, --output <file>",
      `output workbook (default: <input>-summary.xlsx; for a roll-up, ${DEFAULT_ROLLUP} here)`,
    )
    .option("-f, --force", "replace the output if it exists", false)
    .option(
      "--compare <previous>",
      "last time's workbook: add a Changes sheet (colours, directions, targets)",
    )
    .action(
      async (args: string[], flags: SharedFlags & { output?: string; force: boolean; compare?: string }) => {
        const inputs = await sharedInputs(flags);
        const files = await workbooksIn(args, flags.output ? [flags.output] : [DEFAULT_ROLLUP]);
        const { runSummarize } = await import("./commands/summarize");
        exitCode = await runSummarize(
          {
            files,
            force: flags.force,
            generatedAt: localTimestamp(now()),
            maxCells: flags.maxCells,
            ...(flags.output ? { output: flags.output } : {}),
            ...(flags.period !== undefined ? { period: flags.period } : {}),
            ...(flags.compare !== undefined ? { compare: flags.compare } : {}),
            ...inputs,
          },
          out,
        );
      },
    );

  sharedOptions(
    program
      .command("export")
      .description(
        "write one row per indicator per period (value, target, RAG, direction, SPC) as CSV or JSON Lines",
      )
      .argument("<workbooks...>", ".xlsx files, folders of them, or patterns such as 'q2/*.xlsx'"),
  )
    .addOption(new Option("--format <format>", "csv or jsonl").choices([...TIDY_FORMATS]).default("csv"))
    .option("-o, --output <file>", "write to this file (default: standard output)")
    .option("-f, --force", "replace the output if it exists", false)
    .action(
      async (
        files: string[],
        flags: SharedFlags & { format: TidyFormat; output?: string; force: boolean },
      ) => {
        const inputs = await sharedInputs(flags);
        const { runExport } = await import("./commands/export");
        exitCode = await runExport(
          {
            files: await workbooksIn(files),
            format: flags.format,
            force: flags.force,
            maxCells: flags.maxCells,
            ...(flags.output ? { output: flags.output } : {}),
            ...(flags.period !== undefined ? { period: flags.period } : {}),
            ...inputs,
          },
          out,
        );
      },
    );

  program
    .command("freeze")
    .description(
      "write a values-only copy: formulas that call KPI functions become their last calculated values (for colleagues without the add-in)",
    )
    .argument("<workbook>", ".xlsx file")
    .option("-o, --output <file>", "output workbook (default: <input>-values.xlsx beside the input)")
    .option("-f, --force", "replace the output if it exists", false)
    .option("--all-formulas", "freeze every formula, not only those that call KPI functions", false)
    .option("--json", "print the result as JSON", false)
    .action(
      async (
        file: string,
        flags: { output?: string; force: boolean; allFormulas: boolean; json: boolean },
      ) => {
        // Loaded here, so the other commands do not load it.
        const { runFreeze } = await import("./commands/freeze");
        exitCode = await runFreeze(
          {
            file,
            force: flags.force,
            allFormulas: flags.allFormulas,
            json: flags.json,
            frozenAt: now(),
            ...(flags.output ? { output: flags.output } : {}),
          },
          out,
        );
      },
    );

  program
    .command("catalogue")
    .description("work with indicator catalogues")
    .command("check")
    .description(
      "load a catalogue (JSON, CSV or a workbook's Catalogue sheet) and list every problem; exit 0 valid, 1 invalid",
    )
    .argument("<file>")
    .option("--json", "print the result as JSON", false)
    .action(async (file: string, flags: { json: boolean }) => {
      const { runCatalogueCheck } = await import("./commands/catalogue-check");
      exitCode = await runCatalogueCheck({ file, json: flags.json }, out);
    });

  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.valid : EXIT.usage;
    }
    if (e instanceof UsageProblem) {
      out.error(e.message);
      return EXIT.usage;
    }
    const error = e instanceof Error ? e : new Error(String(e));
    out.error(CLI_MESSAGES.bug(error.message, error.stack ?? `${error.name}: ${error.message}`));
    return EXIT.usage;
  }
}
