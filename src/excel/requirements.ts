import { EXCEL_MESSAGES } from "./messages";

/** The Excel JavaScript API version the add-in needs (RangeFill.pattern for highlights is 1.9). */
export const REQUIRED_EXCEL_API = { name: "ExcelApi", version: "1.9" } as const;

/** The part of Office.context.requirements this check uses (injected in tests). */
export interface RequirementSets {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export type ExcelSupport = { readonly ok: true } | { readonly ok: false; readonly message: string };

function officeRequirements(): RequirementSets | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.requirements;
}

/**
 * Whether this Excel can run the pane: ExcelApi 1.9 (Microsoft 365 version 1903+, Excel 2021+, Excel on
 * the web, Mac 16.24+; not Excel 2019). test/manifest/requirement-sets.test.ts keeps it equal to what the code needs.
 * Outside Office, or in an older Excel, gives a plain message for the pane to show.
 *
 * @example checkExcelSupport({ isSetSupported: () => true }) // { ok: true }
 */
export function checkExcelSupport(
  requirements: RequirementSets | undefined = officeRequirements(),
): ExcelSupport {
  if (requirements === undefined) return { ok: false, message: EXCEL_MESSAGES.notInExcel() };
  return requirements.isSetSupported(REQUIRED_EXCEL_API.name, REQUIRED_EXCEL_API.version)
    ? { ok: true }
    : {
        ok: false,
        message: EXCEL_MESSAGES.excelTooOld(`${REQUIRED_EXCEL_API.name} ${REQUIRED_EXCEL_API.version}`),
      };
}
