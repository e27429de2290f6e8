import { classifyHeader, cleanHeader, parsePeriod } from "../../../src/core/layout";

describe("cleanHeader", () => {
  it("drops line breaks, repeated spaces and trailing colons and asterisks", () => {
    expect(cleanHeader("  Progress\r\nSummary : ")).toBe("Progress Summary");
    expect(cleanHeader("PI\n\nDescription*")).toBe("PI Description");
    expect(cleanHeader("Target\u00a0 2012/13:*")).toBe("Target 2012/13");
  });
  it("writes numbers as typed and dates as month and year", () => {
    expect(cleanHeader(2004)).toBe("2004");
    expect(cleanHeader(new Date(Date.UTC(2012, 3, 1)))).toBe("Apr 2012");
    // 41000 is 1 April 2012 in Excel's 1900 date system (confirmed with =TEXT(41000,"mmm yyyy")).
    expect(cleanHeader(41000, "mmm-yy")).toBe("Apr 2012");
  });
  it("gives empty text for blanks, booleans and errors", () => {
    expect(cleanHeader(null)).toBe("");
    expect(cleanHeader(undefined)).toBe("");
    expect(cleanHeader(true)).toBe("");
    expect(cleanHeader({ error: "#REF!" })).toBe("");
    expect(cleanHeader(NaN)).toBe("");
    expect(cleanHeader(new Date(NaN))).toBe("");
  });
});

describe("classifyHeader: the vocabulary, any case", () => {
  it.each([
    ["Ref", "id"],
    ["ID", "id"],
    ["Indicator ID", "id"],
    ["PI Ref", "id"],
    ["Code", "id"],
    ["KPI ref", "id"],
    ["PI Ref.", "id"],
    ["PI Description", "name"],
    ["Supporting Measure", "name"],
    ["Measure", "name"],
    ["Indicator", "name"],
    ["Indicator name", "name"],
    ["KPI", "name"],
    ["Description", "name"],
    ["Performance indicator", "name"],
    ["Target", "target"],
    ["Target 2012/13", "target"],
    ["Annual target", "target"],
    ["Target (2012/13)", "target"],
    ["Q2 target", "target"],
    ["RAG", "rag"],
    ["Overall Progress", "rag"],
    ["Status", "rag"],
    ["RAG status", "rag"],
    ["Rating", "rag"],
    ["Progress Summary", "commentary"],
    ["Commentary", "commentary"],
    ["Comments", "commentary"],
    ["Narrative", "commentary"],
    ["Notes", "commentary"],
    ["National", "national"],
    ["England", "national"],
    ["National average", "national"],
    ["National Average (England)", "national"],
    ["Similar", "neighbours"],
    ["Statistical neighbours", "neighbours"],
    ["Stat neighbours", "neighbours"],
    ["SN average", "neighbours"],
    ["Similar authorities", "neighbours"],
    ["Executive Portfolio", "portfolio"],
    ["Portfolio", "portfolio"],
    ["Outcome", "outcome"],
    ["Section", "outcome"],
    ["Outcome area", "outcome"],
    ["Theme", "outcome"],
    ["Priority", "priority"],
    ["Owner", "owner"],
    ["Lead officer", "owner"],
    ["Responsible officer", "owner"],
  ])("%p -> %s", (header, role) => expect(classifyHeader(header)?.role).toBe(role));

  it("ignores case, line breaks and extra spaces once cleaned", () => {
    expect(classifyHeader(cleanHeader("pi   DESCRIPTION"))?.role).toBe("name");
    expect(classifyHeader(cleanHeader("Overall\nProgress:"))?.role).toBe("rag");
    expect(classifyHeader(cleanHeader("STATISTICAL\r\nNEIGHBOURS *"))?.role).toBe("neighbours");
  });

  it("does not guess at other words", () => {
    expect(classifyHeader("Direction of travel")).toBeUndefined();
    expect(classifyHeader("Leeds trend")).toBeUndefined();
    expect(classifyHeader("Target met")).toBeUndefined();
    expect(classifyHeader("")).toBeUndefined();
    expect(classifyHeader(42 as unknown as string)).toBeUndefined();
  });
});

describe("parsePeriod: one label per period", () => {
  it.each([
    ["Q1", "Q1"],
    ["q4", "Q4"],
    ["Quarter 1", "Q1"],
    ["Qtr 2", "Q2"],
    ["Q1 2012/13", "Q1 2012/13"],
    ["2012/13 Q3", "Q3 2012/13"],
    ["Apr", "Apr"],
    ["April", "Apr"],
    ["Sept", "Sep"],
    ["April 2012", "Apr 2012"],
    ["Apr-12", "Apr 2012"],
    ["2004", "2004"],
    ["2012/13", "2012/13"],
    ["2012-13", "2012/13"],
    ["2012/2013", "2012/13"],
    ["1999/00", "1999/00"],
    ["FY 2012-13", "2012/13"],
    ["Current", "Current"],
    ["Latest", "Latest"],
    ["Actual", "Actual"],
    ["Outturn", "Outturn"],
    ["Year to date", "YTD"],
    ["Q2 actual", "Q2"],
    ["Outturn 2012/13", "2012/13"],
    ["2012/13 (provisional)", "2012/13"],
  ])("%p -> %p", (header, label) => expect(parsePeriod(header)).toBe(label));

  it.each(["Target", "2004-2006", "Q5", "13", "", "Mayor"])("%p is not a period", (header) =>
    expect(parsePeriod(header)).toBeUndefined(),
  );
  it("non-string -> undefined", () => expect(parsePeriod(undefined as unknown as string)).toBeUndefined());
});
