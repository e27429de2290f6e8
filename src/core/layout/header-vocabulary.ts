import type { ColumnRole } from "./types";

/**
 * The header words we recognise, one pattern per role, tried in this order against the
 * header key (see `headerKey`: lower case, "&" as "and", no dots, apostrophes or brackets).
 * Periods and targets are read by `parsePeriod` and `classifyHeader`, not listed here.
 * Source: the two sample scorecards (Leeds CYPP report card 2007, children's services
 * directorate scorecard 2012/13) and common council practice (Pentana, LAIT exports).
 */
export const HEADER_VOCABULARY: readonly {
  readonly role: Exclude<ColumnRole, "period" | "target" | "baseline" | "trajectory" | "ignore">;
  readonly pattern: RegExp;
}[] = [
  {
    role: "id",
    pattern:
      /^(ref|ref no|ref number|reference|id|no|#|code|indicator (id|ref|code|no)|(pi|kpi|ni|measure) (ref|id|code|no|number)|ni)$/,
  },
  {
    role: "name",
    pattern:
      /^(pi (description|name|title)|supporting measures?|measures?|measure (name|description|title)|(key )?(performance )?indicators?( (name|description|title))?|kpis?( (name|description|title))?|description|performance measures?|indicator\/measure|measure\/indicator|outcome measures?)$/,
  },
  {
    role: "rag",
    pattern:
      /^((overall|current|latest|performance|q[1-4]|quarter [1-4]) )?(rag|rag status|rag rating|status|rating|traffic lights?|red amber green|r\/a\/g)$|^overall (progress|performance)$/,
  },
  {
    role: "commentary",
    pattern:
      /^((progress|performance|officer|lead officer|latest|q[1-4]|quarter [1-4]|exception|service|additional|general) )?(summary|commentary|comments?|narrative|notes?|update|remarks|explanation|analysis)( (and|\/) (actions?|next steps|issues))?$/,
  },
  {
    role: "national",
    pattern:
      /^(national|england|nat|eng)( (average|avg|av|mean|figure|comparator|benchmark|rate|value|data))?( england)?$/,
  },
  {
    role: "neighbours",
    pattern:
      /^(similar( (authorities|authority|las|councils|areas))?( average| avg| mean)?|(statistical|stat) neighbou?rs?( average| avg| av| mean| group)?|sns?( average| avg| av| mean)?|comparator (group|average)|neighbou?rs( average)?)$/,
  },
  { role: "portfolio", pattern: /^((executive|exec|cabinet|lead) )?portfolio( holder| member| lead)?$/ },
  {
    role: "outcome",
    pattern:
      /^(outcomes?|section|outcome area|themes?|ecm outcome|every child matters outcome|strategic (outcome|theme)|outcome\/theme|theme\/outcome|category)$/,
  },
  {
    role: "priority",
    pattern: /^((city|council|directorate|key|strategic|corporate|plan) )?(priority|priorities)( area)?$/,
  },
  {
    role: "owner",
    pattern:
      /^(((indicator|measure|pi|kpi|data|accountable|responsible|lead) )?(owner|officer)|lead|lead officer|responsible officer|accountable officer)$/,
  },
];

/** Qualifiers allowed before "Target": "Annual target", "Year end target". */
export const TARGET_QUALIFIERS =
  /^((annual|yearly|year end|end of year|full year|current|latest|current year|stretch|agreed|local) )?targets?$/;

/**
 * Words under a group header that carry no role of their own but take the group's:
 * "Statistical neighbours" over "Average" and "Rank".
 */
export const SUBHEADER_WORDS =
  /^(average|avg|av|mean|rank|value|figure|rate|percent|%|number|count|score|data|result)$/;

/**
 * The key a header is compared by: lower case, "&" as "and", dots, apostrophes and brackets
 * dropped, spaces collapsed.
 *
 * Bad input: a non-string gets "".
 *
 * @example headerKey("PI Ref.") // "pi ref"
 * @example headerKey("National Average (England)") // "national average england"
 */
export function headerKey(header: string): string {
  if (typeof header !== "string") return "";
  return header
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[.'’()[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
