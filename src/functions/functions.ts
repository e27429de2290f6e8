/**
 * The KPI custom functions. Each is a thin wrapper: coerce Excel's arguments (arguments.ts),
 * call the core, map problems to Excel errors. The JSDoc below becomes functions.json at build
 * time (custom-functions-metadata-plugin), which also adds the CustomFunctions.associate calls.
 * Reference with examples: README.md, "Function reference".
 *
 * Parameters are typed `any` because the metadata generator maps TypeScript types to Excel
 * types one to one; the wrappers check every argument themselves (arguments.ts).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { ragStatus, DEFAULT_TOLERANCE } from "../core/rag";
import { directionOfTravel } from "../core/trend";
import {
  curveStatus,
  DEFAULT_PERIODS_AHEAD,
  forecastLinear,
  MAX_PERIODS_AHEAD,
  onTrackStatus,
  readPeriod,
  type PeriodReading,
} from "../core/trajectory";
import { benchmarkGap, neighbourMean, quartileBand, peerRank as rankAmongPeers } from "../core/benchmark";
import { readSpcOptions, spcAnalysis, spcAssurance, spcVariation, type SpcOptions } from "../core/spc";
import { POLARITIES, TOLERANCE_MODES, TREND_METHODS, GAP_MODES, type Polarity } from "../core/words";
import {
  ArgumentProblem,
  excelCall,
  excelError,
  grid,
  isOmitted,
  isSingleCell,
  numberOrGap,
  nonNegativeArgument,
  numberCell,
  optionalNumberArgument,
  seriesArgument,
  seriesRows,
  single,
  wordArgument,
  yesNoArgument,
} from "./arguments";
import { cellwise, eachCell, eachSeries } from "./cellwise";
import { FUNCTION_MESSAGES } from "./function-messages";
import { indicatorStatus } from "./indicator-status";
// Grades (issue 13): KPI.RAG and KPI.DIRECTION read them through a scale; SPC refuses them.
import {
  catalogueGradeActual,
  gradeCell,
  gradeSeriesRows,
  measurementPolarityArgument,
  polarityOrScaleArgument,
  refuseGrades,
  seriesCellRows,
} from "./arguments";
import {
  DEFAULT_GRADE_TOLERANCE,
  GRADE_TREND_METHOD,
  gradeDirection,
  gradeRag,
  type GradeScale,
} from "../core/grades";
import { sharedCatalogueStore } from "../chosen-catalogue/catalogue-store";
import { restoreSavedCatalogue } from "../chosen-catalogue/restore-saved-catalogue";

const DEFAULT_PERIODS = 4;

/** KPI.STATUS before the workbook's catalogue is in place: never answer from one nobody chose. */
export const CATALOGUE_NOT_LOADED = FUNCTION_MESSAGES.catalogueNotLoaded;

/** A single-cell argument that must hold a number: a blank or placeholder is #N/A. */
function requiredNumber(value: unknown, argumentName: string): number {
  const n = numberCell(single(value), argumentName);
  if (n === null) throw new ArgumentProblem("na", FUNCTION_MESSAGES.noValue(argumentName));
  return n;
}

function polarityArgument(value: unknown): Polarity {
  return wordArgument(value, POLARITIES, "higher", "polarity");
}

/** The SPC option arguments, checked by the core's rules; rebase point numbers are 1-based. */
function spcOptionsArgument(
  fixAfter: unknown,
  rebase: unknown,
  screenOutliers: unknown,
  runLength: unknown,
  count: number,
): SpcOptions {
  const points = isOmitted(rebase)
    ? []
    : grid(rebase)
        .flat()
        .filter((cell) => !isOmitted(cell))
        .map((cell) => {
          const n = numberOrGap(cell);
          if (n === null)
            throw new ArgumentProblem("value", FUNCTION_MESSAGES.notANumber("rebase", String(cell)));
          return n - 1;
        });
  const reading = readSpcOptions(
    {
      fixAfter: optionalNumberArgument(fixAfter, "fixAfter") ?? null,
      rebase: points,
      screenOutliers: yesNoArgument(screenOutliers, "screenOutliers") ?? null,
      runLength: optionalNumberArgument(runLength, "runLength") ?? null,
    },
    count,
  );
  if (!reading.ok) throw new ArgumentProblem("value", reading.problems.map((p) => p.message).join(" "));
  return reading.options;
}

/** The number of positions in the longest series. */
const longest = (series: readonly (readonly unknown[])[]): number =>
  Math.max(0, ...series.map((s) => s.length));

/** True when two grids have the same rows and columns. */
const sameShape = (a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean =>
  a.length === b.length && a.every((row, r) => row.length === (b[r]?.length ?? -1)) && !isSingleCell(a);

/**
 * KPI.BAND and KPI.PEERRANK: each actual compared with the same peer values by polarity; a
 * comparison that has no answer (no peers) is #N/A with `noAnswer`.
 */
function eachAgainstPeers<T>(
  actual: unknown,
  peers: unknown,
  polarity: unknown,
  compare: (value: number, peers: readonly (number | null)[], polarity: Polarity) => T | null,
  noAnswer: string,
): unknown[][] {
  return excelCall(() => {
    const pol = polarityArgument(polarity);
    const peerValues = seriesArgument(peers);
    return eachCell(grid(actual), (cell) => {
      const result = compare(requiredNumber(cell, "actual"), peerValues, pol);
      if (result === null) throw new ArgumentProblem("na", noAnswer);
      return result;
    });
  });
}

/**
 * RAG status of an actual against a target: Green, Amber, Red, No target or No data. Give a column of actuals (and targets) to get a column of results.
 * @customfunction RAG
 * @helpurl https://localhost:3000/help.html#kpirag
 * @param {any[][]} actual The value achieved: a cell or a range. Blank, na, tbc, - mean no data.
 * @param {any[][]} target The target: a cell, or a range the same shape as actual.
 * @param {any} [polarity] higher (default), lower, target or neutral; or a grade scale (jar, ofsted, or "1=Outstanding; 2=Good; 3=Requires improvement; 4=Inadequate; best=low"): actual and target are then grades, as words or numbers.
 * @param {any} [tolerance] Amber band width, default 0.05 (5% of the target). Must not be negative. On grades: whole grades worse than the target that are still Amber, default 1.
 * @param {any} [toleranceMode] relative (default: a fraction of the target) or absolute (in the indicator's unit).
 * @param {any} [floor] Optional amber floor: at or better than this is Amber instead of Red.
 * @returns {any[][]} Green, Amber, Red, No target or No data for each actual.
 */
export function rag(
  actual: any[][],
  target: any[][],
  polarity?: any,
  tolerance?: any,
  toleranceMode?: any,
  floor?: any,
): any[][] {
  return excelCall(() => {
    const judged = polarityOrScaleArgument(polarity);
    if (judged.scale) return gradeRags(actual, target, judged.scale, tolerance, toleranceMode, floor);
    const rules = {
      polarity: judged.polarity,
      tolerance: nonNegativeArgument(tolerance, DEFAULT_TOLERANCE, "tolerance"),
      toleranceMode: wordArgument(toleranceMode, TOLERANCE_MODES, "relative", "toleranceMode"),
      floor: optionalNumberArgument(floor, "floor"),
    };
    return cellwise(grid(actual), grid(target), "target", (a, t) =>
      ragStatus(numberCell(a, "actual"), numberCell(t, "target"), rules),
    );
  });
}

/**
 * KPI.RAG on grades: actual, target and floor read through the scale (words or numbers); the
 * tolerance counts whole grades (default 1) and cannot be relative. Rule: gradeRag.
 */
function gradeRags(
  actual: unknown,
  target: unknown,
  scale: GradeScale,
  tolerance: unknown,
  toleranceMode: unknown,
  floor: unknown,
): unknown[][] {
  const steps = nonNegativeArgument(tolerance, DEFAULT_GRADE_TOLERANCE, "tolerance");
  if (!Number.isInteger(steps)) throw new ArgumentProblem("num", FUNCTION_MESSAGES.gradeTolerance(steps));
  if (wordArgument(toleranceMode, TOLERANCE_MODES, "absolute", "toleranceMode") === "relative")
    throw new ArgumentProblem("value", FUNCTION_MESSAGES.gradeRelativeTolerance);
  const floorGrade = isOmitted(floor) ? null : gradeCell(single(floor), scale, "floor");
  const rules = { tolerance: steps, ...(floorGrade !== null ? { floor: floorGrade } : {}) };
  return cellwise(grid(actual), grid(target), "target", (a, t) =>
    gradeRag(gradeCell(a, scale, "actual"), gradeCell(t, scale, "target"), scale, rules),
  );
}

/**
 * Direction of travel of a series, judged by polarity: Improving, Worsening or No change (Up, Down, No change for neutral); Not enough data under 2 values.
 * @customfunction DIRECTION
 * @helpurl https://localhost:3000/help.html#kpidirection
 * @param {any[][]} values A row or column of values, oldest first, or a block with one indicator per row (one result per row). Blanks and placeholders are gaps, not zeros.
 * @param {any} [polarity] higher (default), lower, target or neutral; or a grade scale (jar, ofsted, or "1=...; best=low"): the values are then grades, as words or numbers, judged by the scale's best end.
 * @param {any} [method] previous (default: latest vs the one before), average (latest vs the mean of the previous periods) or slope (least-squares slope of the whole series). Grades take previous only.
 * @param {any} [periods] For method average: how many previous values to average, default 4.
 * @returns {any[][]} Improving, Worsening, No change, Up, Down or Not enough data, one per series.
 */
export function direction(values: any[][], polarity?: any, method?: any, periods?: any): any[][] {
  return excelCall(() => {
    const count = isOmitted(periods)
      ? DEFAULT_PERIODS
      : nonNegativeArgument(periods, DEFAULT_PERIODS, "periods");
    if (!Number.isInteger(count) || count < 1)
      throw new ArgumentProblem("num", FUNCTION_MESSAGES.notWholeNumber("periods", count));
    const judged = polarityOrScaleArgument(polarity);
    const how = wordArgument(method, TREND_METHODS, "previous", "method");
    const scale = judged.scale;
    if (scale) {
      if (how !== GRADE_TREND_METHOD) throw new ArgumentProblem("value", FUNCTION_MESSAGES.gradeMethod(how));
      return eachSeries(gradeSeriesRows(values, scale), (series) => gradeDirection(series, scale));
    }
    return eachSeries(seriesRows(values), (series) => directionOfTravel(series, judged.polarity, how, count));
  });
}

/**
 * Gap between an actual and a benchmark, positive when the actual is better. A range of neighbour values is averaged (blanks left out).
 * @customfunction GAP
 * @helpurl https://localhost:3000/help.html#kpigap
 * @param {any[][]} actual The value achieved: a cell, or a column of values.
 * @param {any[][]} benchmark A number, or a range of statistical-neighbour values (their mean is used). With a column of actuals: one benchmark per row, or one row of neighbour values per actual.
 * @param {any} [polarity] higher (default), lower, target or neutral.
 * @param {any} [mode] points (default: the difference in the indicator's unit) or percent (the difference as a fraction of the benchmark).
 * @returns {any[][]} The gap; positive means better than the benchmark.
 */
export function gap(actual: any[][], benchmark: any[][], polarity?: any, mode?: any): any[][] {
  return excelCall(() => {
    const pol = polarityArgument(polarity);
    const gapMode = wordArgument(mode, GAP_MODES, "points", "mode");
    const actuals = grid(actual);
    const benchmarks = grid(benchmark);
    const oneGap = (a: unknown, b: number | null): unknown => {
      const value = numberCell(a, "actual");
      if (value === null) return excelError("na", FUNCTION_MESSAGES.noValue("actual"));
      if (b === null) return excelError("na", FUNCTION_MESSAGES.noBenchmark);
      const result = benchmarkGap(value, b, pol, gapMode);
      return result === null ? excelError("div0", FUNCTION_MESSAGES.zeroBenchmark) : result;
    };
    // One actual against a range of neighbours: their mean.
    if (isSingleCell(actuals)) return [[oneGap(single(actuals), neighbourMean(seriesArgument(benchmarks)))]];
    // A column of actuals with one row of neighbour values each.
    const sameRows =
      benchmarks.length === actuals.length &&
      (actuals[0]?.length ?? 0) === 1 &&
      (benchmarks[0]?.length ?? 0) > 1;
    if (sameRows)
      return actuals.map((row, r) => [oneGap(row[0], neighbourMean(seriesArgument([benchmarks[r] ?? []])))]);
    return cellwise(actuals, benchmarks, "benchmark", (a, b) => oneGap(a, numberCell(b, "benchmark")));
  });
}

/**
 * Quartile band of an actual among peers: A is the best quarter by polarity (quartiles as QUARTILE.INC, upper bound inclusive); - for neutral.
 * @customfunction BAND
 * @helpurl https://localhost:3000/help.html#kpiband
 * @param {any[][]} actual The value to place, or a range of values (one result each).
 * @param {any[][]} peers The peer values (e.g. all authorities or the statistical neighbours). Blanks are left out.
 * @param {any} [polarity] higher (default), lower, target or neutral.
 * @returns {any[][]} A, B, C or D; - for neutral indicators.
 */
export function band(actual: any[][], peers: any[][], polarity?: any): any[][] {
  return eachAgainstPeers(actual, peers, polarity, quartileBand, FUNCTION_MESSAGES.noPeerNumbers);
}

/**
 * Rank of an actual among peers: 1 plus the number of peers strictly better (ties share the best rank, as RANK.EQ).
 * @customfunction PEERRANK
 * @helpurl https://localhost:3000/help.html#kpipeerrank
 * @param {any[][]} actual The value to rank, or a range of values (one rank each).
 * @param {any[][]} peers The peer values. Blanks are left out.
 * @param {any} [polarity] higher (default: largest is 1), lower (smallest is 1), target or neutral (ranked largest first, as RANK.EQ).
 * @returns {any[][]} The rank, 1 = best.
 */
export function peerRank(actual: any[][], peers: any[][], polarity?: any): any[][] {
  return eachAgainstPeers(actual, peers, polarity, rankAmongPeers, FUNCTION_MESSAGES.noPeers);
}

/**
 * SPC variation of the latest value (NHS Making Data Count XmR chart, as NHSRplotthedots 0.2.2): common cause or special cause; needs at least 13 values. Grades are refused (#VALUE!): they are ordered categories, not measurements.
 * @customfunction SPC
 * @helpurl https://localhost:3000/help.html#kpispc
 * @param {any[][]} values A row or column of values, oldest first, or a block with one series per row (one result per row). Blanks and placeholders are gaps: no moving range is taken across them.
 * @param {any} [polarity] higher (default), lower, target or neutral.
 * @param {any} [fixAfter] Set the limits from the first N points (at least 12), then hold them.
 * @param {any} [rebase] Point numbers (a cell or a range) where new limits start, after a known change.
 * @param {any} [screenOutliers] TRUE to drop moving ranges of 3.267 times their mean or more before setting the limits (NHSRplotthedots' default); FALSE (default) as the Making Data Count Excel tools.
 * @param {any} [runLength] Points in a run or a trend: 7 (default) or 6 to 9.
 * @returns {any[][]} Common cause, Special cause improving, Special cause concerning, Special cause high, Special cause low or Not enough data, one per series.
 */
export function spc(
  values: any[][],
  polarity?: any,
  fixAfter?: any,
  rebase?: any,
  screenOutliers?: any,
  runLength?: any,
): any[][] {
  return excelCall(() => {
    const pol = measurementPolarityArgument(polarity);
    const series = seriesRows(values);
    const cells = seriesCellRows(values);
    const options = spcOptionsArgument(fixAfter, rebase, screenOutliers, runLength, longest(series));
    return eachSeries(series, (one, row) => {
      refuseGrades(cells[row] ?? []);
      return spcVariation(one, pol, options);
    });
  });
}

/**
 * SPC assurance: will the process meet its target? Consistently pass, Consistently fail or Hit and miss (NHS Making Data Count, as NHSRplotthedots 0.2.2).
 * @customfunction ASSURANCE
 * @helpurl https://localhost:3000/help.html#kpiassurance
 * @param {any[][]} values A row or column of values, oldest first (at least 13), or a block with one series per row (one result per row).
 * @param {any[][]} target The target: one cell, one per row of values, or one per period (the same shape as values; the latest counts).
 * @param {any} [polarity] higher (default) or lower; target and neutral get No target / Hit and miss as documented.
 * @param {any} [fixAfter] Set the limits from the first N points (at least 12), then hold them.
 * @param {any} [rebase] Point numbers where new limits start; the latest limits decide.
 * @param {any} [screenOutliers] TRUE to screen moving ranges (NHSRplotthedots' default); FALSE (default) as the Making Data Count Excel tools.
 * @returns {any[][]} Consistently pass, Consistently fail, Hit and miss, No target or Not enough data, one per series.
 */
export function assurance(
  values: any[][],
  target: any[][],
  polarity?: any,
  fixAfter?: any,
  rebase?: any,
  screenOutliers?: any,
): any[][] {
  return excelCall(() => {
    const pol = measurementPolarityArgument(polarity);
    const series = seriesRows(values);
    const valueCells = seriesCellRows(values);
    const options = spcOptionsArgument(fixAfter, rebase, screenOutliers, undefined, longest(series));
    const targets = grid(target);
    const perPeriod = sameShape(targets, grid(values));
    const cells = targets.flat();
    if (!perPeriod && cells.length !== 1 && cells.length !== series.length) {
      throw new ArgumentProblem("value", FUNCTION_MESSAGES.targetsPerRow(series.length, cells.length));
    }
    return eachSeries(series, (one, row) => {
      refuseGrades(valueCells[row] ?? []);
      refuseGrades(
        perPeriod
          ? series.length === 1
            ? cells
            : (targets[row] ?? [])
          : [cells.length === 1 ? cells[0] : cells[row]],
      );
      const goal = perPeriod
        ? (series.length === 1 ? cells : (targets[row] ?? [])).map((t) => numberCell(t, "target"))
        : numberCell(cells.length === 1 ? cells[0] : cells[row], "target");
      return spcAssurance(one, goal, pol, options);
    });
  });
}

/**
 * The XmR chart of a series as a table to chart: one row per point with its value, mean, limits, 2-sigma lines and type (common, improvement, concern, neutral high, neutral low), under a header row.
 * @customfunction SPCLIMITS
 * @helpurl https://localhost:3000/help.html#kpispclimits
 * @param {any[][]} values One row or column of values, oldest first. Blanks and placeholders are gaps (#N/A in the table, so charts leave a gap).
 * @param {any} [polarity] higher (default), lower, target or neutral.
 * @param {any} [fixAfter] Set the limits from the first N points (at least 12), then hold them.
 * @param {any} [rebase] Point numbers where new limits start.
 * @param {any} [screenOutliers] TRUE to screen moving ranges (NHSRplotthedots' default); FALSE (default) as the Making Data Count Excel tools.
 * @param {any} [runLength] Points in a run or a trend: 7 (default) or 6 to 9.
 * @returns {any[][]} A header row, then Value, Mean, Lower limit, Upper limit, Lower 2-sigma, Upper 2-sigma and Point type for each point.
 */
export function spcLimits(
  values: any[][],
  polarity?: any,
  fixAfter?: any,
  rebase?: any,
  screenOutliers?: any,
  runLength?: any,
): any[][] {
  return excelCall(() => {
    const pol = measurementPolarityArgument(polarity);
    const series = seriesRows(values);
    if (series.length !== 1)
      throw new ArgumentProblem("value", FUNCTION_MESSAGES.oneSeriesOnly(series.length));
    refuseGrades(seriesCellRows(values)[0] ?? []);
    const one = series[0] ?? [];
    const options = spcOptionsArgument(fixAfter, rebase, screenOutliers, runLength, one.length);
    const gap = () => excelError("na", FUNCTION_MESSAGES.noValueForPoint);
    const shown = (n: number | null | undefined) =>
      n === null || n === undefined || !Number.isFinite(n) ? gap() : n;
    const rows = spcAnalysis(one, pol, options).points.map((point) => [
      shown(point.value),
      shown(point.limits?.mean),
      shown(point.limits?.lower),
      shown(point.limits?.upper),
      shown(point.limits?.lowerTwoSigma),
      shown(point.limits?.upperTwoSigma),
      point.type ?? "",
    ]);
    return [[...SPC_LIMITS_HEADERS], ...rows];
  });
}

/** The header row of KPI.SPCLIMITS. */
export const SPC_LIMITS_HEADERS = [
  "Value",
  "Mean",
  "Lower limit",
  "Upper limit",
  "Lower 2-sigma",
  "Upper 2-sigma",
  "Point type",
] as const;

/**
 * RAG status of an indicator from the catalogue: its polarity, target (per period when given), tolerance and floor; a grade indicator's actual may be a grade word. Choose the catalogue in the Scorecard Kit pane.
 * @customfunction STATUS
 * @helpurl https://localhost:3000/help.html#kpistatus
 * @param {any[][]} indicatorId The indicator's id in the catalogue, e.g. "CS-IA": one cell, or a range the same shape as actual.
 * @param {any[][]} actual The value achieved: a cell, or a range (one result each).
 * @param {any} [period] The period, for indicators with a target per period (e.g. "Q2" or "2012/13").
 * @returns {Promise<any[][]>} Green, Amber, Red, No target or No data.
 */
export async function status(indicatorId: any[][], actual: any[][], period?: any): Promise<any[][]> {
  await restoreSavedCatalogue();
  return excelCall(() => {
    const catalogue = sharedCatalogueStore.current();
    if (!catalogue) throw new ArgumentProblem("na", CATALOGUE_NOT_LOADED);
    const when = single(period);
    return cellwise(grid(actual), grid(indicatorId), "indicatorId", (value, id) =>
      indicatorStatus(
        catalogue,
        sharedCatalogueStore.origin(),
        id,
        catalogueGradeActual(catalogue, id, value),
        when,
      ),
    );
  });
}

/** A range argument paired with actual: one cell for every actual, or the same shape as actual. */
function pairedWithActual(
  actuals: readonly (readonly unknown[])[],
  value: unknown,
  argumentName: string,
): (row: number, column: number) => unknown {
  const cells = grid(value);
  if (isSingleCell(cells)) return () => cells[0]?.[0];
  const sameShape =
    cells.length === actuals.length && cells.every((row, r) => row.length === (actuals[r]?.length ?? -1));
  if (!sameShape) {
    const shape = (g: readonly (readonly unknown[])[]) =>
      FUNCTION_MESSAGES.shape(g.length, g[0]?.length ?? 0);
    throw new ArgumentProblem(
      "value",
      FUNCTION_MESSAGES.shapeMismatch(argumentName, shape(actuals), shape(cells)),
    );
  }
  return (row, column) => cells[row]?.[column];
}

/** A period argument ("2012/13", "Q2 2012/13", 2008, a date); undefined when left out or blank. */
function periodArgument(value: unknown, argumentName: string): PeriodReading | undefined {
  const cell = single(value);
  if (isOmitted(cell)) return undefined;
  const period = readPeriod(cell);
  if (period === undefined)
    throw new ArgumentProblem("value", FUNCTION_MESSAGES.notAPeriod(argumentName, String(cell)));
  return period;
}

/** Two periods on one axis: a quarter without a year ("Q2") goes only with other quarters without a year. */
function checkSameAxis(period: PeriodReading, other: PeriodReading): void {
  if (period.dated === other.dated) return;
  const [undated, dated] = period.dated ? [other, period] : [period, other];
  throw new ArgumentProblem("value", FUNCTION_MESSAGES.quarterWithoutYear(undated.label, dated.label));
}

/**
 * Is the actual on track along the straight line from the baseline (at startPeriod) to the target (at endPeriod)? On track, Behind, Ahead, No target or No data.
 * @customfunction ONTRACK
 * @helpurl https://localhost:3000/help.html#kpiontrack
 * @param {any[][]} actual The value now: a cell, or a range (one result each). Blank, na, tbc, - mean no data.
 * @param {any[][]} baseline The value the trajectory starts from: one cell, or a range the same shape as actual.
 * @param {any[][]} target The value to reach by endPeriod: one cell, or a range the same shape as actual.
 * @param {any} [startPeriod] The baseline's period: a financial year (2007/08), a quarter (Q2 2012/13), a year (2008) or a date.
 * @param {any} [endPeriod] The target's period. Without startPeriod and endPeriod the actual is compared with the target itself.
 * @param {any[][]} [nowPeriod] The actual's period: one cell, or a range the same shape as actual. Default: endPeriod.
 * @param {any} [polarity] higher (default), lower, target or neutral.
 * @param {any} [tolerance] How far from the expected value is still on track: default 0.05 (5% of it). Must not be negative.
 * @param {any} [toleranceMode] relative (default: a fraction of the expected value) or absolute (in the indicator's unit).
 * @returns {any[][]} On track, Behind, Ahead, No target or No data for each actual.
 */
export function onTrack(
  actual: any[][],
  baseline: any[][],
  target: any[][],
  startPeriod?: any,
  endPeriod?: any,
  nowPeriod?: any[][],
  polarity?: any,
  tolerance?: any,
  toleranceMode?: any,
): any[][] {
  return excelCall(() => {
    const pol = polarityArgument(polarity);
    const tol = nonNegativeArgument(tolerance, DEFAULT_TOLERANCE, "tolerance");
    const mode = wordArgument(toleranceMode, TOLERANCE_MODES, "relative", "toleranceMode");
    const start = periodArgument(startPeriod, "startPeriod");
    const end = periodArgument(endPeriod, "endPeriod");
    if ((start === undefined) !== (end === undefined))
      throw new ArgumentProblem("value", FUNCTION_MESSAGES.startAndEndPeriods);
    if (start !== undefined && end !== undefined) {
      checkSameAxis(start, end);
      if (!(end.position > start.position))
        throw new ArgumentProblem("value", FUNCTION_MESSAGES.endNotAfterStart(start.label, end.label));
    }
    const actuals = grid(actual);
    const baselineAt = pairedWithActual(actuals, baseline, "baseline");
    const targetAt = pairedWithActual(actuals, target, "target");
    const nowGiven = grid(nowPeriod).some((row) => row.some((cell) => !isOmitted(cell)));
    if (nowGiven && start === undefined)
      throw new ArgumentProblem("value", FUNCTION_MESSAGES.nowWithoutTrajectory);
    const nowAt = nowGiven ? pairedWithActual(actuals, nowPeriod, "nowPeriod") : () => undefined;
    const positions = actuals.map((row, r) => row.map((_, c) => [r, c] as const));
    return eachCell(positions, (cell) => {
      const [r, c] = cell as readonly [number, number];
      const now = periodArgument(nowAt(r, c), "nowPeriod");
      if (now !== undefined && start !== undefined) checkSameAxis(now, start);
      return onTrackStatus({
        actual: numberCell(actuals[r]?.[c], "actual"),
        baseline: numberCell(baselineAt(r, c), "baseline"),
        target: numberCell(targetAt(r, c), "target"),
        start: start?.position,
        end: end?.position,
        now: now?.position,
        polarity: pol,
        tolerance: tol,
        toleranceMode: mode,
      });
    });
  });
}

/**
 * The baseline forecast: the least-squares straight line through the history (FORECAST.LINEAR with x = 1, 2, 3 …), extended periodsAhead periods after the latest value.
 * @customfunction FORECAST
 * @helpurl https://localhost:3000/help.html#kpiforecast
 * @param {any[][]} values A row or column of values, oldest first, or a block with one series per row. Blanks and placeholders are skipped but keep their place in time.
 * @param {any} [periodsAhead] How many periods to forecast after the latest value: a whole number from 1 to 1000, default 1.
 * @returns {any[][]} One forecast per period ahead: a column for a column of values, a row for a row (one row per series of a block).
 */
export function forecast(values: any[][], periodsAhead?: any): any[][] {
  return excelCall(() => {
    const ahead = isOmitted(periodsAhead)
      ? DEFAULT_PERIODS_AHEAD
      : nonNegativeArgument(periodsAhead, DEFAULT_PERIODS_AHEAD, "periodsAhead");
    if (!Number.isInteger(ahead) || ahead < 1 || ahead > MAX_PERIODS_AHEAD)
      throw new ArgumentProblem("num", FUNCTION_MESSAGES.periodsAheadRange(ahead));
    const cells = grid(values);
    const series = seriesRows(values);
    const oneColumn = cells.length > 1 && cells.every((row) => row.length <= 1);
    if (series.length === 1) {
      const forecasts = forecastLinear(series[0] ?? [], ahead);
      if (forecasts === undefined) throw new ArgumentProblem("na", FUNCTION_MESSAGES.forecastNotEnoughData);
      return oneColumn ? forecasts.map((f) => [f]) : [forecasts];
    }
    return series.map(
      (one) =>
        forecastLinear(one, ahead) ??
        Array.from({ length: ahead }, () => excelError("na", FUNCTION_MESSAGES.forecastNotEnoughData)),
    );
  });
}

/**
 * Has the curve turned since an intervention? The latest values after it against the 95% prediction interval of the baseline forecast from the values before it.
 * @customfunction CURVE
 * @helpurl https://localhost:3000/help.html#kpicurve
 * @param {any[][]} values A row or column of values, oldest first, or a block with one series per row (one result per row). Gaps keep their place in time.
 * @param {any} interventionIndex The position in values (1 = the first cell) of the first point after the intervention. At least 3 values before it and 2 from it on are needed.
 * @param {any} [polarity] higher (default) or lower: which way the curve should turn.
 * @returns {any[][]} Turned the curve, Not yet turned, Turned the wrong way or Not enough data, one per series.
 */
export function curve(values: any[][], interventionIndex: any, polarity?: any): any[][] {
  return excelCall(() => {
    const pol = polarityArgument(polarity);
    if (pol !== "higher" && pol !== "lower")
      throw new ArgumentProblem("value", FUNCTION_MESSAGES.curvePolarity(String(single(polarity))));
    const index = optionalNumberArgument(interventionIndex, "interventionIndex");
    if (index === undefined) throw new ArgumentProblem("value", FUNCTION_MESSAGES.interventionIndexNeeded);
    if (!Number.isInteger(index) || index < 1)
      throw new ArgumentProblem("num", FUNCTION_MESSAGES.interventionIndexWhole(index));
    return eachSeries(seriesRows(values), (one) => curveStatus(one, index, pol));
  });
}
