import { readFileSync } from "fs";
import { join } from "path";
import { parse } from "csv-parse/sync";
import { readCell, type CellReading } from "../../../src/core/cells";

/** The real scorecards kept in test/fixtures/samples (see its README.md). */
function sample(name: string): string[][] {
  return parse(readFileSync(join(__dirname, "..", "..", "fixtures", "samples", name), "utf8")) as string[][];
}

/** A reading in a few words, so the expected outcomes fit in a table. */
function summary(reading: CellReading): string {
  if (reading.kind === "number")
    return `${reading.unit} ${reading.value}${reading.note ? ` note ${reading.note}` : ""}`;
  if (reading.kind === "gap") return `gap ${reading.reason}`;
  return reading.firstNumber === undefined ? reading.reason : `${reading.reason} ${reading.firstNumber}`;
}

describe("cypp-report-card-2007.csv", () => {
  const rows = sample("cypp-report-card-2007.csv");
  const [header, ...data] = rows;

  test("has the 44 indicators and the expected columns", () => {
    expect(header).toEqual([
      "Outcome",
      "Ref",
      "PI Description",
      "2004",
      "2005",
      "2006",
      "National",
      "Similar",
      "Current",
      "Target",
    ]);
    expect(data).toHaveLength(44);
  });

  test("every cell reads without throwing", () => {
    for (const row of rows) for (const cell of row) expect(() => readCell(cell)).not.toThrow();
  });

  test("every value cell (2004 .. Target) is a number, or a named gap: na = not available, - = awaiting data", () => {
    for (const row of data) {
      for (const cell of row.slice(3)) {
        const expected =
          cell === "na"
            ? "gap not-available"
            : cell === "-"
              ? "gap awaiting-data"
              : cell === ""
                ? "gap blank"
                : `plain ${Number(cell)}`;
        expect([cell, summary(readCell(cell))]).toEqual([cell, expected]);
      }
    }
  });

  test("refs read as the numbers 1..44; descriptions never read as numbers", () => {
    data.forEach((row, index) => {
      expect(summary(readCell(row[1]))).toBe(`plain ${index + 1}`);
      expect(readCell(row[2]).kind).toBe("unreadable");
    });
  });

  test("descriptions with a number inside are text with their first number, never a value", () => {
    expect(summary(readCell(data[14]?.[2]))).toBe("text 0.95"); // "... Diphtheria to 95% by 2007"
    expect(summary(readCell(data[40]?.[2]))).toBe("text 0.923"); // "... to 92.3% by 2008"
  });
});

describe("directorate-scorecard-2012-13-q2.csv", () => {
  const rows = sample("directorate-scorecard-2012-13-q2.csv");
  const [header, ...data] = rows;
  const column = (name: string): number => header?.indexOf(name) ?? -1;

  /** Target, Q1, Q2 of each of the 19 measures, as read. Q3 and Q4 are blank. */
  const EXPECTED: readonly (readonly [string, string, string])[] = [
    ["percent 1", "gap not-available", "percent 0.97"],
    ["percent 0.74", "percent 0.7", "percent 0.73"],
    ["percent 1", "percent 0.38", "percent 0.2"],
    ["percent 1", "percent 0.92", "percent 0.8"],
    ["currency 0", "currency -41000", "currency -82000"],
    ["text 5", "rag-word", "rag-word"],
    ["text 1", "percent 0.36", "percent 0.36"],
    ["percent 0.82", "percent 0.84", "percent 0.84"],
    ["percent 1", "percent 0.67", "percent 0.67"],
    ["percent 0.8", "percent 0.723", "percent 0.76"],
    ["percent 0.85", "percent 0.692", "percent 0.751"],
    ["percent 1", "percent 0.999", "percent 0.997"],
    ["percent 1", "percent 1", "percent 1"],
    ["percent 0.83", "percent 0.55", "percent 0.56"],
    ["percent 0.95", "percent 0.96", "percent 0.99"],
    ["gap blank", "plain 1432", "plain 1431"],
    ["gap blank", "percent 0.959", "percent 0.958"],
    ["gap blank", "percent 0.941", "percent 0.938"],
    ["gap blank", "multiple-values 0.07", "text 0.086"],
  ];

  test("has the 19 measures", () => expect(data).toHaveLength(19));

  test("every cell reads without throwing", () => {
    for (const row of rows) for (const cell of row) expect(() => readCell(cell)).not.toThrow();
  });

  test("Target, Q1 and Q2 read as expected, messy cells included; Q3 and Q4 are blank gaps", () => {
    const actual = data.map((row) => [
      summary(readCell(row[column("Target")])),
      summary(readCell(row[column("Q1")])),
      summary(readCell(row[column("Q2")])),
    ]);
    expect(actual).toEqual(EXPECTED);
    for (const row of data) {
      expect(summary(readCell(row[column("Q3")]))).toBe("gap blank");
      expect(summary(readCell(row[column("Q4")]))).toBe("gap blank");
    }
  });

  test("the typed RAG column holds RAG words or blanks", () => {
    for (const row of data) {
      const reading = summary(readCell(row[column("Overall Progress")]));
      expect(["rag-word", "gap blank"]).toContain(reading);
    }
  });

  test("the progress commentary never reads as a number", () => {
    for (const row of data) expect(readCell(row[column("Progress Summary")]).kind).not.toBe("number");
  });
});
