import { classifyHeader } from "./classify-header";
import type { HeaderMeaning } from "./classify-header";
import { SUBHEADER_WORDS, headerKey } from "./header-vocabulary";
import { isGenericPeriod } from "./parse-period";

/** How the lower header cell reads on its own: a known header, a sub-header word, unknown text, or blank. */
export type LowerCellKind = "known" | "subheader" | "unknown" | "blank";

export interface ColumnDecision {
  readonly meaning?: HeaderMeaning;
  readonly lowerKind: LowerCellKind;
  /** True when the group text changed the decision (so a two-row reading adds something). */
  readonly usedGroup: boolean;
  /** A period label from the group, used to tell apart repeated labels ("Q1" under "2011/12" and "2012/13"). */
  readonly qualifier?: string;
}

/**
 * Decides what a column means from its header and, for two-row headers, the group text above:
 * - a blank header takes the group's meaning ("Ref" written in the upper row only);
 * - a benchmark or other group role wins over a year or a sub-header word below it
 *   ("National" over "2011" -> national; "Statistical neighbours" over "Average" -> neighbours);
 * - a period group names a generic column below it ("Q1" over "Actual" -> period Q1) and
 *   qualifies a specific one ("2012/13" over "Q1" -> Q1, told apart later if repeated);
 * - otherwise the header below decides ("Leeds trend" over "2004" -> period 2004).
 *
 * Bad input: blank texts give no meaning; unknown words give no meaning.
 *
 * @example decideColumn("National", "Benchmark").meaning // { role: "national" }
 * @example decideColumn("2004", "Leeds trend").meaning // { role: "period", period: "2004" }
 * @example decideColumn("Actual", "Q1").meaning // { role: "period", period: "Q1" }
 */
export function decideColumn(lower: string, group: string): ColumnDecision {
  const lowerMeaning = lower === "" ? undefined : classifyHeader(lower);
  const lowerKind: LowerCellKind =
    lower === ""
      ? "blank"
      : lowerMeaning !== undefined
        ? "known"
        : SUBHEADER_WORDS.test(headerKey(lower))
          ? "subheader"
          : "unknown";
  const groupMeaning = group === "" ? undefined : classifyHeader(group);
  if (group === "" || groupMeaning === undefined)
    return { meaning: lowerMeaning, lowerKind, usedGroup: false };
  if (lowerKind === "blank") return { meaning: groupMeaning, lowerKind, usedGroup: true };
  if (lowerKind === "unknown") return { lowerKind, usedGroup: false };

  if (groupMeaning.role === "period") {
    const groupLabel = groupMeaning.period ?? group;
    if (
      lowerMeaning === undefined ||
      (lowerMeaning.role === "period" && isGenericPeriod(lowerMeaning.period ?? ""))
    ) {
      return { meaning: { role: "period", period: groupLabel }, lowerKind, usedGroup: true };
    }
    if (lowerMeaning.role === "period" && !isGenericPeriod(groupLabel)) {
      return { meaning: lowerMeaning, lowerKind, usedGroup: true, qualifier: groupLabel };
    }
    return { meaning: lowerMeaning, lowerKind, usedGroup: false };
  }
  if (lowerMeaning === undefined || lowerMeaning.role === "period")
    return { meaning: groupMeaning, lowerKind, usedGroup: true };
  return { meaning: lowerMeaning, lowerKind, usedGroup: false };
}
