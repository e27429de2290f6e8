import { cellAddress } from "../a1";
import {
  FINDING_SEVERITY,
  type Finding,
  type FindingCode,
  type FindingPlace,
  type Severity,
} from "./findings";

/**
 * Builds a finding at a place (zero-based row/column in, Excel's 1-based numbers and an A1
 * address out). The severity comes from FINDING_SEVERITY unless the caller must raise it
 * (a mandatory indicator that is missing).
 */
export function makeFinding(
  code: FindingCode,
  place: FindingPlace,
  message: string,
  extra: { indicatorId?: string; expected?: string; actual?: string; severity?: Severity } = {},
): Finding {
  const hasCell =
    place.row !== undefined && place.column !== undefined && place.row >= 0 && place.column >= 0;
  const finding: Finding = {
    code,
    severity: extra.severity ?? FINDING_SEVERITY[code],
    sheet: place.sheet ?? "",
    cell: hasCell ? cellAddress(place.row as number, place.column as number) : "",
    row: place.row !== undefined && place.row >= 0 ? place.row + 1 : 0,
    column: hasCell ? (place.column as number) + 1 : 0,
    message,
  };
  return {
    ...finding,
    ...(extra.indicatorId !== undefined ? { indicatorId: extra.indicatorId } : {}),
    ...(extra.expected !== undefined ? { expected: extra.expected } : {}),
    ...(extra.actual !== undefined ? { actual: extra.actual } : {}),
  };
}
