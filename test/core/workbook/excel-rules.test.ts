import { literalText, UNSTORABLE_NUMBER_TEXT } from "../../../src/core/workbook/excel-rules";

describe("literalText: the text a text cell holds, the same in both writers", () => {
  test.each([
    [null, null],
    [undefined, null],
    ["=1+1", "=1+1"],
    [0.25, "0.25"],
    [1e21, "1e+21"],
    [true, "TRUE"],
    [false, "FALSE"],
    [new Date(Date.UTC(2024, 2, 31)), "2024-03-31"],
    [new Date(Date.UTC(2024, 2, 31, 9, 30)), "2024-03-31T09:30:00.000Z"],
    [new Date(Number.NaN), UNSTORABLE_NUMBER_TEXT],
    [{ error: "#N/A" }, "#N/A"],
  ])("%p -> %p", (value, text) => {
    expect(literalText(value)).toBe(text);
  });

  test("text longer than a cell holds is cut to 32,767 characters", () => {
    expect(literalText("x".repeat(40_000))).toHaveLength(32_767);
  });
});
