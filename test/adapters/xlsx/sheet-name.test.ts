import {
  MAX_SHEET_NAME_LENGTH,
  sanitizeSheetName,
  uniqueSheetNames,
} from "../../../src/adapters/xlsx/sheet-name";

// Rules confirmed in Excel's rename-sheet dialog: 31 characters at most, none of [ ] : * ? / \,
// no apostrophe first or last, "History" reserved (any case), names unique ignoring case.
describe("sanitizeSheetName", () => {
  test.each([
    ["Summary", "Summary"],
    ["Q1/Q2: [draft]", "Q1-Q2- -draft-"],
    ["a*b?c\\d", "a-b-c-d"],
    ["  padded  ", "padded"],
    ["'quoted'", "quoted"],
    ["tab\there", "tab here"],
    ["", "Sheet"],
    ["   ", "Sheet"],
    ["''", "Sheet"],
    ["History", "History sheet"],
    ["HISTORY", "History sheet"],
    ["History 2024", "History 2024"],
  ])("%p -> %p", (name, expected) => {
    expect(sanitizeSheetName(name)).toBe(expected);
  });

  test("cuts to 31 characters", () => {
    expect(MAX_SHEET_NAME_LENGTH).toBe(31);
    expect(sanitizeSheetName("Outcomes for children and young people")).toBe(
      "Outcomes for children and young",
    );
  });

  test("never cuts through a surrogate pair (an emoji counts as 2 of the 31)", () => {
    const name = `${"x".repeat(30)}📈 trend`;
    expect(sanitizeSheetName(name)).toBe("x".repeat(30));
  });

  test("drops a trailing space or apostrophe left by the cut", () => {
    expect(sanitizeSheetName(`${"a".repeat(30)} tail`)).toBe("a".repeat(30));
    expect(sanitizeSheetName(`${"a".repeat(30)}'tail`)).toBe("a".repeat(30));
  });
});

describe("uniqueSheetNames", () => {
  test("adds (2), (3) to repeats, ignoring case", () => {
    expect(uniqueSheetNames(["Summary", "summary", "Summary"])).toEqual([
      "Summary",
      "summary (2)",
      "Summary (3)",
    ]);
  });

  test("names that only became equal after cleaning are made unique too", () => {
    expect(uniqueSheetNames(["Q1/Q2", "Q1:Q2", "", " "])).toEqual([
      "Q1-Q2",
      "Q1-Q2 (2)",
      "Sheet",
      "Sheet (2)",
    ]);
  });

  test("shortens a long name to fit its suffix in 31 characters", () => {
    const long = "Outcomes for children and young people";
    expect(uniqueSheetNames([long, long])).toEqual([
      "Outcomes for children and young",
      "Outcomes for children and y (2)",
    ]);
  });

  test("skips a suffixed name that is already taken", () => {
    expect(uniqueSheetNames(["Data (2)", "Data", "Data"])).toEqual(["Data (2)", "Data", "Data (3)"]);
  });
});
