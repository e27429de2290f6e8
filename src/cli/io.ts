/**
 * File input and output for the CLI: the only place it touches the file system.
 * Output is written to a new temporary file beside the target and renamed, so a crash never
 * leaves half a workbook, and an existing file is only replaced when the user says so.
 */
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { CLI_MESSAGES } from "./messages";

/** Why a file could not be read: missing, a folder, no permission, or another system error. */
export type ReadProblem = "missing" | "folder" | "denied" | "too-large" | "other";

export type ReadFileResult =
  { ok: true; data: Uint8Array } | { ok: false; reason: string; problem: ReadProblem };

/** A cap on a file's size, checked before it is read, and what to say when it is passed. */
export interface SizeLimit {
  readonly bytes: number;
  readonly reason: (size: number) => string;
}

/** Reads a whole file; a missing or unreadable file, or one over `limit`, is a reason, not a throw. */
export function readInputFile(file: string, limit?: SizeLimit): ReadFileResult {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: CLI_MESSAGES.isFolder(file), problem: "folder" };
    if (limit !== undefined && stat.size > limit.bytes)
      return { ok: false, reason: limit.reason(stat.size), problem: "too-large" };
    return { ok: true, data: new Uint8Array(fs.readFileSync(file)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      return { ok: false, reason: CLI_MESSAGES.doesNotExist(file), problem: "missing" };
    if (code === "EACCES" || code === "EPERM")
      return { ok: false, reason: CLI_MESSAGES.permissionDenied(file), problem: "denied" };
    return {
      ok: false,
      reason: CLI_MESSAGES.cannotRead(file, code ?? (e as Error).message),
      problem: "other",
    };
  }
}

/** The default summary path: "<input>-summary.xlsx" beside the input. */
export function defaultSummaryPath(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-summary.xlsx`);
}

export type WriteResult = { ok: true } | { ok: false; reason: string };

/** Random bytes in a temporary file's name: 2^96 names, so nobody can place a file there first. */
const TEMPORARY_NAME_BYTES = 12;
/** New names tried when one is taken (only a planted file or an astronomically rare clash). */
const TEMPORARY_NAME_TRIES = 5;

/** Thrown inside writeFileSafely when the target appears between the check and the rename. */
class OutputExists extends Error {}

/** True when something (a file, a folder, even a dangling symbolic link) is at the path. */
function somethingAt(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** The same file on disk (through a symbolic link, a hard link or another spelling of the path). */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const first = fs.statSync(a);
    const second = fs.statSync(b);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

/**
 * Creates a new, empty temporary file beside the target with an unpredictable name, opened
 * with "wx" (O_CREAT | O_EXCL): the open fails if anything is already there, a symbolic link
 * included, so a link planted at the name can never redirect the write.
 */
function createTemporary(folder: string, base: string): { file: string; fd: number } {
  for (let attempt = 1; ; attempt++) {
    const file = path.join(folder, `.${base}.${randomBytes(TEMPORARY_NAME_BYTES).toString("hex")}.tmp`);
    try {
      return { file, fd: fs.openSync(file, "wx", 0o666) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= TEMPORARY_NAME_TRIES) throw e;
    }
  }
}

/** Moves the temporary file to the target only if nothing is there (a hard link fails if the target exists). */
function placeWithoutReplacing(temporary: string, target: string): void {
  try {
    fs.linkSync(temporary, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new OutputExists();
    // Some file systems (FAT, some network shares) have no hard links: check, then rename.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
    if (somethingAt(target)) throw new OutputExists();
    fs.renameSync(temporary, target);
    return;
  }
  fs.unlinkSync(temporary);
}

/**
 * Writes data to target through a new temporary file and a rename. Refuses to replace an
 * existing file unless force is set, and never writes over the protected paths (the inputs),
 * however they are reached (another spelling, a symbolic or hard link).
 *
 * Safety: the temporary file has a random name in the target's folder and is created with
 * "wx", so it is always a new file of ours; a symbolic link planted beside the target is never
 * followed. It is removed if anything fails. The rename replaces the target's directory entry
 * (a link at the target is replaced, not followed).
 */
export function writeFileSafely(
  target: string,
  data: Uint8Array,
  options: { force: boolean; protect: readonly string[] },
): WriteResult {
  const resolved = path.resolve(target);
  if (options.protect.some((p) => sameFile(p, resolved)))
    return { ok: false, reason: CLI_MESSAGES.isInput(target) };
  if (!options.force && somethingAt(resolved))
    return { ok: false, reason: CLI_MESSAGES.outputExists(target) };
  let temporary: string | undefined;
  try {
    fs.mkdirSync(path.dirname(resolved), { recursive: true });
    const created = createTemporary(path.dirname(resolved), path.basename(resolved));
    temporary = created.file;
    try {
      fs.writeFileSync(created.fd, data);
    } finally {
      fs.closeSync(created.fd);
    }
    if (options.force) fs.renameSync(temporary, resolved);
    else placeWithoutReplacing(temporary, resolved);
    temporary = undefined;
    return { ok: true };
  } catch (e) {
    if (e instanceof OutputExists) return { ok: false, reason: CLI_MESSAGES.outputExists(target) };
    return {
      ok: false,
      reason: CLI_MESSAGES.cannotWrite(target, (e as NodeJS.ErrnoException).code ?? (e as Error).message),
    };
  } finally {
    if (temporary !== undefined) removeQuietly(temporary);
  }
}

/** Removes our own temporary file; it may already be gone (renamed, or never written). */
function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Nothing more can be done; the write itself has already been reported.
  }
}
