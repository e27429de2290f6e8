/**
 * The workbooks named on the command line, with folders and wildcards expanded: a folder gives
 * its .xlsx files (not its subfolders), a pattern such as `q2/*.xlsx` or `directorates/**\/*.xlsx`
 * gives the files it matches (tinyglobby, so it works where the shell does not expand it, as in
 * Windows cmd). Excel's lock files (`~$name.xlsx`) are skipped.
 */
import * as fs from "fs";
import * as path from "path";
import { globSync, isDynamicPattern } from "tinyglobby";
import { CLI_MESSAGES } from "./messages";

export interface InputFiles {
  /** In the order given; each folder's and pattern's files sorted by name; no repeats. */
  readonly files: readonly string[];
  /** A folder with no workbooks, a pattern that matches none. */
  readonly problems: readonly string[];
}

const WORKBOOK = /\.xlsx$/i;
const LOCK_FILE = /^~\$/;

function isFolder(name: string): boolean {
  try {
    return fs.statSync(name).isDirectory();
  } catch {
    return false;
  }
}

const keep = (file: string, skip: ReadonlySet<string>): boolean =>
  WORKBOOK.test(file) && !LOCK_FILE.test(path.basename(file)) && !skip.has(path.resolve(file));

/**
 * Expands `args`. `skip` names files never to include (the output being written, so a second
 * roll-up into the same folder does not read the first). A plain name is kept as given, even
 * when it does not exist, so the check reports it as a missing file.
 */
export function expandInputFiles(args: readonly string[], skip: readonly string[] = []): InputFiles {
  const skipped = new Set(skip.map((file) => path.resolve(file)));
  const files: string[] = [];
  const problems: string[] = [];
  const add = (file: string): void => {
    if (!files.some((known) => path.resolve(known) === path.resolve(file))) files.push(file);
  };
  for (const arg of args) {
    if (isFolder(arg)) {
      const found = fs
        .readdirSync(arg)
        .map((name) => path.join(arg, name))
        .filter((file) => keep(file, skipped) && !isFolder(file))
        .sort();
      if (found.length === 0) problems.push(CLI_MESSAGES.emptyFolder(arg));
      found.forEach(add);
    } else if (!fs.existsSync(arg) && isDynamicPattern(arg)) {
      const found = globSync(arg.replace(/\\/g, "/"), { onlyFiles: true, expandDirectories: false })
        .filter((file) => keep(file, skipped))
        .sort();
      if (found.length === 0) problems.push(CLI_MESSAGES.noMatch(arg));
      found.forEach(add);
    } else add(arg);
  }
  return { files, problems };
}
