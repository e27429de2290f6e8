import {
  chooseSheetNames,
  nameWithCounter,
  temporaryNames,
  validSheetName,
} from "../../src/excel/sheet-names";

const SUMMARY = ["Scorecard Summary", "Exceptions", "Validation"];

describe("chooseSheetNames", () => {
  test("free names are used as planned", () => {
    expect(chooseSheetNames(SUMMARY, [{ name: "Q1", generated: false }])).toEqual([
      { planned: "Scorecard Summary", name: "Scorecard Summary" },
      { planned: "Exceptions", name: "Exceptions" },
      { planned: "Validation", name: "Validation" },
    ]);
  });

  test("a user's sheet is never replaced: the summary goes beside it as (2), ignoring case", () => {
    const choices = chooseSheetNames(SUMMARY, [{ name: "scorecard SUMMARY", generated: false }]);
    expect(choices[0]).toEqual({ planned: "Scorecard Summary", name: "Scorecard Summary (2)" });
  });

  test("(2) taken by the user too: (3)", () => {
    const existing = [
      { name: "Exceptions", generated: false },
      { name: "Exceptions (2)", generated: false },
    ];
    expect(chooseSheetNames(["Exceptions"], existing)).toEqual([
      { planned: "Exceptions", name: "Exceptions (3)" },
    ]);
  });

  test("a generated sheet with the name is replaced; a generated (2) beside a user's sheet too", () => {
    const existing = [
      { name: "Scorecard Summary", generated: false },
      { name: "Scorecard Summary (2)", generated: true },
      { name: "Exceptions", generated: true },
    ];
    expect(chooseSheetNames(SUMMARY.slice(0, 2), existing)).toEqual([
      { planned: "Scorecard Summary", name: "Scorecard Summary (2)", replaces: "Scorecard Summary (2)" },
      { planned: "Exceptions", name: "Exceptions", replaces: "Exceptions" },
    ]);
  });

  test("duplicate planned names do not collide", () => {
    expect(chooseSheetNames(["Validation", "validation"], []).map((c) => c.name)).toEqual([
      "Validation",
      "validation (2)",
    ]);
  });

  test("counters keep names within Excel's 31 characters", () => {
    const long = "Outcome areas for adult social care"; // 35 characters
    const choices = chooseSheetNames([long], [{ name: validSheetName(long), generated: false }]);
    expect(choices[0]!.name).toBe("Outcome areas for adult soc (2)");
    expect(choices[0]!.name).toHaveLength(31);
  });
});

describe("sheet name helpers", () => {
  test("nameWithCounter cuts the stem, never the counter", () => {
    expect(nameWithCounter("Scorecard Summary", 2)).toBe("Scorecard Summary (2)");
    expect(nameWithCounter("A very long outcome area sheet name", 3)).toBe("A very long outcome area sh (3)");
    expect(nameWithCounter("x".repeat(40), 10)).toBe(`${"x".repeat(26)} (10)`);
  });

  test("validSheetName removes what Excel forbids", () => {
    expect(validSheetName("Q1/Q2: [draft]")).toBe("Q1-Q2- -draft-");
    expect(validSheetName("  'quoted'  ")).toBe("quoted");
    expect(validSheetName("")).toBe("Sheet");
    expect(validSheetName("😀".repeat(20))).toBe("😀".repeat(15)); // 30 UTF-16 units, no half emoji
  });

  test("temporaryNames avoids every taken name", () => {
    expect(temporaryNames(2, ["scorecard kit new 1", "Q1"])).toEqual([
      "Scorecard Kit new 2",
      "Scorecard Kit new 3",
    ]);
    expect(temporaryNames(0, [])).toEqual([]);
  });
});
