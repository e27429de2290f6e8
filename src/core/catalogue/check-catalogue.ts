import { CATALOGUE_MESSAGES } from "./messages";
import { catalogueWithDefaults } from "./apply-catalogue-defaults";
import { pointerSegments } from "./catalogue-path";
import { matchesCatalogueSchema, schemaProblems } from "./schema-problems";
import { semanticProblems } from "./semantic-problems";
import type { CatalogueLoad, CatalogueProblem } from "./types";

/** Orders problems by indicator (catalogue-level first), keeping the order within one indicator. */
function byIndicator(problems: readonly CatalogueProblem[]): CatalogueProblem[] {
  const indexOf = (problem: CatalogueProblem): number => {
    const [first, second] = pointerSegments(problem.path);
    return first === "indicators" && second !== undefined && /^\d+$/.test(second) ? Number(second) : -1;
  };
  return [...problems].sort((a, b) => indexOf(a) - indexOf(b));
}

/**
 * Schema check, then the semantic checks, then defaults: the shared core of loadCatalogue
 * and loadCatalogueFromCells. Reports every problem; `placeOf` names where another indicator
 * sits in messages ("/indicators/3", or a cell address for a sheet).
 * Source: schema/catalogue.schema.json and semanticProblems.
 * Bad input: anything; problems, never a throw.
 * @example checkCatalogue({ name: "x", version: "1", indicators: [] }, String).ok // true
 */
export function checkCatalogue(data: unknown, placeOf: (index: number) => string): CatalogueLoad {
  const schema = schemaProblems(data);
  const semantic = semanticProblems(data, placeOf);
  const problems = byIndicator([...schema, ...semantic.problems]);
  if (problems.length > 0 || !matchesCatalogueSchema(data)) {
    return {
      ok: false,
      problems: problems.length > 0 ? problems : [{ path: "", message: CATALOGUE_MESSAGES.notChecked() }],
    };
  }
  return { ok: true, catalogue: catalogueWithDefaults(data), warnings: byIndicator(semantic.warnings) };
}
