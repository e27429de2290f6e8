export {
  chooseCatalogue,
  builtInCatalogue,
  CATALOGUE_SHEET,
  type CatalogueChoice,
  type CatalogueOrigin,
} from "./choose-catalogue";
export {
  checkWorkbook,
  summarizeWorkbook,
  type CheckOptions,
  type CheckResult,
  type SummarizeOptions,
} from "./check-workbook";
