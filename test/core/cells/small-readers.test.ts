import {
  CELL_PLACEHOLDERS,
  GAP_REASONS,
  findNumbersInText,
  looksLikeRagRating,
  numberFormatKind,
  parseNumberText,
  readExcelErrorText,
  readNumberOrGap,
  readPlaceholder,
  readRagWord,
  shiftDecimal,
} from "../../../src/core/cells";

describe("readRagWord accepts Green/Amber/Red/G/A/R in any case", () => {
  test.each([
    ["Green", "Green"],
    [" green ", "Green"],
    ["G", "Green"],
    ["g", "Green"],
    ["AMBER", "Amber"],
    ["a", "Amber"],
    ["Red", "Red"],
    ["r", "Red"],
  ])("%j -> %s", (text, colour) => expect(readRagWord(text)).toBe(colour));
  test.each(["A/G", "Amber/Green", "Blue", "", "Amberish", "on track", "1"])("%j -> undefined", (text) =>
    expect(readRagWord(text)).toBeUndefined(),
  );
  test("not text -> undefined", () => expect(readRagWord(3 as unknown as string)).toBeUndefined());
});

describe("looksLikeRagRating also knows blended and BRAG ratings", () => {
  test.each(["A/G", "Amber / Green", "Red-Amber", "R/A", "Blue", "green"])("%j is a rating", (t) =>
    expect(looksLikeRagRating(t)).toBe(true),
  );
  test.each(["", "Greenwich", "A/B", "Amber Green Red Blue", "Agreed"])("%j is not", (t) =>
    expect(looksLikeRagRating(t)).toBe(false),
  );
});

describe("CELL_PLACEHOLDERS", () => {
  test("every entry is lower case, trimmed and unique, with a known gap reason", () => {
    const texts = CELL_PLACEHOLDERS.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const p of CELL_PLACEHOLDERS) {
      expect(p.text).toBe(p.text.trim().toLowerCase());
      expect(GAP_REASONS).toContain(p.reason);
      expect(readPlaceholder(p.text.toUpperCase())).toBe(p.reason);
    }
  });
  test("includes every placeholder the samples and domain rules name", () => {
    for (const text of [
      "na",
      "n/a",
      "not available",
      "-",
      "\u2013",
      "\u2014",
      "tbc",
      "to come",
      "awaiting data",
      "??",
      "?",
      "not known",
      "unknown",
      "x",
      "*",
      "c",
    ]) {
      expect(readPlaceholder(text)).toBeDefined();
    }
  });
  test("a number or word is not a placeholder", () => {
    expect(readPlaceholder("0")).toBeUndefined();
    expect(readPlaceholder("nil")).toBeUndefined();
  });
});

describe("readExcelErrorText", () => {
  test.each(["#DIV/0!", "#N/A", "#REF!", "#NAME?", "#VALUE!", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"])(
    "%s",
    (e) => expect(readExcelErrorText(e.toLowerCase())).toBe(e),
  );
  test("N/A without # is not an error", () => expect(readExcelErrorText("N/A")).toBeUndefined());
});

describe("numberFormatKind", () => {
  test.each([
    ["0%", "percent"],
    ["0.0%", "percent"],
    ["#,##0.00%;[Red]-#,##0.00%", "percent"],
    ['0"%"', "plain"], // a quoted % is a literal, Excel does not scale
    ["£#,##0", "currency"],
    ['"£"#,##0.00', "currency"],
    ["\\£#,##0", "currency"],
    ["[$£-809]#,##0.00", "currency"],
    ["_-[$€-x-euro2] * #,##0.00_-", "currency"],
    ["dd/mm/yyyy", "date"],
    ["[$-409]mmm-yy", "date"], // locale tag, not a currency
    ["[h]:mm", "date"],
    ["h:mm AM/PM", "date"],
    ["General", "plain"],
    ["@", "plain"],
    ["0.00E+00", "plain"],
    ["[Red]0.0", "plain"],
    ["", "plain"],
  ])("%j -> %s", (format, kind) => expect(numberFormatKind(format)).toBe(kind));
  test("not text -> plain", () => expect(numberFormatKind(undefined)).toBe("plain"));
});

describe("parseNumberText", () => {
  test.each(["", "abc", "5 5", "(5", "5)", "(-5)", "£5%", "5k%", "1,43", "1e5k", "--5", "+-5"])(
    "%j is not one number",
    (t) => expect(parseNumberText(t)).toBeUndefined(),
  );
  test("magnitudes", () => {
    expect(parseNumberText("£41K")).toEqual({ value: 41000, unit: "currency" });
    expect(parseNumberText("£2.5 million")).toEqual({ value: 2500000, unit: "currency" });
    expect(parseNumberText("£3mn")).toEqual({ value: 3000000, unit: "currency" });
    expect(parseNumberText("12k")).toEqual({ value: 12000, unit: "plain" });
  });
  test("no binary rounding noise", () => {
    expect(parseNumberText("7.2%")?.value).toBe(0.072);
    expect(parseNumberText("0.1%")?.value).toBe(0.001);
  });
});

describe("shiftDecimal", () => {
  test("moves the point without noise (0.072 * 100 is 7.199999999999999 in floating point)", () => {
    expect(shiftDecimal(0.072, 2)).toBe(7.2);
    expect(shiftDecimal(0.723, 2)).toBe(72.3);
    expect(shiftDecimal(97, -2)).toBe(0.97);
    expect(shiftDecimal(1e-7, 2)).toBe(1e-5);
  });
  test("NaN and Infinity pass through", () => {
    expect(shiftDecimal(Number.NaN, 2)).toBeNaN();
    expect(shiftDecimal(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("findNumbersInText", () => {
  test("skips numbers in words, dates, periods and fractions", () => {
    const found = findNumbersInText("Q2 on 31.08.12 in 2012/13: 20% (1/5) at £82k of £132m.");
    expect(found.map((n) => n.written)).toEqual(["20%", "£82k", "£132m"]);
  });
  test("marks bracketed counts", () => {
    expect(findNumbersInText("7.0% (1603)").map((n) => [n.value, n.bracketed])).toEqual([
      [0.07, false],
      [1603, true],
    ]);
  });
  test("no numbers -> []", () => expect(findNumbersInText("no numbers here")).toEqual([]));
});

describe("readNumberOrGap", () => {
  test.each([
    [0.97, "0%", 0.97],
    ["97%", undefined, 0.97],
    ["1,432", undefined, 1432],
    ["(£41k)", undefined, -41000],
    ["na", undefined, null],
    ["", undefined, null],
    [null, undefined, null],
    ["Amber", undefined, null],
    ["100% by 2015", undefined, null],
    [{ error: "#N/A" }, undefined, null],
    [true, undefined, null],
  ] as const)("readNumberOrGap(%j, %j) -> %j", (cell, format, expected) =>
    expect(readNumberOrGap(cell, format)).toBe(expected),
  );
});
