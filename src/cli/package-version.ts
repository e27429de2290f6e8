import * as fs from "fs";
import * as path from "path";

/** The package whose version `scorecard --version` prints. */
const PACKAGE_NAME = "scorecard-kit";

/**
 * The version in the scorecard-kit package.json, found by walking up from this file's folder:
 * src/cli in a clone (ts-jest), lib/src/cli when built, and <prefix>/lib/node_modules/
 * scorecard-kit/lib/src/cli when installed from the tarball (`npm pack` always packs
 * package.json). Read when asked, never copied into the build, so it cannot go stale.
 *
 * Bad input: no readable package.json of that name up the tree gives undefined.
 *
 * @example packageVersion() // "0.1.0"
 */
export function packageVersion(start: string = __dirname): string | undefined {
  for (let folder = path.resolve(start); ; folder = path.dirname(folder)) {
    const version = versionIn(path.join(folder, "package.json"));
    if (version !== undefined) return version;
    if (path.dirname(folder) === folder) return undefined;
  }
}

function versionIn(file: string): string | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
    return data.name === PACKAGE_NAME && typeof data.version === "string" ? data.version : undefined;
  } catch {
    return undefined;
  }
}
