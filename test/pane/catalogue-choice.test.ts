import * as fs from "fs";
import * as path from "path";
import { loadCatalogue } from "../../src/core/catalogue";
import type { Catalogue } from "../../src/core/catalogue/types";
import {
  applyCatalogue,
  AUTOMATIC_CATALOGUE,
  builtInChoice,
  catalogueForCheck,
  catalogueJsonText,
  checkCatalogueUrl,
  fileChoice,
  pickedFileChoice,
  restoreCatalogue,
  urlChoice,
  workbookSheetChoice,
  type FetchText,
} from "../../src/pane/use-cases";
import { exampleSnapshot, fakePort } from "./fake-port";

const EXAMPLES = path.resolve(__dirname, "../../examples");
const exampleJson = fs.readFileSync(path.join(EXAMPLES, "catalogue.json"), "utf8");
const exampleCsv = fs.readFileSync(path.join(EXAMPLES, "catalogue.csv"), "utf8");

function recordingSink() {
  const sets: { catalogue: Catalogue; origin: string }[] = [];
  return { sets, set: (catalogue: Catalogue, origin: string) => void sets.push({ catalogue, origin }) };
}

function fetchReturning(status: number, body: string, calls: string[] = []): FetchText {
  return async (url) => {
    calls.push(url);
    return {
      ok: status >= 200 && status < 300,
      status,
      statusText: status === 404 ? "Not Found" : "OK",
      text: async () => body,
    };
  };
}

describe("catalogue choices", () => {
  test("built-in example: 63 indicators, version 2026.1", () => {
    const chosen = builtInChoice();
    expect(chosen.load?.ok).toBe(true);
    if (!chosen.load?.ok) return;
    expect(chosen.load.catalogue.indicators).toHaveLength(63); // examples/catalogue.json lists 63
    expect(chosen.load.catalogue.version).toBe("2026.1");
  });

  test("the JSON and CSV example files load to the same indicators", () => {
    const json = fileChoice(exampleJson, "catalogue.json");
    const csv = fileChoice(exampleCsv, "catalogue.csv");
    expect(json.load?.ok && csv.load?.ok).toBe(true);
    if (!json.load?.ok || !csv.load?.ok) return;
    expect(csv.load.catalogue.indicators.map((i) => i.id)).toEqual(
      json.load.catalogue.indicators.map((i) => i.id),
    );
    expect(csv.origin).toBe("file catalogue.csv");
  });

  test("a broken JSON file gives problems located in the file", () => {
    const notJson = fileChoice('{"name": "x",', "team.json");
    expect(notJson.load?.ok).toBe(false);
    if (notJson.load?.ok !== false) return;
    expect(notJson.load.problems[0]?.path).toBe("team.json");

    const badField = fileChoice(
      JSON.stringify({
        name: "x",
        version: "1",
        indicators: [{ id: "A1", name: "Appraisals", polarity: "upwards", unit: "percent" }],
      }),
      "team.json",
    );
    expect(badField.load?.ok).toBe(false);
    if (badField.load?.ok !== false) return;
    expect(badField.load.problems.map((p) => p.path)).toContain("/indicators/0/polarity");
  });

  test("a broken CSV gives problems located at cells", () => {
    const chosen = fileChoice("id,name,polarity,unit\nA1,Appraisals,upwards,percent\n", "team.csv");
    expect(chosen.load?.ok).toBe(false);
    if (chosen.load?.ok !== false) return;
    expect(chosen.load.problems[0]?.path).toMatch(/^team!C2$/);
  });

  test("a file that cannot be read is a problem at its name, not a throw", async () => {
    const chosen = await pickedFileChoice({
      name: "locked.json",
      text: () => Promise.reject(new Error("permission denied")),
    });
    expect(chosen.load?.ok).toBe(false);
    if (chosen.load?.ok !== false) return;
    expect(chosen.load.problems[0]).toEqual({
      path: "locked.json",
      message: expect.stringContaining("permission denied"),
    });
  });

  test("the workbook's Catalogue sheet: a workbook without one gives a problem naming the sheet", async () => {
    const chosen = workbookSheetChoice(await exampleSnapshot());
    expect(chosen.load?.ok).toBe(false);
    if (chosen.load?.ok !== false) return;
    expect(chosen.load.problems[0]?.path).toBe("Catalogue");
  });
});

describe("catalogue addresses", () => {
  test.each([
    ["http://example.org/catalogue.json", "Only https://"],
    ["ftp://example.org/catalogue.json", "Only https://"],
    ["catalogue.json", "is not a web address"],
    ["   ", "Type the catalogue's address"],
  ])("%s is refused before any request", async (text, words) => {
    expect(checkCatalogueUrl(text)).toEqual({ ok: false, message: expect.stringContaining(words) });
    const calls: string[] = [];
    const chosen = await urlChoice(text, fetchReturning(200, exampleJson, calls));
    expect(calls).toEqual([]);
    expect(chosen.load?.ok).toBe(false);
  });

  test("an https address is fetched and loaded (JSON)", async () => {
    const calls: string[] = [];
    const chosen = await urlChoice(
      " https://intranet.example.gov.uk/kpi/catalogue.json ",
      fetchReturning(200, exampleJson, calls),
    );
    expect(calls).toEqual(["https://intranet.example.gov.uk/kpi/catalogue.json"]);
    expect(chosen.load?.ok).toBe(true);
    expect(chosen.origin).toBe("address https://intranet.example.gov.uk/kpi/catalogue.json");
  });

  test("an https CSV address loads as CSV, named after the file", async () => {
    const chosen = await urlChoice(
      "https://example.org/files/catalogue.csv",
      fetchReturning(200, exampleCsv),
    );
    expect(chosen.load?.ok).toBe(true);
  });

  test("an HTTP error or a network failure is a problem at the address", async () => {
    const missing = await urlChoice("https://example.org/none.json", fetchReturning(404, "not here"));
    expect(missing.load).toEqual({
      ok: false,
      problems: [
        { path: "https://example.org/none.json", message: expect.stringContaining("404 Not Found") },
      ],
    });
    const offline = await urlChoice("https://example.org/c.json", () =>
      Promise.reject(new TypeError("Failed to fetch")),
    );
    expect(offline.load).toEqual({
      ok: false,
      problems: [{ path: "https://example.org/c.json", message: expect.stringContaining("Failed to fetch") }],
    });
  });
});

describe("using, saving and restoring the chosen catalogue", () => {
  test("applyCatalogue puts it in the shared store and saves JSON that loads back to the same catalogue", async () => {
    const port = fakePort(await exampleSnapshot());
    const sink = recordingSink();
    const chosen = fileChoice(exampleCsv, "catalogue.csv");
    expect(await applyCatalogue(chosen, port, sink)).toEqual({});
    expect(sink.sets).toHaveLength(1);
    expect(sink.sets[0]?.origin).toBe("file catalogue.csv");
    const reloaded = loadCatalogue(JSON.parse(port.saved ?? "null"));
    expect(reloaded.ok && chosen.load?.ok && reloaded.catalogue).toEqual(
      chosen.load?.ok && chosen.load.catalogue,
    );
  });

  test("a failed load is neither stored nor saved", async () => {
    const port = fakePort(await exampleSnapshot());
    const sink = recordingSink();
    await applyCatalogue(fileChoice("{", "broken.json"), port, sink);
    expect(sink.sets).toEqual([]);
    expect(port.saved).toBeUndefined();
  });

  test("a save the port refuses is reported; the catalogue is still used", async () => {
    const port = fakePort(await exampleSnapshot());
    port.saveCatalogue = () => Promise.reject(new Error("The document is read-only."));
    const sink = recordingSink();
    expect(await applyCatalogue(builtInChoice(), port, sink)).toEqual({
      saveError: "The document is read-only.",
    });
    expect(sink.sets).toHaveLength(1);
  });

  test("restoreCatalogue: the saved catalogue comes back and goes into the store", async () => {
    const built = builtInChoice();
    if (!built.load?.ok) throw new Error("built-in catalogue must load");
    const port = fakePort(await exampleSnapshot(), catalogueJsonText(built.load.catalogue));
    const sink = recordingSink();
    const restored = await restoreCatalogue(port, sink);
    expect(restored?.kind).toBe("saved");
    expect(restored?.load?.ok && restored.load.catalogue).toEqual(built.load.catalogue);
    expect(sink.sets).toHaveLength(1);
  });

  test("restoreCatalogue: nothing saved gives undefined; a broken saved text gives its problems, not stored", async () => {
    const sink = recordingSink();
    expect(await restoreCatalogue(fakePort(await exampleSnapshot()), sink)).toBeUndefined();
    const broken = await restoreCatalogue(fakePort(await exampleSnapshot(), '{"name":1}'), sink);
    expect(broken?.load?.ok).toBe(false);
    expect(sink.sets).toEqual([]);
  });

  test("catalogueForCheck: automatic lets the engine choose; the workbook sheet is read again", async () => {
    const snapshot = await exampleSnapshot();
    expect(catalogueForCheck(AUTOMATIC_CATALOGUE, snapshot)).toBeUndefined();
    expect(catalogueForCheck(builtInChoice(), snapshot)?.ok).toBe(true);
    expect(catalogueForCheck({ kind: "workbook-sheet", origin: "sheet" }, snapshot)?.ok).toBe(false);
  });
});
