export * from "./types";
export { JAR_SCALE, OFSTED_SCALE, BUILT_IN_SCALES } from "./built-in-scales";
export { GRADE_MESSAGES, listGrades } from "./messages";
export {
  gradeWordKey,
  resolveGradeScale,
  gradeScaleOf,
  scalePolarity,
  gradeScaleText,
  hasGradeScaleShape,
  readGradeScale,
} from "./read-grade-scale";
export {
  gradeOfValue,
  gradeOfWord,
  describeGrade,
  readGradeText,
  readGradeCell,
  looksLikeGradeWord,
  type GradeCellReading,
  type NotAGradeReading,
  type NotAGradeProblem,
} from "./read-grade-cell";
export { gradeRag, DEFAULT_GRADE_TOLERANCE, type GradeRagRules } from "./grade-rag";
export { gradeDirection, GRADE_TREND_METHOD } from "./grade-direction";
