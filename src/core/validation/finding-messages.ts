/**
 * Every validation message, in one place. Each says what is wrong and what to do, in the
 * words of the people who keep the scorecard.
 */
import { quoteCellText } from "../cells/messages";
import type { Assurance, SpcVariation } from "../words";

const list = (items: readonly string[]): string => items.map((i) => `"${i}"`).join(", ");
/** Most headers listed in a message before "…". */
const MAX_LISTED = 12;

export const FINDING_MESSAGES = {
  redCommonCause: (assurance: Assurance): string =>
    assurance === "Consistently fail"
      ? "Red this period, but common cause: the process is stable and will not meet the target without a change (Consistently fail)."
      : assurance === "Hit and miss"
        ? "Red this period, but common cause: the target sits inside the process's normal variation, so it is met some months and missed others (Hit and miss). This Red is not a signal on its own."
        : `Red this period, but common cause: nothing has changed in the process (${assurance}).`,
  redImproving: (assurance: Assurance): string =>
    `Red this period, but special cause improving: the process is getting better. Check whether the new level will meet the target (${assurance}).`,
  passingButConcerning: (rag: "Green" | "Amber", assurance: Assurance): string =>
    `${rag} this period, but special cause concerning: the process is getting worse. Watch it (${assurance}).`,
  greenButFailing: (variation: SpcVariation): string =>
    `Green this period, but the target is outside the process limits (Consistently fail): expect Reds unless the process changes (${variation}).`,
  spcRebaseUnknown: (labels: readonly string[], periods: readonly string[]): string =>
    `The catalogue's spc.rebase names ${labels.map((l) => `"${l}"`).join(", ")}, which is not a period of this scorecard, so the limits were not rebased there. The periods are ${periods.map((p) => `"${p}"`).join(", ")}: correct the label in the catalogue.`,
  actionUnknownStatus: (typed: string): string =>
    `The action's RAG is ${quoteCellText(typed)}, which is not Red, Amber, Green, Blue or Complete, so it is not counted. Type one of those words (Blue or Complete for a finished action).`,
  trajectoryNotSet: (kind: "baseline" | "target", period: string, text: string, started: boolean): string =>
    `${kind === "baseline" ? "The baseline" : `The ${period} target`} is not set (${text === "" ? "the cell is blank" : `the cell holds ${quoteCellText(text)}`})${started ? `, and ${period} has started` : ""}. ${kind === "baseline" ? "Put in the figure the plan starts from, or say in the commentary why it is not known." : "Agree the target and put in the number, so progress can be judged against it."}`,
  trajectoryWrongWay: (
    period: string,
    target: string,
    before: string,
    beforeValue: string,
    polarity: "higher" | "lower",
  ): string =>
    `The ${period} target ${target} is ${polarity === "higher" ? "lower" : "higher"} than ${before} (${beforeValue}), but ${polarity} is better: the plan expects this measure to get worse. Check the target, or the indicator's polarity in the catalogue.`,
  trajectoryUnitMismatch: (
    period: string,
    baseline: "percent" | "number",
    target: "percent" | "number",
  ): string =>
    `The ${period} target is ${target === "percent" ? "a percentage" : "a count or number"}, but the baseline is ${baseline === "percent" ? "a percentage" : "a count or number"}: one measure's trajectory needs one unit. Write both the same way (for example 56% and 66%, or 386 and 370).`,
  catalogueProblem: (path: string, message: string): string => `Catalogue problem at ${path}: ${message}`,
  catalogueNotLoaded: "The catalogue could not be loaded.",
  targetUnitMismatch: (mismatch: string): string => `Target: ${mismatch}`,
  noScorecard: (reason: string): string => `Skipped: this sheet does not look like a scorecard (${reason}).`,
  mapUnusedSheet: (
    sheet: string,
    where: string,
    closest: string | undefined,
    sheets: readonly string[],
  ): string =>
    `The mapping file names sheet "${sheet}" (${where}), but this workbook has no sheet of that name, so its rules were not used. ${closest !== undefined ? `Did you mean "${closest}"?` : `Its sheets are ${list(sheets)}.`} Correct the sheet name in the mapping file.`,
  mapUnusedHeader: (
    key: string,
    scope: string,
    where: string,
    closest: string | undefined,
    headers: readonly string[],
  ): string =>
    `The mapping file's rule for "${key}" ${scope} (${where}) matches no column, so it was not used. ${closest !== undefined ? `Did you mean "${closest}"?` : headers.length > 0 ? `The headers there are ${list(headers.slice(0, MAX_LISTED))}${headers.length > MAX_LISTED ? ", …" : ""}.` : "No headers were found there."} Use the header text as the sheet shows it, or a column letter such as "C".`,
  mapUnusedColumn: (key: string, scope: string, where: string, lastColumn: string): string =>
    `The mapping file's rule for column "${key}" ${scope} (${where}) matches no column, so it was not used: ${lastColumn === "" ? "the sheet is empty" : `the sheet's last column is ${lastColumn}`}. Use a column letter within the sheet, or the column's header text.`,
  noScorecardAnywhere: (reason: string): string =>
    `No sheet in this workbook looks like a scorecard, so nothing was checked. This sheet: ${reason} Check you opened the right file, or name its columns with a mapping file (--map).`,
  missingColumn: (role: string): string =>
    ({
      target:
        "No target column was found, so RAG uses the catalogue's targets. Add a Target column, or map one with --map if it has another name.",
      rag: "No RAG column was found, so typed colours cannot be checked. Add a RAG (or Overall Progress) column, or map one with --map.",
    })[role] ?? `No ${role} column was found. Add one, or map it with --map.`,
  duplicateColumn: (role: string, headers: readonly string[]): string =>
    `${headers.length} columns look like the ${role} column (${list(headers)}); the first is used. Rename the others, or map them with --map.`,
  unknownIndicator: (label: string, suggestion?: string): string =>
    suggestion
      ? `${quoteCellText(label)} is not in the indicator catalogue. Did you mean "${suggestion}"? Correct the name, or add the indicator to the catalogue.`
      : `${quoteCellText(label)} is not in the indicator catalogue. Correct the name or id, or add the indicator to the catalogue.`,
  nameMismatch: (id: string, sheetName: string, catalogueName: string): string =>
    `Indicator ${id} is named ${quoteCellText(sheetName)} here but "${catalogueName}" in the catalogue. Check the row is the right indicator, then use the catalogue's name (or add this one as an alias).`,
  duplicateIndicator: (id: string, firstAt: string): string =>
    `Indicator ${id} appears again; it was first found at ${firstAt}. Keep one row per indicator.`,
  missingIndicator: (id: string, name: string, mandatory: boolean): string =>
    `Indicator ${id} "${name}" is in the catalogue but not in this workbook${mandatory ? "; it is mandatory, so add a row for it" : ""}.`,
  placeholder: (text: string, period: string): string =>
    `${period}: ${text === "" ? "blank" : quoteCellText(text)} means no value reported; it is left out of trends and counts, not read as zero.`,
  noFigure: (period: string, text: string): string =>
    `No figure for ${period}, the period being reported (${text === "" ? "the cell is blank" : `the cell holds ${quoteCellText(text)}`}). Chase the figure before the pack goes out, or say why in the commentary.`,
  periodEmpty: (period: string, sheet: string): string =>
    `${period} has no figures on "${sheet}": no indicator row holds a number there, so every indicator shows No data. Check the period you chose, or enter the figures first.`,
  periodUnknown: (wanted: string, periods: readonly { label: string; hasFigures: boolean }[]): string =>
    `There is no period "${wanted}" in this workbook. ${
      periods.length === 0
        ? "No period columns were found."
        : `Periods with figures: ${
            periods
              .filter((p) => p.hasFigures)
              .map((p) => p.label)
              .join(", ") || "none"
          }${
            periods.some((p) => !p.hasFigures)
              ? `; empty periods: ${periods
                  .filter((p) => !p.hasFigures)
                  .map((p) => p.label)
                  .join(", ")}`
              : ""
          }.`
    } Or choose latest-each to report each indicator's latest figure.`,
  suppressed: (text: string, period: string, meaning: string): string =>
    `${period}: ${quoteCellText(text)} is ${meaning}. It is a gap, not a mistake: it is left out of trends and counts and never read as a number.`,
  targetBound: (text: string, fallback: string | null): string =>
    `The target ${quoteCellText(text)} is a bound, not a number${fallback === null ? ", and the catalogue has none, so no RAG colour can be computed" : `; the catalogue's target ${fallback} is used instead`}. Type the number alone (for "<10%", type 10%) and record in the catalogue that lower is better.`,
  addInNotCalculated: (functions: readonly string[], error: string): string =>
    `The formula here uses ${functions.join(", ")} (Scorecard Kit), but the workbook was last calculated where the add-in was not loaded, so Excel saved ${error}. Open the workbook in Excel with Scorecard Kit loaded and recalculate (Ctrl+Alt+F9); keep the formula, do not type over it.`,
  ragCellError: (error: string): string =>
    `The RAG cell shows the Excel error ${error}: fix the formula that fills it, or type Green, Amber or Red.`,
  numberAsText: (text: string): string =>
    `${quoteCellText(text)} is stored as text, not a number, so Excel formulas and charts skip it. Retype it as a number (with a % format for percentages).`,
  unitMismatch: (detail: string): string => detail,
  fractionOnPointsScale: (value: number): string =>
    `${value} looks like a fraction, but this indicator is recorded in percentage points (0-100). If you mean ${+(value * 100).toFixed(4)}%, type ${+(value * 100).toFixed(4)} or format the cell as a percentage.`,
  outOfRange: (value: string, min: string | undefined, max: string | undefined): string =>
    `${value} is outside the plausible range for this indicator (${min ?? "no minimum"} to ${max ?? "no maximum"}). Check for a typing error or a wrong unit.`,
  targetMissing: (): string =>
    "No target is given here or in the catalogue, so no RAG colour can be computed. Add a target, or mark the indicator neutral in the catalogue.",
  targetNotNumeric: (text: string, fallback: string | null): string =>
    fallback === null
      ? `The target ${quoteCellText(text)} is not a number, and the catalogue has none, so no RAG colour can be computed. Put the number in the Target column and the words in the commentary.`
      : `The target ${quoteCellText(text)} is not a number; the catalogue's target ${fallback} is used instead. Put the number in the Target column and the words in the commentary.`,
  targetMismatch: (sheetTarget: string, catalogueTarget: string): string =>
    `The target here (${sheetTarget}) differs from the catalogue's (${catalogueTarget}); the sheet's target is used for RAG. Check which one was agreed.`,
  ragInvalid: (text: string): string =>
    `${quoteCellText(text)} is not a RAG colour. Type Green, Amber or Red (or leave it blank when there is no target).`,
  ragMismatch: (entered: string, computed: string, why: string): string =>
    `The typed colour is ${entered} but the numbers give ${computed} (${why}). Correct the colour, or the value or target.`,
  ragMissing: (computed: string): string =>
    `No RAG colour is typed; the numbers give ${computed}. Fill it in so the board paper shows it.`,
  commentaryMissing: (): string =>
    "This indicator is Red but has no commentary. Add a line on why, and what is being done.",
} as const;
