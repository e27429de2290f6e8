import { clearHighlights, highlightFindings } from "../../src/excel/highlights";
import { SETTING_KEYS } from "../../src/excel/limits";
import { FakeExcel, NO_FILL } from "./fake-excel";
import { finding } from "./sample-plan";

const BLUE = { color: "#DDEBF7", pattern: "Solid", patternColor: "#000000" };
const HATCHED = { color: "#FFFF00", pattern: "LightDown", patternColor: "#FF0000" };

function workbook(): FakeExcel {
  return new FakeExcel([
    { name: "Q1", values: [["a"]], fills: { C5: BLUE, E9: HATCHED } },
    { name: "Q2", values: [["b"]] },
  ]);
}

describe("highlightFindings / clearHighlights", () => {
  test("colours by severity, saves previous fills in the setting, in 3 syncs", async () => {
    const excel = workbook();
    await highlightFindings(excel.run, [
      finding("error", "Q1", "C5"),
      finding("warning", "Q1", "D7"),
      finding("fatal", "q2", "a1"),
      finding("info", "Q1", "B2"),
      finding("error", "Gone", "A1"), // a sheet no longer there: skipped, not an error
      finding("warning", "Q1", ""), // not about a cell
      finding("warning", "Q1", "E9"),
    ]);
    expect(excel.syncCount).toBe(3);
    expect(excel.fillOf("Q1", "C5")).toEqual({ ...BLUE, color: "#FFC7CE" });
    expect(excel.fillOf("Q1", "D7").color).toBe("#FFEB9C");
    expect(excel.fillOf("Q2", "A1").color).toBe("#FFC7CE");
    expect(excel.fillOf("Q1", "B2")).toEqual(NO_FILL);
    expect(excel.fillOf("Q1", "E9").color).toBe("#FFEB9C");
    const saved = JSON.parse(excel.settings.get(SETTING_KEYS.highlights) as string);
    expect(saved).toEqual([
      { sheet: "Q1", address: "C5", previous: BLUE, colour: "#FFC7CE" },
      { sheet: "Q1", address: "D7", previous: null, colour: "#FFEB9C" },
      { sheet: "q2", address: "A1", previous: null, colour: "#FFC7CE" },
      { sheet: "Q1", address: "E9", previous: HATCHED, colour: "#FFEB9C" },
    ]);
  });

  test("clearHighlights restores each previous fill exactly (clear() where there was none) and deletes the setting", async () => {
    const excel = workbook();
    await highlightFindings(excel.run, [
      finding("error", "Q1", "C5"),
      finding("warning", "Q1", "D7"),
      finding("warning", "Q1", "E9"),
    ]);
    excel.syncCount = 0;
    await clearHighlights(excel.run);
    expect(excel.syncCount).toBe(3);
    expect(excel.fillOf("Q1", "C5")).toEqual(BLUE);
    expect(excel.fillOf("Q1", "D7")).toEqual(NO_FILL);
    expect(excel.opsOf("clearFill").map((op) => op.address)).toEqual(["D7"]);
    expect(excel.fillOf("Q1", "E9")).toEqual(HATCHED);
    expect(excel.settings.has(SETTING_KEYS.highlights)).toBe(false);
  });

  test("the saved fills survive a reload: a fresh adapter run restores from the setting alone", async () => {
    const excel = workbook();
    await highlightFindings(excel.run, [finding("error", "Q1", "C5")]);
    const savedText = excel.settings.get(SETTING_KEYS.highlights);
    // A new pane session: nothing in memory, only the workbook (cells + setting).
    const reopened = new FakeExcel([
      { name: "Q1", values: [["a"]], fills: { C5: excel.fillOf("Q1", "C5") } },
    ]);
    reopened.settings.set(SETTING_KEYS.highlights, savedText);
    await clearHighlights(reopened.run);
    expect(reopened.fillOf("Q1", "C5")).toEqual(BLUE);
  });

  test("highlighting twice keeps the original previous fill; cells no longer flagged are restored", async () => {
    const excel = workbook();
    await highlightFindings(excel.run, [finding("warning", "Q1", "C5"), finding("error", "Q1", "D7")]);
    await highlightFindings(excel.run, [finding("error", "Q1", "C5")]);
    expect(excel.fillOf("Q1", "C5").color).toBe("#FFC7CE");
    expect(excel.fillOf("Q1", "D7")).toEqual(NO_FILL);
    await clearHighlights(excel.run);
    expect(excel.fillOf("Q1", "C5")).toEqual(BLUE);
  });

  test("a cell the user recoloured after highlighting is left as the user made it", async () => {
    const excel = workbook();
    await highlightFindings(excel.run, [finding("error", "Q1", "C5")]);
    excel.sheet("Q1").fills.set("C5", { color: "#00B050", pattern: "Solid", patternColor: "#000000" });
    await clearHighlights(excel.run);
    expect(excel.fillOf("Q1", "C5").color).toBe("#00B050");
    expect(excel.settings.has(SETTING_KEYS.highlights)).toBe(false);
  });

  test("clearHighlights with nothing saved takes 1 sync and writes nothing", async () => {
    const excel = workbook();
    await clearHighlights(excel.run);
    expect(excel.syncCount).toBe(1);
    expect(excel.ops.filter((op) => op.kind !== "sync")).toEqual([]);
  });

  test("many findings still take 3 syncs", async () => {
    const excel = workbook();
    const findings = Array.from({ length: 300 }, (_, i) =>
      finding(i % 2 === 0 ? "error" : "warning", "Q1", `B${i + 1}`),
    );
    await highlightFindings(excel.run, findings);
    expect(excel.syncCount).toBe(3);
    expect(JSON.parse(excel.settings.get(SETTING_KEYS.highlights) as string)).toHaveLength(300);
  });
});
