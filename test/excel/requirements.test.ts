import { checkExcelSupport } from "../../src/excel/requirements";

describe("checkExcelSupport", () => {
  test("ExcelApi 1.9 supported: ok", () => {
    const asked: string[] = [];
    const result = checkExcelSupport({
      isSetSupported: (name, version) => (asked.push(`${name} ${version}`), true),
    });
    expect(result).toEqual({ ok: true });
    expect(asked).toEqual(["ExcelApi 1.9"]);
  });

  test("older Excel: a plain message naming what to do", () => {
    const result = checkExcelSupport({ isSetSupported: () => false });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/too old.*ExcelApi 1\.9.*Update Excel/s);
  });

  test("outside Office (no Office global): not in Excel", () => {
    const result = checkExcelSupport();
    expect(result).toEqual({ ok: false, message: expect.stringContaining("inside Excel") });
  });
});
