#!/usr/bin/env node
/**
 * `npm run demo`: the main job on the built-in example. Validates the directorate scorecard
 * example against the built-in catalogue, prints the report, then writes its summary workbook,
 * with what changed since the Q1 example, to out/ (replacing an earlier demo output) and prints
 * where it is; then summarizes the examples of the other kinds of table (a plan with
 * trajectories, an action plan, inspection grades, an OBA report card) into out/ too.
 */
const path = require("path");
const { main } = require("../lib/src/cli/main.js");

const example = path.join("examples", "directorate-scorecard-2012-13-q2.xlsx");
const previous = path.join("examples", "directorate-scorecard-2012-13-q1.xlsx");
const output = path.join("out", "directorate-scorecard-2012-13-q2-summary.xlsx");

(async () => {
  console.log(`Validating ${example} against the built-in example catalogue…\n`);
  const validateCode = await main(["node", "scorecard", "validate", example]);
  console.log(`\n(exit code ${validateCode}: 0 valid, 1 invalid, 2 unreadable or bad usage)\n`);
  console.log(`Summarizing ${example}, compared with ${previous}…`);
  const summarizeCode = await main([
    "node",
    "scorecard",
    "summarize",
    example,
    "--compare",
    previous,
    "-o",
    output,
    "--force",
  ]);
  if (summarizeCode !== 0) process.exit(summarizeCode);
  console.log(
    `\nOpen ${path.resolve(output)} to see the Scorecard Summary, Changes, Exceptions and Validation sheets.`,
  );

  // The other kinds of performance table the same engine reads (issue 13).
  const others = [
    [
      "cypp-plan-2006-09-trajectories.xlsx",
      "a plan: baseline and targets by year, checked for soundness and on track",
    ],
    ["improvement-plan-actions.xlsx", "an action plan: R/A/G counted by plan and by lead"],
    ["inspection-grades.xlsx", "inspection grades on the JAR and Ofsted scales"],
    ["oba-report-card.xlsx", "an OBA report card: did the intervention turn the curve?"],
  ];
  for (const [file, what] of others) {
    const input = path.join("examples", file);
    const summary = path.join("out", file.replace(/\.xlsx$/, "-summary.xlsx"));
    console.log(`\n${input}: ${what}`);
    const code = await main(["node", "scorecard", "summarize", input, "-o", summary, "--force"]);
    if (code !== 0) process.exit(code);
  }
})();
