import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import {
  describeColumns,
  detectColumns,
  layoutChoices,
  NO_OVERRIDES,
  overrideCount,
  periodChoices,
  withColumnRole,
} from "../../src/pane/use-cases";
import { detectWorkbookLayouts } from "../../src/core/layout";
import { exampleSnapshot, fakePort } from "./fake-port";

let snapshot: WorkbookSnapshot;
beforeAll(async () => {
  snapshot = await exampleSnapshot();
});

describe("layoutChoices (the Columns section)", () => {
  test("the example's scorecard columns with their detected roles; Notes skipped with the reason", () => {
    const sheets = layoutChoices(snapshot);
    expect(sheets.map((s) => [s.kind, s.sheet])).toEqual([
      ["scorecard", "Scorecard Q2"],
      ["skipped", "Notes"],
    ]);
    const scorecard = sheets[0];
    if (scorecard?.kind !== "scorecard") throw new Error("expected a scorecard");
    // Detected roles as `scorecard validate` reads the sheet (see test/core/layout).
    expect(scorecard.columns.map((c) => `${c.letter}:${c.role}`)).toEqual([
      "A:outcome",
      "B:priority",
      "C:commentary",
      "D:rag",
      "E:name",
      "F:target",
      "G:period",
      "H:period",
      "I:period",
      "J:period",
      "K:portfolio",
    ]);
    expect(scorecard.indicatorRows).toBe(19);
    expect(scorecard.columns.every((c) => !c.changed && c.role === c.detectedRole)).toBe(true);
    const notes = sheets[1];
    expect(notes?.kind === "skipped" && notes.reason).toMatch(/No header row/);
  });

  test("a changed role shows as changed, with the detected role kept", () => {
    const overrides = withColumnRole(NO_OVERRIDES, "Scorecard Q2", 2, "ignore", "commentary");
    const scorecard = layoutChoices(snapshot, overrides)[0];
    if (scorecard?.kind !== "scorecard") throw new Error("expected a scorecard");
    const c = scorecard.columns.find((column) => column.letter === "C");
    expect(c).toEqual(expect.objectContaining({ role: "ignore", detectedRole: "commentary", changed: true }));
  });

  test("withColumnRole writes $-letter rules and drops a rule set back to the detected role", () => {
    const once = withColumnRole(NO_OVERRIDES, "Scorecard Q2", 3, "ignore", "rag");
    expect(once).toEqual({ sheets: { "Scorecard Q2": { $D: { role: "ignore" } } } });
    expect(overrideCount(once)).toBe(1);
    const twice = withColumnRole(once, "scorecard q2", 10, "owner", "portfolio");
    expect(twice).toEqual({ sheets: { "Scorecard Q2": { $D: { role: "ignore" }, $K: { role: "owner" } } } });
    const back = withColumnRole(
      withColumnRole(twice, "Scorecard Q2", 3, "rag", "rag"),
      "Scorecard Q2",
      10,
      "portfolio",
      "portfolio",
    );
    expect(back).toEqual({ sheets: {} });
    expect(NO_OVERRIDES).toEqual({ sheets: {} }); // never mutated
  });

  test("periodChoices lists each period once in sheet order", () => {
    expect(periodChoices(detectWorkbookLayouts(snapshot))).toEqual(["Q1", "Q2", "Q3", "Q4"]);
    expect(periodChoices([])).toEqual([]);
  });

  test("a period column turned off disappears from the period choices", () => {
    const overrides = withColumnRole(NO_OVERRIDES, "Scorecard Q2", 9, "ignore", "period");
    expect(describeColumns(snapshot, overrides).periods).toEqual(["Q1", "Q2", "Q3"]);
  });

  test("detectColumns reads the workbook once through the port", async () => {
    const port = fakePort(snapshot);
    const detected = await detectColumns(port);
    expect(port.reads).toBe(1);
    expect(detected.periods).toEqual(["Q1", "Q2", "Q3", "Q4"]);
  });
});
