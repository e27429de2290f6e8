import { ExcelAdapterError } from "../../src/excel/errors";
import { styleBlocks } from "../../src/excel/style-blocks";

const H = { value: "h", bold: true as const, fill: "#1F3A5F", fontColor: "#FFFFFF" };
const red = { value: "Red", fill: "#FFC7CE", fontColor: "#9C0006" };

describe("styleBlocks", () => {
  test("a header row is one block; the same run in the next rows merges downwards", () => {
    const blocks = styleBlocks({
      name: "S",
      cells: [
        [H, H, H],
        [{ value: 1 }, red, null],
        [{ value: 2 }, red, null],
        [{ value: 3 }, { value: "x", bold: true }, null],
      ],
    });
    expect(blocks.map((b) => [b.address, b.style])).toEqual([
      ["A1:C1", { fill: "#1F3A5F", fontColor: "#FFFFFF", bold: true }],
      ["B2:B3", { fill: "#FFC7CE", fontColor: "#9C0006" }],
      ["B4", { bold: true }],
    ]);
  });

  test("different styles side by side stay separate; unstyled cells make no block", () => {
    const blocks = styleBlocks({
      name: "S",
      cells: [[{ value: "a", fill: "#C6EFCE" }, { value: "b", fill: "#ffeb9c" }, { value: "c" }]],
    });
    expect(blocks.map((b) => [b.address, b.style.fill])).toEqual([
      ["A1", "#C6EFCE"],
      ["B1", "#FFEB9C"],
    ]);
  });

  test("a block interrupted by another row restarts below it", () => {
    const blocks = styleBlocks({ name: "S", cells: [[red], [null], [red]] });
    expect(blocks.map((b) => b.address)).toEqual(["A1", "A3"]);
  });

  test("bad input: a colour not written #RRGGBB is refused, naming the cell", () => {
    expect(() => styleBlocks({ name: "S", cells: [[null, { value: 1, fontColor: "red" }]] })).toThrow(
      ExcelAdapterError,
    );
    expect(() => styleBlocks({ name: "S", cells: [[null, { value: 1, fontColor: "red" }]] })).toThrow(
      /S!B1.*"red"/,
    );
  });
});
