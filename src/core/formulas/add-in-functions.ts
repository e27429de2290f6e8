/**
 * Recognises formulas that call Scorecard Kit's own custom functions, in every form Excel saves:
 * `=KPI.RAG(D5,C5)` as typed, and `_xldudf_KPI_RAG(D5,C5)`, the form JavaScript custom functions
 * take inside a saved .xlsx (dots become underscores behind the `_xldudf_` prefix).
 */

/** The custom-function namespace declared in manifest.xml. */
export const ADD_IN_NAMESPACE = "KPI";

/** Every function the add-in registers (functions.json), without the namespace. */
export const ADD_IN_FUNCTIONS = [
  "RAG",
  "DIRECTION",
  "GAP",
  "BAND",
  "PEERRANK",
  "SPC",
  "ASSURANCE",
  "SPCLIMITS",
  "STATUS",
  "ONTRACK",
  "FORECAST",
  "CURVE",
] as const;

/** Longest formula looked at; Excel's own limit is 8,192 characters. */
const MAX_FORMULA_LENGTH = 8192;

const CALL = new RegExp(
  `(?<![A-Za-z0-9_.])(?:${ADD_IN_NAMESPACE}\\.|_xldudf_${ADD_IN_NAMESPACE}_)([A-Za-z]+)\\s*\\(`,
  "gi",
);

/**
 * The add-in functions a formula calls, as `KPI.NAME`, in order of first use, without repeats.
 * Text inside string literals ("KPI.RAG(") does not count.
 * Source: Excel's file format for JavaScript custom functions (`_xldudf_` prefix).
 * Bad input (not text, longer than Excel allows): [].
 * @example addInFunctionsIn("=IFERROR(_xldudf_KPI_RAG(D5,C5),\"\")") // ["KPI.RAG"]
 */
export function addInFunctionsIn(formula: string): string[] {
  if (typeof formula !== "string" || formula.length > MAX_FORMULA_LENGTH) return [];
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const found: string[] = [];
  for (const match of code.matchAll(CALL)) {
    const name = (match[1] ?? "").toUpperCase();
    if (!(ADD_IN_FUNCTIONS as readonly string[]).includes(name)) continue;
    const qualified = `${ADD_IN_NAMESPACE}.${name}`;
    if (!found.includes(qualified)) found.push(qualified);
  }
  return found;
}
