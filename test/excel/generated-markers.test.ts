import {
  freshMarkerNames,
  isMarkerName,
  referencedSheet,
  surveyMarkers,
} from "../../src/excel/generated-markers";

describe("generated-sheet markers", () => {
  test("referencedSheet reads the sheet out of a name's range reference", () => {
    expect(referencedSheet("Exceptions!$A$1")).toBe("Exceptions");
    expect(referencedSheet("'Scorecard Summary (2)'!$A$1")).toBe("Scorecard Summary (2)");
    expect(referencedSheet("='Bob''s sheet'!$A$1")).toBe("Bob's sheet");
    expect(referencedSheet("'a!b'!$A$1")).toBe("a!b");
  });

  test("references without a live sheet give undefined", () => {
    expect(referencedSheet("#REF!")).toBeUndefined();
    expect(referencedSheet("=#REF!$A$1")).toBeUndefined();
    expect(referencedSheet("$A$1")).toBeUndefined();
    expect(referencedSheet("'unterminated")).toBeUndefined();
    expect(referencedSheet(42)).toBeUndefined();
  });

  test("surveyMarkers keeps our names only and sorts live from broken", () => {
    const survey = surveyMarkers([
      { name: "ScorecardKit_generated_1", type: "Range", value: "'Scorecard Summary'!$A$1" },
      { name: "ScorecardKit_generated_2", type: "Error", value: "#REF!" },
      { name: "TargetRate", type: "Double", value: 0.9 },
      { name: "UserRange", type: "Range", value: "Q1!$A$1:$B$4" },
    ]);
    expect([...survey.live]).toEqual([["ScorecardKit_generated_1", "Scorecard Summary"]]);
    expect(survey.broken).toEqual(["ScorecardKit_generated_2"]);
  });

  test("fresh names skip taken ones, ignoring case", () => {
    expect(isMarkerName("scorecardkit_GENERATED_3")).toBe(true);
    expect(freshMarkerNames(2, ["scorecardkit_generated_1", "ScorecardKit_generated_3"])).toEqual([
      "ScorecardKit_generated_2",
      "ScorecardKit_generated_4",
    ]);
  });
});
