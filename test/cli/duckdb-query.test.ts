/**
 * The README's DuckDB query ("Tidy export for a warehouse"), run as written through DuckDB's
 * npm package on `scorecard export` of both examples: the colours it counts for the current
 * periods are those the validation report gives.
 */
import * as fs from "fs";
import * as path from "path";
import { DuckDBInstance } from "@duckdb/node-api";
import * as W from "../support/workbooks";
import { REPO, runCliHere } from "./run-cli";

const README = fs.readFileSync(path.join(REPO, "README.md"), "utf8");

/** The SQL block under the duckdb-query marker. */
function readmeQuery(): string {
  const match = /<!-- duckdb-query[^>]*-->\s*```sql\n([\s\S]*?)```/.exec(README);
  if (!match) throw new Error("README.md has no duckdb-query block");
  return match[1]!;
}

let dir: string;
beforeAll(() => {
  dir = W.makeTempDir("scorecard-duckdb-");
  for (const example of ["directorate-scorecard-2012-13-q2.xlsx", "cypp-report-card-2007.xlsx"])
    fs.copyFileSync(path.join(REPO, "examples", example), path.join(dir, example));
});
afterAll(() => W.removeTempDir(dir));

test("the README's query over the export counts the current periods' colours as the reports do", async () => {
  const run = await runCliHere(
    ["export", "directorate-scorecard-2012-13-q2.xlsx", "cypp-report-card-2007.xlsx", "-o", "pack.csv"],
    dir,
  );
  expect(run.status).toBe(0);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const before = process.cwd();
  process.chdir(dir);
  let rows: Record<string, unknown>[];
  try {
    rows = (await connection.runAndReadAll(readmeQuery())).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    process.chdir(before);
    connection.closeSync();
  }
  const count = (file: string, period: string, rag: string) =>
    Number(rows.find((r) => r.file === file && r.period === period && r.rag === rag)?.indicators ?? 0);
  // The directorate example's Q2: 4 Green, 4 Amber, 6 Red, as `scorecard summarize` says.
  const q2 = ["Green", "Amber", "Red"].map((rag) =>
    count("directorate-scorecard-2012-13-q2.xlsx", "Q2", rag),
  );
  expect(q2).toEqual([4, 4, 6]);
  // Every row of the result is a file, a period and a colour with its count.
  expect(rows.every((r) => ["Green", "Amber", "Red"].includes(String(r.rag)))).toBe(true);
  expect(new Set(rows.map((r) => r.file))).toEqual(
    new Set(["directorate-scorecard-2012-13-q2.xlsx", "cypp-report-card-2007.xlsx"]),
  );
});
