import {
  MAX_CATALOGUE_BYTES,
  megabytes,
  parseCatalogueText,
  type CatalogueLoad,
  type CatalogueProblem,
} from "../../../src/core/catalogue";

function problemsOf(load: CatalogueLoad): readonly CatalogueProblem[] {
  return load.ok ? [] : load.problems;
}

const JSON_TEXT = JSON.stringify({
  name: "J",
  version: "1",
  indicators: [{ id: "A", name: "Alpha", polarity: "higher", unit: "count" }],
});

describe("parseCatalogueText", () => {
  test("JSON by extension", () => {
    expect(parseCatalogueText(` ${JSON_TEXT}`, "catalogue.json")).toMatchObject({
      ok: true,
      catalogue: { name: "J" },
    });
  });

  test('JSON by a leading "{" whatever the extension, with a byte-order mark', () => {
    expect(parseCatalogueText(`\uFEFF${JSON_TEXT}`, "catalogue.txt")).toMatchObject({
      ok: true,
      catalogue: { name: "J" },
    });
  });

  test("JSON problems are located by JSON pointer", () => {
    const text = JSON.stringify({
      name: "J",
      version: "1",
      indicators: [{ id: "A", name: "Alpha", polarity: "up", unit: "count" }],
    });
    expect(problemsOf(parseCatalogueText(text, "c.json"))).toEqual([
      {
        path: "/indicators/0/polarity",
        message: 'Indicator "A": polarity must be one of higher, lower, target, neutral (found "up").',
      },
    ]);
  });

  test("invalid JSON is one problem at the file", () => {
    const problems = problemsOf(parseCatalogueText('{"name": "J",', "c.json"));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe("c.json");
    expect(problems[0]?.message).toMatch(
      /^The file is not valid JSON \(.+\): check for a missing comma, quote or bracket\.$/,
    );
  });

  test("CSV: the file name is the catalogue name (with no version); without extension, the sheet name in places", () => {
    const load = parseCatalogueText(
      "id,name,polarity,unit,target\r\nA,Alpha,higher,percent,95%\r\n",
      "C:\\data\\my catalogue.csv",
    );
    expect(load).toMatchObject({
      ok: true,
      catalogue: { name: "my catalogue.csv", version: "no version", indicators: [{ id: "A", target: 95 }] },
    });
  });

  test("CSV problems carry A1 addresses on the file's sheet", () => {
    const load = parseCatalogueText(
      "id,name,polarity,unit\nA,Alpha,higher,count\nB,Beta,up,count\n",
      "folder/catalogue.csv",
    );
    expect(problemsOf(load)).toEqual([
      {
        path: "catalogue!C3",
        message: 'Indicator "B": polarity must be one of higher, lower, target, neutral (found "up").',
      },
    ]);
  });

  test("quoted CSV cells with commas and quotes are read whole", () => {
    const load = parseCatalogueText(
      'id,name,aliases,polarity,unit\nA,"Improve behaviour, attendance and achievement.","say ""hi""; B",higher,count\n',
      "c.csv",
    );
    expect(load.ok && load.catalogue.indicators[0]).toMatchObject({
      name: "Improve behaviour, attendance and achievement.",
      aliases: ['say "hi"', "B"],
    });
  });

  test("broken CSV (an unclosed quote) is one problem at the file", () => {
    const problems = problemsOf(parseCatalogueText('id,name\n"A,Alpha\n', "c.csv"));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe("c.csv");
    expect(problems[0]?.message).toMatch(/^The file could not be read as CSV/);
  });

  test("empty text is an empty sheet", () => {
    expect(problemsOf(parseCatalogueText("", "c.csv"))[0]?.path).toBe("'c'!A1"); // "c" alone would read as a column reference, so Excel quotes it;
  });
});

describe("parseCatalogueText: a catalogue over MAX_CATALOGUE_BYTES is refused before parsing", () => {
  test("one problem at the file, saying the size, the limit and what to do", () => {
    // 33 MB of spaces around a valid catalogue: valid JSON, but over the 32 MB limit.
    const text = JSON_TEXT + " ".repeat(MAX_CATALOGUE_BYTES);
    expect(problemsOf(parseCatalogueText(text, "huge.json"))).toEqual([
      {
        path: "huge.json",
        message:
          "The catalogue is 32 MB; the most Scorecard Kit reads is 32 MB (about 150,000 indicators). Check that this is the catalogue and not another export; if it is, split it into smaller catalogues (by service or directorate) or remove retired indicators.",
      },
    ]);
  });

  test("a catalogue just under the limit is read", () => {
    const text = JSON_TEXT + " ".repeat(MAX_CATALOGUE_BYTES - JSON_TEXT.length);
    expect(parseCatalogueText(text, "big.json").ok).toBe(true);
  });

  test("megabytes: one decimal below 10 MB", () => {
    expect([megabytes(4.5 * 1024 * 1024), megabytes(100 * 1024 * 1024), megabytes(1024 * 1024)]).toEqual([
      "4.5 MB",
      "100 MB",
      "1 MB",
    ]);
  });
});
