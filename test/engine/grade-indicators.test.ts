/**
 * Validating a scorecard with grade indicators (test/support/workbooks.ts, gradeScorecard):
 * an Ofsted judgement (1 Outstanding ... 4 Inadequate, lower is better) and a JAR grade
 * (1 Inadequate ... 4 Excellent, higher is better), both with target Good, beside the standard
 * rows. Each expected answer is worked out beside it.
 */
import { readWorkbookSnapshot, type SheetToWrite } from "../../src/adapters/xlsx";
import { loadCatalogue, type Catalogue } from "../../src/core/catalogue";
import { checkWorkbook, summarizeWorkbook } from "../../src/core/engine";
import { SPC_SHEET } from "../../src/core/summary";
import type { AnalysedIndicator } from "../../src/core/validation";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import * as W from "../support/workbooks";

function gradeCatalogue(changes: Record<string, object> = {}): Catalogue {
  const load = loadCatalogue({
    ...W.GRADE_CATALOGUE,
    indicators: W.GRADE_CATALOGUE.indicators.map((i) => ({ ...i, ...(changes[i.id] ?? {}) })),
  });
  if (!load.ok) throw new Error(JSON.stringify(load.problems));
  return load.catalogue;
}
async function snapshotOf(sheet: SheetToWrite): Promise<WorkbookSnapshot> {
  const read = await readWorkbookSnapshot(await W.workbookBytes([sheet]), "grades.xlsx");
  if (!read.ok) throw new Error(read.reason);
  return read.snapshot;
}
async function check(sheet: SheetToWrite, catalogue: Catalogue = gradeCatalogue()) {
  return checkWorkbook(await snapshotOf(sheet), { catalogue: { ok: true, catalogue, warnings: [] } });
}
const byId = (indicators: readonly AnalysedIndicator[] | undefined, id: string) =>
  indicators?.find((i) => i.id === id);
/** The findings of the grade rows (6 and 7), as code, cell and message. */
const gradeFindings = (result: Awaited<ReturnType<typeof check>>) =>
  result.report.findings
    .filter((f) => f.indicatorId === "OFSTED" || f.indicatorId === "JAR")
    .map((f) => [f.code, f.cell, f.message]);

describe("a clean scorecard with grade indicators", () => {
  test("no findings; grades read from their words into numbers; RAG and direction by the scale", async () => {
    const result = await check(W.gradeScorecard());
    expect(result.report.findings).toEqual([]);
    const ofsted = byId(result.analysis?.indicators, "OFSTED");
    const jar = byId(result.analysis?.indicators, "JAR");
    // Ofsted: Requires improvement (3) -> "2 - Good" (2) against "Good" (2): Green; 3 -> 2 is better
    // on a lower-is-better scale: Improving.
    expect([ofsted?.period, ofsted?.value, ofsted?.target, ofsted?.rag, ofsted?.direction]).toEqual([
      "Q2",
      2,
      2,
      "Green",
      "Improving",
    ]);
    // Q1 alone: Requires improvement against Good, one grade worse: Amber.
    expect(ofsted?.figures.map((p) => [p.period, p.value, p.rag])).toEqual([
      ["Q1", 3, "Amber"],
      ["Q2", 2, "Green"],
    ]);
    // JAR: "Grade 2 (adequate)" (2) -> "Good" (3) against 3: Green, Improving (higher is better).
    expect([jar?.value, jar?.target, jar?.rag, jar?.direction]).toEqual([3, 3, "Green", "Improving"]);
    expect(jar?.figures.map((p) => p.rag)).toEqual(["Amber", "Green"]);
    expect(ofsted?.spc).toBeUndefined();
  });
});

describe("grade cells that are wrong, each a finding at its cell", () => {
  test("a word not on the scale, a word and number that disagree, a number off the scale", async () => {
    const result = await check(
      W.gradeScorecard([
        W.withCells(W.GRADE_ROW.OFSTED, { Q1: "Satisfactory", Q2: 5, RAG: "" }),
        W.withCells(W.GRADE_ROW.JAR, { Q1: "Grade 2 (inadequate)" }),
      ]),
    );
    // Errors first, then by row and column.
    expect(gradeFindings(result)).toEqual([
      [
        "value/not-numeric",
        "D6",
        '"Satisfactory" is not a grade on the Ofsted scale (1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate): type one of these words or numbers.',
      ],
      [
        "value/unit-mismatch",
        "E6",
        '"5" is not a grade on the Ofsted scale (1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate): type one of these numbers or words.',
      ],
      [
        "value/not-numeric",
        "D7",
        '"Grade 2 (inadequate)" gives two different grades: on the JAR scale 2 is Adequate, and Inadequate is 1. Type the grade you mean, as its word or its number.',
      ],
    ]);
    expect(result.report.findings.find((f) => f.cell === "D6")?.severity).toBe("error");
    // Q2 of OFSTED has no grade, so no colour: No data.
    expect(byId(result.analysis?.indicators, "OFSTED")?.rag).toBe("No data");
  });

  test("a typed colour the grades do not give: rag/mismatch, the reason in grades", async () => {
    const result = await check(
      W.gradeScorecard([
        W.withCells(W.GRADE_ROW.OFSTED, { Q2: "Inadequate", RAG: "Amber" }),
        W.GRADE_ROW.JAR,
      ]),
    );
    // Inadequate (4) against Good (2): two grades worse, Red; and Red needs commentary, which it has.
    expect(gradeFindings(result)).toEqual([
      [
        "rag/mismatch",
        "F6",
        "The typed colour is Amber but the numbers give Red (Q2 grade Inadequate (4) against target Good (2) on the Ofsted scale, where 1 (Outstanding) is best). Correct the colour, or the value or target.",
      ],
    ]);
    const ofsted = byId(result.analysis?.indicators, "OFSTED");
    expect([ofsted?.rag, ofsted?.direction]).toEqual(["Red", "Worsening"]); // Requires improvement -> Inadequate
  });

  test("the sheet's target as a grade: a different grade is target/mismatch, a word off the scale target/not-numeric", async () => {
    const result = await check(
      W.gradeScorecard([
        W.withCells(W.GRADE_ROW.OFSTED, { Target: "Outstanding", RAG: "Amber" }),
        W.withCells(W.GRADE_ROW.JAR, { Target: "Very good" }),
      ]),
    );
    expect(gradeFindings(result)).toEqual([
      [
        "target/mismatch",
        "C6",
        "The target here (Outstanding (1)) differs from the catalogue's (Good (2)); the sheet's target is used for RAG. Check which one was agreed.",
      ],
      [
        "target/not-numeric",
        "C7",
        'Target: "Very good" is not a grade on the JAR scale (1 Inadequate, 2 Adequate, 3 Good, 4 Excellent): type one of these words or numbers. The catalogue\'s target Good (3) is used instead.',
      ],
    ]);
    // Good against the sheet's Outstanding: one grade worse, Amber (as typed).
    expect(byId(result.analysis?.indicators, "OFSTED")?.rag).toBe("Amber");
    expect(byId(result.analysis?.indicators, "JAR")?.rag).toBe("Green");
  });

  test("the catalogue's tolerance in whole grades: 0 makes Requires improvement against Good Red", async () => {
    const result = await check(
      W.gradeScorecard([W.withCells(W.GRADE_ROW.OFSTED, { Q2: "RI", RAG: "Red" }), W.GRADE_ROW.JAR]),
      gradeCatalogue({ OFSTED: { tolerance: 0 } }),
    );
    expect(gradeFindings(result)).toEqual([]);
    expect(byId(result.analysis?.indicators, "OFSTED")?.rag).toBe("Red");
  });
});

describe("grades over 24 months: never an SPC chart", () => {
  const monthly = (): SheetToWrite => {
    const grades = W.MONTHS.map((_, i) => (i % 2 === 0 ? "Good" : "Requires improvement")).map((g, i) =>
      i === 23 ? "Outstanding" : g,
    );
    const att = W.MONTHS.map((_, i) => W.pct(i % 2 === 0 ? 0.955 : 0.965));
    return W.gridSheet("Scorecard", [
      ["ID", "Indicator", "Target", ...W.MONTHS, "RAG", "Commentary"],
      ["ATT", "School attendance", W.pct(0.95), ...att, "Green", "Steady"],
      [
        "OFSTED",
        "Ofsted judgement of children's services",
        "Good",
        ...grades,
        "Green",
        "Outstanding at last",
      ],
    ]);
  };

  test("the grade indicator has no XmR chart and no SPC findings; the measurement beside it has", async () => {
    const result = await check(monthly());
    const ofsted = byId(result.analysis?.indicators, "OFSTED");
    expect(ofsted?.spc).toBeUndefined();
    // Requires improvement (Feb 2025) -> Outstanding (Mar 2025): Improving; Outstanding beats Good: Green.
    expect([ofsted?.period, ofsted?.value, ofsted?.rag, ofsted?.direction]).toEqual([
      "Mar 2025",
      1,
      "Green",
      "Improving",
    ]);
    expect(byId(result.analysis?.indicators, "ATT")?.spc).toBeDefined();
    expect(result.report.findings.filter((f) => f.indicatorId === "OFSTED")).toEqual([]);
  });

  test("the summary's SPC sheet leaves the grade indicator out", async () => {
    const result = summarizeWorkbook(await snapshotOf(monthly()), {
      catalogue: { ok: true, catalogue: gradeCatalogue(), warnings: [] },
      generatedAt: "2026-12-02T10:00:00",
    });
    const spc = result.plan?.sheets.find((s) => s.name === SPC_SHEET);
    expect(spc?.charts?.map((c) => c.title)).toEqual(["ATT: School attendance"]);
    const text = spc?.cells.flat().map((c) => (c ? String(c.value) : "")) ?? [];
    expect(text.some((t) => t.includes("OFSTED"))).toBe(false);
  });
});

test("the summary's Exceptions write a grade as its word and number (Inadequate (4) against Good (2))", async () => {
  const result = summarizeWorkbook(
    await snapshotOf(
      W.gradeScorecard([W.withCells(W.GRADE_ROW.OFSTED, { Q2: "Inadequate", RAG: "Red" }), W.GRADE_ROW.JAR]),
    ),
    {
      catalogue: { ok: true, catalogue: gradeCatalogue(), warnings: [] },
      generatedAt: "2026-12-02T10:00:00",
    },
  );
  const exceptions = result.plan?.sheets.find((s) => s.name === "Exceptions");
  const row = exceptions?.cells.find((r) => r[0]?.value === "OFSTED");
  // ID, name, outcome area, value, target, RAG: Inadequate (4) against Good (2).
  expect(row?.slice(3, 6).map((c) => [c?.value, c?.numberFormat])).toEqual([
    ["Inadequate (4)", undefined],
    ["Good (2)", undefined],
    ["Red", undefined],
  ]);
});
