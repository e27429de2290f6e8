import { describeGap, readCell, type CellReading, type CellValue } from "../../../src/core/cells";

/** Every messy case from docs/rules.md "Messy cells" and the brief, with the exact reading. */
const NUMBER_CASES: readonly [CellValue, string | undefined, number, string, string?][] = [
  // [cell, number format, value, unit, note]
  [0.97, undefined, 0.97, "plain"],
  [0.97, "0%", 0.97, "percent"],
  [0.723, "0.0%", 0.723, "percent"],
  [0.723, "0.00%;[Red]-0.00%", 0.723, "percent"],
  [-41000, "£#,##0;(£#,##0)", -41000, "currency"],
  [1200, '_-"£"* #,##0_-', 1200, "currency"],
  [1200, "[$€-2] #,##0", 1200, "currency"],
  [1200, "$#,##0", 1200, "currency"],
  [5, "General", 5, "plain"],
  [5, "", 5, "plain"],
  [5, '0.0 "per cent"', 5, "plain"],
  [-0, undefined, 0, "plain"],
  ["97%", undefined, 0.97, "percent"],
  ["72.3%", undefined, 0.723, "percent"],
  ["97 %", undefined, 0.97, "percent"],
  ["100 per cent", undefined, 1, "percent"],
  ["1,432", undefined, 1432, "plain"],
  ["-5", undefined, -5, "plain"],
  ["\u22125", undefined, -5, "plain"],
  ["(5)", undefined, -5, "plain"],
  ["+3", undefined, 3, "plain"],
  ["  12.5  ", undefined, 12.5, "plain"],
  ["£0", undefined, 0, "currency"],
  ["(£41k)", undefined, -41000, "currency"],
  ["(£82k)", undefined, -82000, "currency"],
  ["-£41k", undefined, -41000, "currency"],
  ["£132m", undefined, 132000000, "currency"],
  ["£1.2bn", undefined, 1200000000, "currency"],
  ["€2,500", undefined, 2500, "currency"],
  ["1.5e3", undefined, 1500, "plain"],
  ["7.0% (1603)", undefined, 0.07, "percent", "(1603)"],
  ["97% (provisional)", undefined, 0.97, "percent", "(provisional)"],
  ["80% (4/5)", undefined, 0.8, "percent", "(4/5)"],
  // a text number in a cell with a percent format keeps the unit it was written in
  ["97", "0%", 97, "plain"],
];

test.each(NUMBER_CASES.map((c) => [c[0], c[1], c[2], c[3], c[4]] as const))(
  "readCell(%j, %j) is the number %j (%s)",
  (cell, format, value, unit, note) => {
    const expected: CellReading =
      note === undefined
        ? { kind: "number", value, unit: unit as "plain" }
        : { kind: "number", value, unit: unit as "plain", note };
    expect(readCell(cell, format)).toEqual(expected);
  },
);

const GAP_CASES: readonly [CellValue, string][] = [
  [null, "blank"],
  [undefined, "blank"],
  ["", "blank"],
  ["   ", "blank"],
  ["na", "not-available"],
  ["NA", "not-available"],
  ["n/a", "not-available"],
  ["N/A", "not-available"],
  [" N/A ", "not-available"],
  ["Not available", "not-available"],
  ["..", "not-available"],
  ["-", "awaiting-data"],
  ["\u2013", "awaiting-data"],
  ["\u2014", "awaiting-data"],
  ["tbc", "awaiting-data"],
  ["TBC", "awaiting-data"],
  ["To come", "awaiting-data"],
  ["to  come", "awaiting-data"],
  ["Awaiting data", "awaiting-data"],
  ["??", "not-known"],
  ["?", "not-known"],
  ["Not known", "not-known"],
  ["unknown", "not-known"],
  ["x", "suppressed"],
  ["X", "suppressed"],
  ["*", "suppressed"],
  ["c", "suppressed"],
];

test.each(GAP_CASES)("readCell(%j) is the gap %s, keeping the text as typed", (cell, reason) => {
  expect(readCell(cell)).toEqual({ kind: "gap", reason, text: typeof cell === "string" ? cell : "" });
});

const UNREADABLE_CASES: readonly [CellValue, string, number | undefined][] = [
  // [cell, reason, firstNumber]
  [{ error: "#DIV/0!" }, "formula-error", undefined],
  [{ error: "#N/A" }, "formula-error", undefined],
  ["#DIV/0!", "formula-error", undefined],
  ["#N/A", "formula-error", undefined],
  ["#REF!", "formula-error", undefined],
  ["#NAME?", "formula-error", undefined],
  ["#VALUE!", "formula-error", undefined],
  ["#NUM!", "formula-error", undefined],
  ["#NULL!", "formula-error", undefined],
  ["#SPILL!", "formula-error", undefined],
  ["#CALC!", "formula-error", undefined],
  [" #div/0! ", "formula-error", undefined],
  ["Amber", "rag-word", undefined],
  ["green", "rag-word", undefined],
  ["RED", "rag-word", undefined],
  ["G", "rag-word", undefined],
  ["a", "rag-word", undefined],
  ["A/G", "rag-word", undefined],
  ["Amber/Green", "rag-word", undefined],
  ["Red-Amber", "rag-word", undefined],
  ["Blue", "rag-word", undefined],
  ["7.0% (1603) Not knowns: 8.9% (2153)", "multiple-values", 0.07],
  ["LAC: 3.5% BME: 33.2%", "multiple-values", 0.035],
  ["Q1 70% Q2 73%", "multiple-values", 0.7],
  ["1432 1431", "multiple-values", 1432],
  ["100% by 2015", "text", 1],
  ["New structures at tier 5 in place by June 2012", "text", 5],
  ["8.6% (1691) Not known data unavailable", "text", 0.086],
  ["approx. 97%", "text", 0.97],
  [
    "The Q2 engagement survey response rate was low at 25% but the overall engagement score was high at 73%.",
    "text",
    0.25,
  ],
  ["Every year 100 per cent of decisions", "text", 1],
  ["Complete", "not-numeric", undefined],
  ["Yes", "not-numeric", undefined],
  [true, "not-numeric", undefined],
  [false, "not-numeric", undefined],
  [new Date(Date.UTC(2012, 5, 30)), "not-numeric", undefined],
  [new Date(Number.NaN), "not-numeric", undefined],
  [Number.NaN, "not-numeric", undefined],
  [Number.POSITIVE_INFINITY, "not-numeric", undefined],
  [41090, "not-numeric", undefined], // formatted as a date below
];

test.each(UNREADABLE_CASES)(
  "readCell(%j) cannot be read: %s (first number %j)",
  (cell, reason, firstNumber) => {
    const format = cell === 41090 ? "dd/mm/yyyy" : undefined;
    const reading = readCell(cell, format);
    expect(reading.kind).toBe("unreadable");
    if (reading.kind !== "unreadable") return;
    expect(reading.reason).toBe(reason);
    expect(reading.firstNumber).toBe(firstNumber);
    expect(reading.message.length).toBeGreaterThan(20);
  },
);

describe("messages say what is wrong and what to do", () => {
  test("a RAG word", () => {
    expect(readCell("Amber")).toMatchObject({
      message:
        'The cell holds the RAG word "Amber" where a number belongs: type the value and put the colour in the RAG column.',
    });
  });
  test("an Excel error names the error and its usual cause", () => {
    expect(readCell({ error: "#DIV/0!" })).toMatchObject({
      text: "#DIV/0!",
      message:
        "The cell shows the Excel error #DIV/0! (the formula divides by zero or by an empty cell): fix the formula or its inputs, or clear the cell if there is no data yet.",
    });
  });
  test("two values name the first as written", () => {
    expect(readCell("LAC: 3.5% BME: 33.2%")).toMatchObject({
      message: expect.stringContaining("the first here is 3.5%"),
    });
  });
  test("words with a number suggest the number", () => {
    expect(readCell("100% by 2015")).toMatchObject({ message: expect.stringContaining("here perhaps 100%") });
  });
  test("long text is shortened in the message", () => {
    const reading = readCell("word ".repeat(100));
    expect(reading.kind === "unreadable" && reading.message.length < 250).toBe(true);
  });
});

test("a blank cell is never a zero", () => {
  expect(readCell("")).not.toMatchObject({ kind: "number" });
  expect(readCell(null)).not.toMatchObject({ kind: "number" });
});

describe("suppressed and withheld cells are gaps with their reason, never numbers", () => {
  test.each<[string, string]>([
    ["<5", "suppressed"],
    ["< 10", "suppressed"],
    ["<0.5%", "suppressed"],
    ["\u22643", "suppressed"],
    ["*", "suppressed"],
    ["c", "suppressed"],
    ["[c]", "suppressed"],
    ["x", "suppressed"],
    ["~", "suppressed"],
    ["[low]", "suppressed"],
    ["[w]", "suppressed"],
    ["[x]", "not-available"],
    ["[z]", "not-available"],
    ["..", "not-available"],
    ["-", "awaiting-data"],
  ])("%p is a gap: %s", (text, reason) => {
    expect(readCell(text)).toEqual({ kind: "gap", reason, text });
  });

  test("a suppressed cell never yields a number or a 'perhaps 5' hint", () => {
    const reading = readCell("<5");
    expect(reading.kind).toBe("gap");
    expect(JSON.stringify(reading)).not.toMatch(/perhaps/);
  });

  test("describeGap names the bound of a small number", () => {
    expect(describeGap("suppressed", "<5")).toBe("suppressed (a small number, below 5)");
    expect(describeGap("suppressed", "\u2264 3")).toBe("suppressed (a small number, at most 3)");
    expect(describeGap("suppressed", "c")).toBe("suppressed (withheld to protect confidentiality)");
    expect(describeGap("not-available", "[x]")).toBe("not available");
  });

  test("text that only starts like a bound is not a suppression mark", () => {
    expect(readCell("<5 in most months")).toMatchObject({ kind: "unreadable", reason: "text" });
    expect(readCell("5<")).toMatchObject({ kind: "unreadable" });
  });
});

describe("spaces as thousands separators", () => {
  test.each<[string, number]>([
    ["1 234", 1234],
    ["12 345 678", 12345678],
    ["1\u00a0234", 1234],
    ["1\u202f234.5", 1234.5],
    ["£1 250", 1250],
  ])("%p reads as %p", (text, value) => {
    expect(readCell(text)).toMatchObject({ kind: "number", value });
  });

  test("groups that are not thousands are not joined", () => {
    expect(readCell("1 23")).toMatchObject({ kind: "unreadable" });
    expect(readCell("2004 2005")).toMatchObject({ kind: "unreadable" });
    expect(readCell("1  234")).toMatchObject({ kind: "unreadable" });
  });
});
