import { isCellError, type CellValue } from "../cells/cell-value";

/** Text that needs tidying: leading/trailing space, a run of spaces, or a tab or line break. */
const EXTRA_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/**
 * A cell as display text for labels (ids, names, commentary): numbers as typed, errors as
 * their code, dates as ISO dates, blanks as "". Never throws.
 * @example cellText(3) // "3"
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return EXTRA_SPACE.test(value) ? value.replace(/\s+/g, " ").trim() : value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (isCellError(value)) return value.error;
  return "";
}
