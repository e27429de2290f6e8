import type { ValidationReport } from "../core/validation";
import { versionText } from "../core/catalogue/version-text";

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One line for the whole report: VALID/INVALID with counts, period and catalogue. */
export function reportHeadline(report: ValidationReport): string {
  const { fatal, error, warning, info } = report.counts;
  const parts = [
    fatal ? plural(fatal, "fatal problem") : "",
    plural(error, "error"),
    plural(warning, "warning"),
    `${info} info`,
  ].filter(Boolean);
  const context = [
    report.period ? `period ${report.period}` : "",
    report.catalogue.name
      ? `catalogue ${report.catalogue.name} ${versionText(report.catalogue.version)}`
      : "",
  ]
    .filter(Boolean)
    .join(", ");
  return `${report.file}: ${report.valid ? "VALID" : "INVALID"} (${parts.join(", ")})${context ? ` [${context}]` : ""}`;
}

/**
 * The human-readable report: the headline, then one line per finding with its place, code and
 * message. Info findings are summarised unless verbose, so real problems are not buried.
 */
export function formatReport(report: ValidationReport, options: { verbose?: boolean } = {}): string {
  const lines = [reportHeadline(report)];
  const shown = report.findings.filter((f) => options.verbose || f.severity !== "info");
  for (const f of shown) {
    const place = f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ""}` : "(file)";
    lines.push(`  ${f.severity.padEnd(7)} ${place.padEnd(24)} ${f.code.padEnd(24)} ${f.message}`);
  }
  const hidden = report.findings.length - shown.length;
  if (hidden > 0)
    lines.push(
      `  (${plural(hidden, "info finding")} not shown: placeholders, skipped sheets, optional indicators absent; use --verbose or --json)`,
    );
  return lines.join("\n");
}
