import Ajv from "ajv";
import schema from "../../../schema/catalogue.schema.json";
import { CATALOGUE_COLUMNS } from "../../../src/core/catalogue";

type SchemaNode = {
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
};

function undocumented(node: SchemaNode, path: string): string[] {
  const own = node.description ? [] : [path];
  return [
    ...own,
    ...Object.entries(node.properties ?? {}).flatMap(([key, child]) => undocumented(child, `${path}/${key}`)),
  ];
}

describe("schema/catalogue.schema.json", () => {
  test("compiles under ajv strict mode", () => {
    expect(() => new Ajv({ strict: true, allowUnionTypes: true }).compile(schema)).not.toThrow();
  });

  test("every field has a description", () => {
    expect(undocumented(schema as SchemaNode, "")).toEqual([]);
    expect(undocumented(schema.definitions.indicator as SchemaNode, "#indicator")).toEqual([]);
  });

  test("every indicator field has a Catalogue sheet column", () => {
    const columns = new Set(CATALOGUE_COLUMNS.map((c) => c.header));
    for (const field of Object.keys(schema.definitions.indicator.properties)) {
      const expected =
        field === "benchmarks"
          ? ["national", "statisticalNeighbours"]
          : field === "spc"
            ? ["spcFixAfter", "spcRebase", "spcScreenOutliers", "spcRunLength"]
            : [field];
      for (const header of expected) expect([field, columns.has(header)]).toEqual([field, true]);
    }
  });
});
