export { periodPosition, readPeriod, type PeriodKind, type PeriodReading } from "./period-position";
export { onTrackStatus, expectedOnTrajectory, type OnTrackInput, type Trajectory } from "./on-track";
export { forecastLinear, fitLine, valueOnLine, type LineFit } from "./forecast";
export {
  curveStatus,
  curveAnalysis,
  type CurveAnalysis,
  type CurvePoint,
  type CurveSide,
  type CurvePolarity,
} from "./curve";
export { studentTQuantile, studentTTwoSided } from "./student-t";
export {
  CONSISTENT_POINTS,
  DEFAULT_PERIODS_AHEAD,
  FINANCIAL_YEAR_START_MONTH,
  MAX_PERIODS_AHEAD,
  MIN_AFTER_POINTS,
  MIN_BASELINE_POINTS,
  MIN_FORECAST_POINTS,
  PREDICTION_LEVEL,
} from "./constants";
