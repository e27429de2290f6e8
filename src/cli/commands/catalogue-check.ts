import { versionText } from "../../core/catalogue";
import { loadCatalogueFile } from "../catalogue-file";
import { EXIT, type ExitCode } from "../exit-codes";
import type { Output } from "../output";

/**
 * `scorecard catalogue check FILE`: loads a catalogue and lists every problem with its place.
 * Exit 0 valid, 1 a catalogue with problems, 2 a file that cannot be read at all.
 */
export async function runCatalogueCheck(
  options: { file: string; json: boolean },
  out: Output,
): Promise<ExitCode> {
  const load = await loadCatalogueFile(options.file);
  if (options.json) {
    out.result(
      JSON.stringify(
        load.ok
          ? {
              file: options.file,
              valid: true,
              name: load.catalogue.name,
              version: load.catalogue.version,
              indicators: load.catalogue.indicators.length,
              warnings: load.warnings,
            }
          : { file: options.file, valid: false, problems: load.problems },
        null,
        2,
      ),
    );
  } else if (load.ok) {
    out.result(
      `${options.file}: VALID catalogue "${load.catalogue.name}" ${versionText(load.catalogue.version)}, ${load.catalogue.indicators.length} indicators`,
    );
    for (const w of load.warnings) out.result(`  warning ${w.path}: ${w.message}`);
  } else if ("unreadable" in load) {
    for (const p of load.problems) out.error(p.message);
  } else {
    out.result(
      `${options.file}: INVALID catalogue, ${load.problems.length} problem${load.problems.length === 1 ? "" : "s"}`,
    );
    for (const p of load.problems) out.result(`  ${p.path}: ${p.message}`);
  }
  if (load.ok) return EXIT.valid;
  return "unreadable" in load ? EXIT.usage : EXIT.invalid;
}
