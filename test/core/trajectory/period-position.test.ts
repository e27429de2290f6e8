import { periodPosition, readPeriod, type PeriodKind } from "../../../src/core/trajectory";

// docs/rules.md, "Periods on one time axis": calendar time in years, each period at its end.
describe("periodPosition: each period at its end, on a calendar-year axis", () => {
  test.each<[label: unknown, kind: PeriodKind, position: number, written: string]>([
    // Financial years run April to March: 2007/08 ends on 31 March 2008 = 2008 + 3/12.
    ["2007/08", "financial year", 2008.25, "2007/08"],
    ["2007/8", "financial year", 2008.25, "2007/08"],
    ["2007-08", "financial year", 2008.25, "2007/08"],
    ["2007–08", "financial year", 2008.25, "2007/08"],
    ["2007/2008", "financial year", 2008.25, "2007/08"],
    ["FY2007/08", "financial year", 2008.25, "2007/08"],
    ["fy 2007-08", "financial year", 2008.25, "2007/08"],
    ["1999/00", "financial year", 2000.25, "1999/00"],
    ["2009/0", "financial year", 2010.25, "2009/10"],
    ["  2012/13 (provisional) ", "financial year", 2013.25, "2012/13"],
    // Financial quarters: Q1 = April to June, so Q2 2012/13 ends on 30 September 2012.
    ["Q2 2012/13", "financial quarter", 2012.75, "Q2 2012/13"],
    ["2012/13 Q2", "financial quarter", 2012.75, "Q2 2012/13"],
    ["Quarter 2 2012-13", "financial quarter", 2012.75, "Q2 2012/13"],
    ["q1 fy2012/13", "financial quarter", 2012.5, "Q1 2012/13"],
    ["Q4 2012/13", "financial quarter", 2013.25, "Q4 2012/13"],
    // Calendar years and quarters (ONS: 2012 Q2 = April to June 2012).
    [2008, "calendar year", 2009, "2008"],
    ["2008", "calendar year", 2009, "2008"],
    [1900, "calendar year", 1901, "1900"],
    [2100, "calendar year", 2101, "2100"],
    ["2012 Q2", "calendar quarter", 2012.5, "Q2 2012"],
    ["Q2 2012", "calendar quarter", 2012.5, "Q2 2012"],
    ["Q4 2012", "calendar quarter", 2013, "Q4 2012"],
    // Months, at their end.
    ["Apr 2012", "month", 2012 + 4 / 12, "Apr 2012"],
    ["April 2012", "month", 2012 + 4 / 12, "Apr 2012"],
    ["Apr-12", "month", 2012 + 4 / 12, "Apr 2012"],
    ["Sept 2012", "month", 2012.75, "Sep 2012"],
    ["Dec 2012", "month", 2013, "Dec 2012"],
    // Dates: the end of the day, so 30/09/2009 = 2009 + 8/12 + 30/(30 × 12) = 2009.75.
    [40086, "date", 2009.75, "2009-09-30"],
    [40086.75, "date", 2009.75, "2009-09-30"],
    ["2009-09-30", "date", 2009.75, "2009-09-30"],
    ["30/09/2009", "date", 2009.75, "2009-09-30"],
    ["31/03/2008", "date", 2008.25, "2008-03-31"],
    [new Date(Date.UTC(2008, 2, 31)), "date", 2008.25, "2008-03-31"],
    [39538, "date", 2008.25, "2008-03-31"],
    ["29/02/2012", "date", 2012 + 1 / 12 + 29 / (29 * 12), "2012-02-29"],
    // A quarter without a year: its number ÷ 4, not dated.
    ["Q2", "quarter without a year", 0.5, "Q2"],
    ["quarter 4", "quarter without a year", 1, "Q4"],
  ])("%p is a %s at %p", (label, kind, position, written) => {
    const reading = readPeriod(label);
    expect(reading).toEqual({
      kind,
      position: expect.any(Number),
      dated: kind !== "quarter without a year",
      label: written,
    });
    expect(reading?.position).toBeCloseTo(position, 12);
    expect(periodPosition(label)).toBe(reading?.position);
  });

  test("exact quarter positions: the distances between quarters and years are exact", () => {
    expect(periodPosition("2010/11")! - periodPosition("2007/08")!).toBe(3);
    expect(periodPosition("Q2 2009/10")! - periodPosition("2007/08")!).toBe(1.5);
    expect(periodPosition(40086)).toBe(periodPosition("Q2 2009/10"));
    expect(periodPosition("31/03/2008")).toBe(periodPosition("2007/08"));
  });

  test.each<[unknown]>([
    ["Latest"],
    ["Current"],
    ["Spring"],
    [""],
    ["   "],
    ["2007/9"], // not consecutive years
    ["2007/009"],
    ["Q5 2012/13"],
    ["Q2 Spring"],
    ["31/02/2012"],
    ["2012-13-01"],
    ["Apr"],
    ["Ma 2012"],
    [2008.5], // neither a year nor a date
    [1899],
    [-5],
    [0],
    [3e6],
    [NaN],
    [Infinity],
    [null],
    [undefined],
    [true],
    [{}],
    [[2008]],
    [new Date(NaN)],
  ])("%p is not a period", (label) => {
    expect(readPeriod(label)).toBeUndefined();
    expect(periodPosition(label)).toBeUndefined();
  });
});
