/**
 * Reading a cell through a grade scale: every form a grade is typed in, on both built-in scales,
 * with the grade number worked out by hand beside each.
 * JAR: 1 Inadequate, 2 Adequate, 3 Good, 4 Excellent (higher is better).
 * Ofsted: 1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate (lower is better).
 */
import {
  describeGrade,
  JAR_SCALE,
  looksLikeGradeWord,
  OFSTED_SCALE,
  readGradeCell,
  readGradeScale,
  type GradeCellReading,
  type GradeScale,
} from "../../../src/core/grades";
import type { CellValue } from "../../../src/core/cells/cell-value";

/** The grade's number, the gap's reason, or the problem with its kind. */
function read(value: CellValue, scale: GradeScale, format?: string): string | number {
  const reading: GradeCellReading = readGradeCell(value, scale, format);
  switch (reading.kind) {
    case "grade":
      return reading.grade.value;
    case "gap":
      return `gap ${reading.reason}`;
    case "unreadable":
      return `unreadable ${reading.reason}`;
    case "not-a-grade":
      return `not a grade: ${reading.problem}`;
  }
}

describe("the cell forms of the issue, through both scales", () => {
  test.each<[CellValue, number, number]>([
    // cell, JAR grade, Ofsted grade
    ["Good", 3, 2],
    ["good", 3, 2],
    [" GOOD ", 3, 2],
    [2, 2, 2],
    ["2", 2, 2],
    ["Grade 2", 2, 2],
    ["grade 2", 2, 2],
    ["Grade 3 (good)", 3, NaN],
    ["3 - Good", 3, NaN],
    ["Good (3)", 3, NaN],
    ["Good: grade 3", 3, NaN],
    ["Grade 2 (good)", NaN, 2],
    ["2 - Good", NaN, 2],
    ["2 \u2013 Good", NaN, 2],
    ["Good (2)", NaN, 2],
    ["2: Good", NaN, 2],
    ["2 Good", NaN, 2],
    ["Inadequate", 1, 4],
    ["4 - Inadequate", NaN, 4],
    ["1 - Inadequate", 1, NaN],
  ])("%j is JAR %p, Ofsted %p", (cell, jar, ofsted) => {
    expect(read(cell, JAR_SCALE)).toBe(Number.isNaN(jar) ? "not a grade: disagree" : jar);
    expect(read(cell, OFSTED_SCALE)).toBe(Number.isNaN(ofsted) ? "not a grade: disagree" : ofsted);
  });

  test.each<[CellValue, number]>([
    ["Excellent", 4],
    ["Adequate", 2],
    ["Grade 2 (adequate)", 2],
    ["Grade 2 (Adequate)", 2],
    ["4 - Excellent", 4],
    [4, 4],
  ])("JAR: %j is %p", (cell, grade) => {
    expect(read(cell, JAR_SCALE)).toBe(grade);
  });

  test.each<[CellValue, number]>([
    ["Outstanding", 1],
    ["Requires improvement", 3],
    ["requires  improvement", 3],
    ["Requires-improvement.", 3],
    ["RI", 3],
    ["Requires improvement to be good", 3],
    ["3 - Requires improvement", 3],
    ["Requires improvement (3)", 3],
    ["Grade 1 (outstanding)", 1],
  ])("Ofsted: %j is %p", (cell, grade) => {
    expect(read(cell, OFSTED_SCALE)).toBe(grade);
  });
});

describe("what is not a grade, with a message that says why", () => {
  test("a word and a number that disagree: Grade 2 (inadequate) on JAR", () => {
    const reading = readGradeCell("Grade 2 (inadequate)", JAR_SCALE);
    expect(reading).toEqual({
      kind: "not-a-grade",
      problem: "disagree",
      text: "Grade 2 (inadequate)",
      message:
        '"Grade 2 (inadequate)" gives two different grades: on the JAR scale 2 is Adequate, and Inadequate is 1. Type the grade you mean, as its word or its number.',
    });
  });

  test("a word not on the scale lists the scale", () => {
    expect(readGradeCell("Satisfactory", OFSTED_SCALE)).toEqual({
      kind: "not-a-grade",
      problem: "word",
      text: "Satisfactory",
      message:
        '"Satisfactory" is not a grade on the Ofsted scale (1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate): type one of these words or numbers.',
    });
    // Excellent is JAR's word, not Ofsted's; Outstanding is Ofsted's, not JAR's.
    expect(read("Excellent", OFSTED_SCALE)).toBe("not a grade: word");
    expect(read("Outstanding", JAR_SCALE)).toBe("not a grade: word");
    expect(read("Amber", OFSTED_SCALE)).toBe("not a grade: word");
    expect(read("Good (x)", OFSTED_SCALE)).toBe("not a grade: word");
  });

  test.each<[CellValue, string | undefined]>([
    [5, undefined],
    [0, undefined],
    [2.5, undefined],
    ["Grade 5", undefined],
    ["5 - Good", undefined],
    ["2.5", undefined],
  ])("%j is not a number of the Ofsted scale", (cell) => {
    expect(read(cell, OFSTED_SCALE)).toBe("not a grade: number");
  });

  test("percentages and money are not grades", () => {
    expect(read(0.02, OFSTED_SCALE, "0%")).toBe("not a grade: unit");
    expect(read("2%", OFSTED_SCALE)).toBe("not a grade: unit");
    expect(read("£2", OFSTED_SCALE)).toBe("not a grade: unit");
    expect(readGradeCell("2%", OFSTED_SCALE)).toMatchObject({
      message: expect.stringMatching(
        /^The cell holds 2%, but a grade is one of the numbers or words of the Ofsted scale/,
      ),
    });
  });

  test("blanks and placeholders are gaps; errors, TRUE and dates cannot be read, as any cell", () => {
    expect(read(null, OFSTED_SCALE)).toBe("gap blank");
    expect(read("", OFSTED_SCALE)).toBe("gap blank");
    expect(read("tbc", OFSTED_SCALE)).toBe("gap awaiting-data");
    expect(read("n/a", OFSTED_SCALE)).toBe("gap not-available");
    expect(read("x", OFSTED_SCALE)).toBe("gap suppressed");
    expect(read({ error: "#N/A" }, OFSTED_SCALE)).toBe("unreadable formula-error");
    expect(read("#REF!", OFSTED_SCALE)).toBe("unreadable formula-error");
    expect(read(true, OFSTED_SCALE)).toBe("unreadable not-numeric");
    expect(read(new Date(2024, 0, 1), OFSTED_SCALE)).toBe("unreadable not-numeric");
  });
});

describe("a custom scale", () => {
  const reading = readGradeScale("1=Met; 2=Partly met; 3=Not met; best=low");
  if (!reading.ok) throw new Error("the custom scale does not read");
  const scale = reading.scale;
  test.each<[CellValue, string | number]>([
    ["Met", 1],
    ["partly met", 2],
    ["3 - Not met", 3],
    ["Partly met (2)", 2],
    ["Grade 2 (met)", "not a grade: disagree"],
    ["Good", "not a grade: word"],
    [4, "not a grade: number"],
  ])("%j -> %p", (cell, expected) => {
    expect(read(cell, scale)).toBe(expected);
  });
  test("messages call it the scale", () => {
    expect(readGradeCell("Good", scale)).toMatchObject({
      message:
        '"Good" is not a grade on the scale (1 Met, 2 Partly met, 3 Not met): type one of these words or numbers.',
    });
  });
});

test("describeGrade writes a grade as its word with its number", () => {
  expect(describeGrade(2, OFSTED_SCALE)).toBe("Good (2)");
  expect(describeGrade(3, JAR_SCALE)).toBe("Good (3)");
  expect(describeGrade(4, OFSTED_SCALE)).toBe("Inadequate (4)");
  expect(describeGrade(7, OFSTED_SCALE)).toBe("7");
  // What describeGrade writes reads back as the same grade.
  for (const scale of [JAR_SCALE, OFSTED_SCALE])
    for (const g of scale.grades) expect(read(describeGrade(g.value, scale), scale)).toBe(g.value);
});

test.each<[unknown, boolean]>([
  ["Good", true],
  ["Outstanding", true],
  ["requires improvement", true],
  ["RI", true],
  ["Excellent", true],
  ["Grade 2", true],
  ["2 - Good", true],
  ["Grade 2 (inadequate)", true],
  ["2 (adequate)", true],
  [2, false],
  ["2", false],
  ["97%", false],
  ["na", false],
  ["", false],
  ["Amber", false],
  ["Complete", false],
  [null, false],
])("looksLikeGradeWord(%j) is %p", (value, expected) => {
  expect(looksLikeGradeWord(value)).toBe(expected);
});
