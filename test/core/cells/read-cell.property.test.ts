import fc from "fast-check";
import { runs } from "../../support/properties";
import { readCell, readNumberOrGap, type CellValue } from "../../../src/core/cells";

/** Text built from the characters messy cells are made of, so the parser's corners get visited. */
const messyText = fc
  .array(
    fc.constantFrom(
      ..."0123456789.,%£$€()+-\u2212 kmbnKMBN:/?#!xXaAgGrR".split(""),
      "per cent",
      "Amber",
      "N/A",
      "by",
      "tbc",
      "\u00a0",
    ),
    {
      maxLength: 16,
    },
  )
  .map((parts) => parts.join(""));

describe("readCell is total", () => {
  test("never throws and always returns a named outcome, for any value and format", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), messyText, fc.double(), fc.date()),
        fc.oneof(fc.string(), fc.constant(undefined), fc.anything()),
        (value, format) => {
          const reading = readCell(value as CellValue, format as string);
          expect(["number", "gap", "unreadable"]).toContain(reading.kind);
          if (reading.kind === "number") expect(Number.isFinite(reading.value)).toBe(true);
          if (reading.kind === "unreadable") expect(reading.message.length).toBeGreaterThan(0);
          return true;
        },
      ),
      runs(300),
    );
  });

  test("a finite number in a plain format reads as itself", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(readNumberOrGap(value)).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  test("a number written as text reads back as the same number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (value) => {
        expect(readNumberOrGap(String(value))).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

describe("readCell stays quick on the longest text a cell can hold (32,767 characters)", () => {
  const CELL_LIMIT = 32767; // Excel specifications and limits: characters in a cell
  test.each([
    ["spaces after a bracket", "(" + " ".repeat(CELL_LIMIT - 2) + "x"],
    ["spaces after a number", "5" + " ".repeat(CELL_LIMIT - 2) + "x"],
    ["spaces after a pound sign", "£" + " ".repeat(CELL_LIMIT - 2) + "x"],
    ["thousands of numbers", "1 ".repeat(CELL_LIMIT / 2)],
    ["thousands of percentages", "12% ".repeat(CELL_LIMIT / 4)],
    ["a long run of digits", "9".repeat(CELL_LIMIT - 1) + "x"],
    ["many brackets", "(".repeat(CELL_LIMIT - 1) + "5"],
  ])("%s", (_name, text) => {
    const started = Date.now();
    expect(readCell(text).kind).toBe("unreadable");
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
