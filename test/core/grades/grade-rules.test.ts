/**
 * RAG and direction of travel on grades, each answer worked out by hand on the scale's order.
 * JAR: 1 Inadequate, 2 Adequate, 3 Good, 4 Excellent (higher is better).
 * Ofsted: 1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate (lower is better).
 */
import {
  gradeDirection,
  gradeRag,
  gradeScaleOf,
  gradeScaleText,
  JAR_SCALE,
  OFSTED_SCALE,
  readGradeScale,
  scalePolarity,
} from "../../../src/core/grades";
import { ragStatus } from "../../../src/core/rag";
import { directionOfTravel } from "../../../src/core/trend";

describe("gradeRag: Green at the target grade or better, Amber one grade worse, Red two or more", () => {
  test.each<[number, number, string]>([
    // Ofsted, target Good (2)
    [1, 2, "Green"], // Outstanding beats Good
    [2, 2, "Green"], // on target
    [3, 2, "Amber"], // Requires improvement: one grade worse
    [4, 2, "Red"], // Inadequate: two grades worse
    // Ofsted, target Outstanding (1)
    [2, 1, "Amber"],
    [3, 1, "Red"],
    // Ofsted, target Requires improvement (3)
    [4, 3, "Amber"],
    [1, 3, "Green"],
  ])("Ofsted: actual %p against target %p -> %s", (actual, target, expected) => {
    expect(gradeRag(actual, target, OFSTED_SCALE)).toBe(expected);
  });

  test.each<[number, number, string]>([
    // JAR, target Good (3)
    [4, 3, "Green"], // Excellent beats Good
    [3, 3, "Green"],
    [2, 3, "Amber"], // Adequate: one grade worse
    [1, 3, "Red"], // Inadequate: two grades worse
    // JAR, target Excellent (4)
    [3, 4, "Amber"],
    [2, 4, "Red"],
  ])("JAR: actual %p against target %p -> %s", (actual, target, expected) => {
    expect(gradeRag(actual, target, JAR_SCALE)).toBe(expected);
  });

  test("tolerance in whole grades: 0 makes any grade below the target Red; 2 keeps two grades Amber", () => {
    expect(gradeRag(3, 2, OFSTED_SCALE, { tolerance: 0 })).toBe("Red");
    expect(gradeRag(2, 2, OFSTED_SCALE, { tolerance: 0 })).toBe("Green");
    expect(gradeRag(4, 2, OFSTED_SCALE, { tolerance: 2 })).toBe("Amber");
    expect(gradeRag(1, 4, JAR_SCALE, { tolerance: 2 })).toBe("Red");
    // A fraction is rounded down; a negative or NaN tolerance counts as 0.
    expect(gradeRag(3, 2, OFSTED_SCALE, { tolerance: 1.9 })).toBe("Amber");
    expect(gradeRag(3, 2, OFSTED_SCALE, { tolerance: -1 })).toBe("Red");
    expect(gradeRag(3, 2, OFSTED_SCALE, { tolerance: Number.NaN })).toBe("Red");
  });

  test("a floor grade replaces the tolerance: at or better than the floor is Amber", () => {
    // Ofsted, target Outstanding, floor Requires improvement: Good and RI Amber, Inadequate Red.
    expect(gradeRag(2, 1, OFSTED_SCALE, { floor: 3 })).toBe("Amber");
    expect(gradeRag(3, 1, OFSTED_SCALE, { floor: 3 })).toBe("Amber");
    expect(gradeRag(4, 1, OFSTED_SCALE, { floor: 3 })).toBe("Red");
    // JAR, target Excellent, floor Good: Adequate is Red although one step would be... two below.
    expect(gradeRag(3, 4, JAR_SCALE, { floor: 3 })).toBe("Amber");
    expect(gradeRag(2, 4, JAR_SCALE, { floor: 3 })).toBe("Red");
    // A floor that is not a grade is ignored.
    expect(gradeRag(3, 2, OFSTED_SCALE, { floor: 9 })).toBe("Amber");
  });

  test("no target, no data, and values that are not grades of the scale", () => {
    expect(gradeRag(2, null, OFSTED_SCALE)).toBe("No target");
    expect(gradeRag(null, 2, OFSTED_SCALE)).toBe("No data");
    expect(gradeRag(null, null, OFSTED_SCALE)).toBe("No target");
    expect(gradeRag(2, 5, OFSTED_SCALE)).toBe("No target");
    expect(gradeRag(2.5, 2, OFSTED_SCALE)).toBe("No data");
  });

  test("the same answers as ragStatus with the catalogue's grade rules (polarity of the scale, absolute, whole grades)", () => {
    for (const scale of [JAR_SCALE, OFSTED_SCALE])
      for (const tolerance of [0, 1, 2])
        for (const actual of [1, 2, 3, 4])
          for (const target of [1, 2, 3, 4])
            expect([
              scale.title,
              tolerance,
              actual,
              target,
              gradeRag(actual, target, scale, { tolerance }),
            ]).toEqual([
              scale.title,
              tolerance,
              actual,
              target,
              ragStatus(actual, target, {
                polarity: scalePolarity(scale),
                tolerance,
                toleranceMode: "absolute",
              }),
            ]);
  });
});

describe("gradeDirection: the latest grade against the one before, by the scale's best end", () => {
  test.each<[(number | null)[], string]>([
    [[3, 4], "Improving"], // JAR Good -> Excellent
    [[4, 3], "Worsening"],
    [[2, 2], "No change"],
    [[1, null, 3], "Improving"], // the gap is skipped: Good after Inadequate
    [[4, 1, 2], "Improving"], // only the last two count, never an average
    [[3], "Not enough data"],
    [[null, 3, null], "Not enough data"],
    [[3, 7], "Not enough data"], // 7 is not a grade of JAR: a gap
  ])("JAR %j -> %s", (values, expected) => {
    expect(gradeDirection(values, JAR_SCALE)).toBe(expected);
  });

  test.each<[(number | null)[], string]>([
    [[2, 1], "Improving"], // Ofsted Good -> Outstanding
    [[2, 3], "Worsening"], // Good -> Requires improvement
    [[4, 3], "Improving"], // Inadequate -> Requires improvement
    [[1, 1], "No change"],
    [[3, 4, 2], "Improving"], // Good after Inadequate
  ])("Ofsted %j -> %s", (values, expected) => {
    expect(gradeDirection(values, OFSTED_SCALE)).toBe(expected);
  });

  test("the same answers as directionOfTravel's previous method with the scale's polarity", () => {
    for (const scale of [JAR_SCALE, OFSTED_SCALE])
      for (const a of [1, 2, 3, 4])
        for (const b of [1, 2, 3, 4])
          expect(gradeDirection([a, b], scale)).toBe(
            directionOfTravel([a, b], scalePolarity(scale), "previous"),
          );
  });
});

describe("readGradeScale", () => {
  test("the built-in scales by name, any case", () => {
    expect(readGradeScale("jar")).toMatchObject({ ok: true, spec: "jar", scale: JAR_SCALE });
    expect(readGradeScale(" Ofsted ")).toMatchObject({ ok: true, spec: "ofsted", scale: OFSTED_SCALE });
    expect(scalePolarity(JAR_SCALE)).toBe("higher");
    expect(scalePolarity(OFSTED_SCALE)).toBe("lower");
  });

  test("the text form, in any order, is kept as grades lowest number first", () => {
    const reading = readGradeScale("best=low; 4=Inadequate; 3=Requires improvement; 1=Outstanding; 2=Good");
    expect(reading).toMatchObject({
      ok: true,
      spec: {
        grades: [
          { value: 1, label: "Outstanding" },
          { value: 2, label: "Good" },
          { value: 3, label: "Requires improvement" },
          { value: 4, label: "Inadequate" },
        ],
        best: "low",
      },
    });
    if (reading.ok) {
      expect(gradeScaleText(reading.spec)).toBe(
        "1=Outstanding; 2=Good; 3=Requires improvement; 4=Inadequate; best=low",
      );
      expect(readGradeScale(gradeScaleText(reading.spec))).toMatchObject({ ok: true, spec: reading.spec });
    }
    expect(readGradeScale("1=Poor; 2=Fair; 3=Strong; best=higher")).toMatchObject({
      ok: true,
      spec: { best: "high" },
    });
  });

  test("the JSON object form", () => {
    expect(
      readGradeScale({
        grades: [
          { value: 2, label: "No" },
          { value: 1, label: "Yes" },
        ],
        best: "low",
      }),
    ).toMatchObject({
      ok: true,
      spec: {
        grades: [
          { value: 1, label: "Yes" },
          { value: 2, label: "No" },
        ],
        best: "low",
      },
    });
  });

  test.each<[unknown, string[]]>([
    [
      "gcse",
      [
        '"gcse" is not a grade scale: use jar, ofsted, or list the grades with their numbers and the best end, e.g. "1=Outstanding; 2=Good; 3=Requires improvement; 4=Inadequate; best=low".',
      ],
    ],
    [
      "1=Good; 2=Bad",
      [
        "say which end of the scale is best: best=high when the highest number is best (JAR: 4 Excellent), best=low when 1 is best (Ofsted: 1 Outstanding).",
      ],
    ],
    [
      "1=Good; 2=Bad; best=middle",
      [
        'best must be high or low (found "middle"): high when the highest number is best, low when 1 is best.',
      ],
    ],
    ["1=Good; best=low", ["a grade scale needs at least 2 grades (found 1)."]],
    ["1=Good; 1=Bad; best=low", ["the number 1 is given to two grades: give each grade its own number."]],
    ["1=Good; 2=good; best=low", ['the word "good" is given to two grades: give each grade its own word.']],
    [
      "1=Good; 3=Bad; best=low",
      [
        "the grades' numbers must run in steps of 1, e.g. 1, 2, 3, 4 (found 1, 3): one grade is one step in RAG and direction of travel.",
      ],
    ],
    ["1.5=Good; 2=Bad; best=low", ["a grade's number must be a whole number (found 1.5)."]],
    [
      "1=Level 1; 2=Bad; best=low",
      [
        'the grade word "Level 1" must have letters and no digits, brackets, ";" or "=", so that cells such as "2 - Good" or "Good (2)" can be read.',
      ],
    ],
    [
      "1=na; 2=Bad; best=low",
      [
        'the grade word "na" is read as a blank or placeholder (such as na, tbc, x) in a cell: choose another word.',
      ],
    ],
    ["1=; 2=Bad; best=low", ["a grade needs a word, e.g. Good."]],
    [
      "Good=1; 2=Bad; best=low",
      [
        '"Good=1" is not "number=word" or "best=high" / "best=low": list the grades as "1=Outstanding; 2=Good; 3=Requires improvement; 4=Inadequate; best=low".',
      ],
    ],
  ])("%j is refused: %j", (spec, messages) => {
    const reading = readGradeScale(spec);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems.map((p) => p.message)).toEqual(messages);
  });

  test("object-form problems are located under the scale", () => {
    const reading = readGradeScale({
      grades: [
        { value: 1, label: "Good" },
        { value: 2, label: "GOOD" },
      ],
      best: "low",
    });
    expect(reading).toEqual({
      ok: false,
      problems: [
        {
          segments: ["grades", 1, "label"],
          message: 'the word "GOOD" is given to two grades: give each grade its own word.',
        },
      ],
    });
    expect(readGradeScale(42)).toMatchObject({ ok: false });
    expect(readGradeScale(null)).toMatchObject({ ok: false });
    expect(readGradeScale({ grades: "x" })).toMatchObject({ ok: false });
  });

  test("gradeScaleOf: a grade indicator's scale; none for other units", () => {
    expect(gradeScaleOf({ unit: "grade", scale: "ofsted" })).toBe(OFSTED_SCALE);
    expect(gradeScaleOf({ unit: "count", scale: "ofsted" })).toBeUndefined();
    expect(gradeScaleOf({ unit: "grade" })).toBeUndefined();
    expect(gradeScaleOf(undefined)).toBeUndefined();
    const custom = {
      grades: [
        { value: 0, label: "No" },
        { value: 1, label: "Yes" },
      ],
      best: "high" as const,
    };
    expect(gradeScaleOf({ unit: "grade", scale: custom })).toMatchObject({
      title: "the scale",
      best: "high",
    });
    // Resolved once per scale object.
    expect(gradeScaleOf({ unit: "grade", scale: custom })).toBe(
      gradeScaleOf({ unit: "grade", scale: custom }),
    );
  });
});
