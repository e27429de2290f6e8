/**
 * The catalogue's schema check is compiled ahead of time (scripts/generate-schema-validator.js).
 * These tests keep the committed code in step with schema/catalogue.schema.json, and show it
 * answers as ajv compiling the schema at run time would.
 */
import * as fs from "fs";
import Ajv from "ajv";
import catalogueSchema from "../../../schema/catalogue.schema.json";
import { validate } from "../../../src/core/catalogue/catalogue-schema-validator.generated";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { schemaValidatorSource, TARGET } = require("../../../scripts/generate-schema-validator");

test("the generated validator is up to date with the schema (else run npm run generate:schema-validator)", () => {
  expect(fs.readFileSync(TARGET, "utf8")).toBe(schemaValidatorSource());
});

test("it gives the same errors as ajv compiling the schema at run time", () => {
  const compiled = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true }).compile(
    catalogueSchema,
  );
  const samples: unknown[] = [
    { name: "x", version: "1", indicators: [] },
    {
      name: "x",
      version: "1",
      indicators: [{ id: "A", name: "A", polarity: "up", unit: "percent", extra: 1 }],
    },
    { name: 3, indicators: "none" },
    null,
    [],
  ];
  for (const sample of samples) {
    const generated = validate as unknown as { (data: unknown): boolean; errors?: unknown };
    expect(generated(sample)).toBe(compiled(sample));
    expect(generated.errors ?? null).toEqual(compiled.errors ?? null);
  }
  // The samples are not all valid: errors were compared, not only "no errors".
  expect(compiled(samples[1])).toBe(false);
});
