/**
 * File input and output for the CLI: the only place it touches the file system.
 * Output is written to a temporary file beside the target and renamed, so a crash never
 * leaves half a workbook, and an existing file is only replaced when the user says so.
 */
import * as fs from "fs";
import * as path from "path";

export type ReadFileResult = { ok: true; data: Uint8Array } | { ok: false; reason: string };

/** Reads a whole file; a missing or unreadable file is a reason, not a throw. */
export function readInputFile(file: string): ReadFileResult {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: `${file} is a folder, not a file.` };
    return { ok: true, data: new Uint8Array(fs.readFileSync(file)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, reason: `${file} does not exist.` };
    if (code === "EACCES") return { ok: false, reason: `${file} cannot be read (permission denied).` };
    return { ok: false, reason: `${file} cannot be read (${code ?? (e as Error).message}).` };
  }
}

/** The default summary path: "<input>-summary.xlsx" beside the input. */
export function defaultSummaryPath(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-summary.xlsx`);
}

export type WriteResult = { ok: true } | { ok: false; reason: string };

/**
 * Writes data to target through a temporary file and a rename. Refuses to replace an existing
 * file unless force is set, and never writes over the protected paths (the inputs).
 */
export function writeFileSafely(target: string, data: Uint8Array, options: { force: boolean; protect: readonly string[] }): WriteResult {
  const resolved = path.resolve(target);
  if (options.protect.some((p) => path.resolve(p) === resolved)) {
    return { ok: false, reason: `${target} is the input workbook; Scorecard Kit never writes over its input. Choose another output with -o.` };
  }
  if (fs.existsSync(resolved) && !options.force) {
    return { ok: false, reason: `${target} already exists and was kept. Use --force to replace it, or -o to choose another name.` };
  }
  const temporary = path.join(path.dirname(resolved), `.${path.basename(resolved)}.${process.pid}.tmp`);
  try {
    fs.mkdirSync(path.dirname(resolved), { recursive: true });
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, resolved);
    return { ok: true };
  } catch (e) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // The temporary file may not exist; nothing to clean.
    }
    return { ok: false, reason: `${target} could not be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).` };
  }
}
