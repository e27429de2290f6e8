import { budgetCells, planReadBatches } from "../../src/excel/read-batches";
import { DEFAULT_PAYLOAD_BUDGET_BYTES, ESTIMATED_BYTES_PER_SNAPSHOT_CELL } from "../../src/excel/limits";

const range = (
  sheet: number,
  rowIndex: number,
  columnIndex: number,
  rowCount: number,
  columnCount: number,
) => ({ sheet, rowIndex, columnIndex, rowCount, columnCount });

describe("planReadBatches", () => {
  test("the default budget is 25,000 cells: 4,000,000 bytes / (40 bytes × 4 properties)", () => {
    expect(ESTIMATED_BYTES_PER_SNAPSHOT_CELL).toBe(160);
    expect(budgetCells(DEFAULT_PAYLOAD_BUDGET_BYTES, ESTIMATED_BYTES_PER_SNAPSHOT_CELL)).toBe(25_000);
  });

  test("everything under the budget is one batch, whatever the number of sheets", () => {
    const ranges = Array.from({ length: 50 }, (_, i) => range(i, 0, 0, 10, 10));
    const batches = planReadBatches(ranges, 25_000);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(50);
  });

  test("a range over the budget is split into row chunks that tile it exactly", () => {
    const batches = planReadBatches([range(0, 4, 2, 25, 3)], 30); // C5:E29, 10 rows a batch
    expect(batches.map((b) => b.map((c) => c.address))).toEqual([["C5:E14"], ["C15:E24"], ["C25:E29"]]);
    const rows = batches.flat().map((c) => [c.top, c.rowCount]);
    expect(rows).toEqual([
      [4, 10],
      [14, 10],
      [24, 5],
    ]);
  });

  test("batches are packed across sheets; the count follows the cells, not the sheets", () => {
    const split = planReadBatches(
      Array.from({ length: 20 }, (_, i) => range(i, 0, 0, 2000, 16)),
      25_000,
    );
    const whole = planReadBatches([range(0, 0, 0, 40_000, 16)], 25_000);
    expect(split).toHaveLength(26);
    expect(whole).toHaveLength(26);
    for (const batch of split)
      expect(batch.reduce((n, c) => n + c.rowCount * c.columnCount, 0)).toBeLessThanOrEqual(25_000);
  });

  test("one row wider than the budget still gets a batch of its own", () => {
    const batches = planReadBatches([range(0, 0, 0, 1, 5), range(1, 0, 0, 2, 100)], 50);
    expect(batches.map((b) => b.map((c) => c.address))).toEqual([["A1:E1"], ["A1:CV1"], ["A2:CV2"]]);
  });

  test("empty ranges are skipped; a budget below 1 is taken as 1", () => {
    expect(planReadBatches([range(0, 0, 0, 0, 5)], 100)).toEqual([]);
    expect(planReadBatches([range(0, 0, 0, 2, 1)], 0).map((b) => b.map((c) => c.address))).toEqual([
      ["A1"],
      ["A2"],
    ]);
  });
});
