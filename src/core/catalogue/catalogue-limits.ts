/**
 * The largest catalogue Scorecard Kit reads: 32 MB of JSON, CSV or workbook. The bench's
 * catalogue of 64,000 indicators is 14 MB of JSON, so this is room for about 150,000; a larger
 * file is far more likely a mistake (an export of everything, or the wrong file) than a
 * catalogue, and reading it would take gigabytes of memory (issue 14 measured 2.1 GB for 100 MB).
 */
export const MAX_CATALOGUE_BYTES = 32 * 1024 * 1024;

/** A size in megabytes, one decimal below 10 MB ("4.5 MB", "100 MB"). */
export function megabytes(bytes: number): string {
  const value = bytes / 1024 / 1024;
  return `${value.toLocaleString("en-GB", { maximumFractionDigits: value < 10 ? 1 : 0 })} MB`;
}
