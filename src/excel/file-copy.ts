/**
 * The open workbook as an .xlsx file, and a new workbook from one: what "Save a values-only
 * copy" needs in Excel. The user's workbook is only read; the copy opens as a new workbook.
 */
import { EXCEL_MESSAGES } from "./messages";

/** Slices of at most 4 MB, the largest getFileAsync allows. */
const SLICE_BYTES = 4 * 1024 * 1024;

/** The part of Office.Document this module uses (a fake in tests). */
export interface FileSource {
  getFileAsync(
    fileType: Office.FileType,
    options: Office.GetFileOptions,
    callback: (result: Office.AsyncResult<Office.File>) => void,
  ): void;
}

/** The part of Office.context.requirements used to check for getFileAsync. */
export interface FileRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

function failure(result: Office.AsyncResult<unknown>): Error {
  return new Error(EXCEL_MESSAGES.fileNotRead(result.error?.message ?? "Excel gave no reason"));
}

// requirement-set: guarded by isSetSupported("File", "1.1")
function sliceOf(file: Office.File, index: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    file.getSliceAsync(index, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) reject(failure(result));
      else resolve(Uint8Array.from(result.value.data as ArrayLike<number>));
    }),
  );
}

/**
 * The open workbook as .xlsx bytes (getFileAsync, compressed, slice by slice; the file handle is
 * always closed, since Office allows one open at a time). Formulas come with their last values.
 * Needs the File 1.1 requirement set, which every Excel that runs the pane has; without it the
 * message says so.
 */
export async function readOpenWorkbookFile(
  source: FileSource = Office.context.document,
  requirements: FileRequirements = Office.context.requirements,
): Promise<Uint8Array> {
  if (!requirements.isSetSupported("File", "1.1")) throw new Error(EXCEL_MESSAGES.fileNotAvailable);
  const file = await new Promise<Office.File>((resolve, reject) =>
    source.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_BYTES }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) reject(failure(result));
      else resolve(result.value);
    }),
  );
  try {
    const slices: Uint8Array[] = [];
    for (let index = 0; index < file.sliceCount; index++) slices.push(await sliceOf(file, index));
    const bytes = new Uint8Array(slices.reduce((total, slice) => total + slice.length, 0));
    let at = 0;
    for (const slice of slices) {
      bytes.set(slice, at);
      at += slice.length;
    }
    return bytes;
  } finally {
    file.closeAsync();
  }
}

/** Bytes as base64, in chunks so a large file does not overflow the call stack. */
export function base64FromBytes(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = "";
  for (let at = 0; at < bytes.length; at += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  return btoa(binary);
}

/** Opens the bytes as a new workbook in Excel (Excel.createWorkbook, ExcelApi 1.8). */
export async function openAsNewWorkbook(
  bytes: Uint8Array,
  create: (base64: string) => Promise<void> = Excel.createWorkbook,
): Promise<void> {
  try {
    await create(base64FromBytes(bytes));
  } catch (error) {
    throw new Error(EXCEL_MESSAGES.copyNotOpened(error instanceof Error ? error.message : String(error)));
  }
}
