import { SHEET_CATALOGUE_VERSION } from "./load-catalogue-from-cells";

/**
 * How a catalogue's version reads in a sentence: "version 2026.1", or "no version" for a CSV or
 * sheet catalogue that gives none. One wording for the CLI, the pane and the summary.
 * Bad input: any text is read as a version.
 * @example versionText("2026.1") // "version 2026.1"
 */
export function versionText(version: string): string {
  return version === SHEET_CATALOGUE_VERSION ? SHEET_CATALOGUE_VERSION : `version ${version}`;
}
