/**
 * The workbook's file through getFileAsync (compressed, in slices, always closed) and a new
 * workbook through Excel.createWorkbook, with fakes standing in for Office.
 */
import {
  base64FromBytes,
  openAsNewWorkbook,
  readOpenWorkbookFile,
  type FileSource,
} from "../../src/excel/file-copy";

beforeAll(() => {
  (globalThis as Record<string, unknown>).Office = {
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

const supported = {
  isSetSupported: (name: string, version?: string) => name === "File" && version === "1.1",
};

/** A document whose file comes in the given slices, recording what was asked of it. */
function fakeDocument(slices: number[][], failAt?: number) {
  const log: string[] = [];
  const source: FileSource = {
    getFileAsync(fileType, options, callback) {
      log.push(`getFileAsync ${fileType} ${options.sliceSize}`);
      const file = {
        size: slices.flat().length,
        sliceCount: slices.length,
        getSliceAsync(index: number, done: (r: unknown) => void) {
          log.push(`slice ${index}`);
          done(
            index === failAt
              ? { status: "failed", error: { message: "The file is busy" } }
              : { status: "succeeded", value: { data: slices[index], index, size: slices[index]!.length } },
          );
        },
        closeAsync() {
          log.push("close");
        },
      };
      callback({ status: "succeeded", value: file } as unknown as Office.AsyncResult<Office.File>);
    },
  };
  return { source, log };
}

test("reads every slice in order, joins them and closes the file", async () => {
  const { source, log } = fakeDocument([[80, 75], [3, 4], [20]]);
  expect([...(await readOpenWorkbookFile(source, supported))]).toEqual([80, 75, 3, 4, 20]);
  expect(log).toEqual(["getFileAsync compressed 4194304", "slice 0", "slice 1", "slice 2", "close"]);
});

test("a failed slice rejects with Excel's reason and what to do, and the file is still closed", async () => {
  const { source, log } = fakeDocument([[1], [2]], 1);
  await expect(readOpenWorkbookFile(source, supported)).rejects.toThrow(
    /^Excel did not hand over the workbook's file \(The file is busy\)\. Save the workbook and try again/,
  );
  expect(log[log.length - 1]).toBe("close");
});

test("an Excel without the File requirement set: a plain message, getFileAsync never called", async () => {
  const { source, log } = fakeDocument([[1]]);
  await expect(readOpenWorkbookFile(source, { isSetSupported: () => false })).rejects.toThrow(
    /cannot hand the workbook's file to add-ins/,
  );
  expect(log).toEqual([]);
});

test("base64 of bytes, also past the 32 KB chunk (checked against Node's own encoder)", () => {
  expect(base64FromBytes(new Uint8Array([80, 75, 3, 4]))).toBe("UEsDBA==");
  const big = Uint8Array.from({ length: 100_000 }, (_, k) => (k * 7) % 256);
  expect(base64FromBytes(big)).toBe(Buffer.from(big).toString("base64"));
});

test("the copy opens through createWorkbook as base64; a refusal says what to try", async () => {
  const opened: string[] = [];
  await openAsNewWorkbook(new Uint8Array([80, 75]), async (b64) => void opened.push(b64));
  expect(opened).toEqual(["UEs="]);
  await expect(
    openAsNewWorkbook(new Uint8Array([1]), async () => {
      throw new Error("Popup blocked");
    }),
  ).rejects.toThrow(/could not open it as a new workbook \(Popup blocked\)\. If a pop-up blocker is on/);
});
