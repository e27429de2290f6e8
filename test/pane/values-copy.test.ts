/**
 * "Save a values-only copy" through the port: the file comes from readFile, the frozen copy goes
 * to openCopy under "<name>-values.xlsx", and the user's file is never changed.
 */
import { readWorkbookSnapshot } from "../../src/adapters/xlsx";
import { saveValuesCopy } from "../../src/pane/use-cases";
import { fixtureWorkbook } from "../adapters/xlsx/freeze/fixture";
import { exampleSnapshot, fakePort } from "./fake-port";

const NOW = new Date("2026-12-02T10:00:00.000Z");

test("freezes the fixture's KPI formulas, opens the copy, and lists the two #NAME? cells it kept", async () => {
  const port = fakePort(await exampleSnapshot());
  const bytes = await fixtureWorkbook({ unprefixedNotes: true });
  const before = bytes.slice();
  port.file = { bytes, name: "Q2 scorecard.xlsx" };
  const outcome = await saveValuesCopy(port, () => NOW);
  expect(outcome.made && [outcome.fileName, outcome.frozen]).toEqual(["Q2 scorecard-values.xlsx", 11]);
  expect(outcome.made && outcome.kept.map((k) => `${k.sheet}!${k.cell} ${k.formula}`)).toEqual([
    "Q2 Scorecard!D5 =KPI.RAG(C5,B5)",
    "Q2 Scorecard!E5 =KPI.GAP(C5,B5)",
  ]);
  expect(port.copies.map((c) => c.fileName)).toEqual(["Q2 scorecard-values.xlsx"]);
  expect(bytes).toEqual(before);
  // The copy opens and shows the last values where the formulas were.
  const read = await readWorkbookSnapshot(port.copies[0]!.bytes, "copy.xlsx");
  if (!read.ok) throw new Error(read.reason);
  const sheet = read.snapshot.sheets.find((s) => s.name === "Q2 Scorecard")!;
  expect([sheet.values[1]?.[3], sheet.formulas[1]?.[3] || ""]).toEqual(["Green", ""]);
});

test("a file that is not a workbook: no copy opened, and the reason is given", async () => {
  const port = fakePort(await exampleSnapshot());
  port.file = { bytes: new TextEncoder().encode("plain text"), name: "notes.xlsx" };
  const outcome = await saveValuesCopy(port, () => NOW);
  expect(outcome.made).toBe(false);
  expect(!outcome.made && outcome.reason.length).toBeGreaterThan(20);
  expect(port.copies).toEqual([]);
});
