/**
 * Where each part of a zip archive is, read from the archive's central directory: the list at
 * the end of the file that names every entry with its sizes and the offset of its local header.
 * Only the directory is read here; inflating is fflate's or zlib's job (zip-entries.ts).
 *
 * Why not fflate's streaming Unzip, which finds entries by walking the local headers: an entry
 * written with a data descriptor (exceljs and other streaming writers do this) has no sizes in
 * its local header, so a streaming reader must guess where its data ends by looking for the
 * next header's signature, and four bytes of compressed data that happen to spell one (about
 * once in every 70 MB of compressed data) end the part early. The central directory gives the
 * exact sizes. Source: PKWARE's APPNOTE.TXT, sections 4.3.7 (local header), 4.3.12 (central
 * directory header), 4.3.14-4.3.16 (ZIP64 and end of central directory), 4.5.3 (ZIP64 extra field).
 */

/** One entry of the central directory, with where its compressed data lies in the archive. */
export interface ZipDirectoryEntry {
  readonly name: string;
  /** 0 stored, 8 deflate; anything else is not used in .xlsx files. */
  readonly method: number;
  readonly compressedSize: number;
  /** The unpacked size the directory declares (checked while inflating: it may lie). */
  readonly size: number;
  /** Offset of the first byte of compressed data. */
  readonly dataStart: number;
}

/** The archive's structure is damaged: `detail` says how, in words for people. */
export class ZipStructureError extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

const SIGNATURE = {
  local: 0x04034b50,
  central: 0x02014b50,
  end: 0x06054b50,
  end64: 0x06064b50,
  end64Locator: 0x07064b50,
} as const;
const ZIP64_EXTRA_ID = 0x0001;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const MAX_END_SEARCH = 22 + 0xffff;
/** Bit 11 of the flags: the name is UTF-8 (else code page 437; .xlsx part names are ASCII). */
const UTF8_FLAG = 0x800;

const DIRECTORY_DAMAGED =
  "its zip directory, the list of parts at the end of the file, is missing or damaged; the file was probably cut short while copying or downloading";

/** The entries of the archive's central directory, in directory order. Throws ZipStructureError. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(bytes, view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const located = zip64End(view, end);
    count = located.count;
    offset = located.offset;
  }
  const decoder = new TextDecoder("utf-8");
  const entries: ZipDirectoryEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== SIGNATURE.central)
      throw new ZipStructureError(DIRECTORY_DAMAGED);
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    let compressedSize = view.getUint32(offset + 20, true);
    let size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    let localOffset = view.getUint32(offset + 42, true);
    const nameStart = offset + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.length) throw new ZipStructureError(DIRECTORY_DAMAGED);
    const nameBytes = bytes.subarray(nameStart, extraStart);
    const name =
      flags & UTF8_FLAG ? decoder.decode(nameBytes) : String.fromCharCode(...Array.from(nameBytes));
    // ZIP64: the fields that overflowed hold 0xFFFFFFFF and their values follow in the extra
    // field. Without one, 0xFFFFFFFF is taken at its word (some writers put it there).
    const wide =
      size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff
        ? zip64Extra(view, extraStart, extraLength)
        : undefined;
    if (wide !== undefined) {
      if (size === 0xffffffff) size = wide.next();
      if (compressedSize === 0xffffffff) compressedSize = wide.next();
      if (localOffset === 0xffffffff) localOffset = wide.next();
    }
    entries.push({ name, method, compressedSize, size, dataStart: dataStartOf(view, localOffset, name) });
    const last = entries[entries.length - 1]!;
    if (last.dataStart + compressedSize > bytes.length)
      throw new ZipStructureError(
        `the part ${name} ends beyond the end of the file, so the file was probably cut short while copying or downloading`,
      );
    offset = next;
  }
  return entries;
}

/** Offset of the end-of-central-directory record, searching back over a possible comment. */
function findEnd(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - MAX_END_SEARCH);
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === SIGNATURE.end) return at;
  }
  throw new ZipStructureError(DIRECTORY_DAMAGED);
}

/** The ZIP64 end record's entry count and directory offset, through its locator before `end`. */
function zip64End(view: DataView, end: number): { count: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== SIGNATURE.end64Locator)
    throw new ZipStructureError(DIRECTORY_DAMAGED);
  const record = uint64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== SIGNATURE.end64)
    throw new ZipStructureError(DIRECTORY_DAMAGED);
  return { count: uint64(view, record + 32), offset: uint64(view, record + 48) };
}

/** The 8-byte values of a ZIP64 extra field, in order; undefined when the entry has none. */
function zip64Extra(view: DataView, start: number, length: number): { next(): number } | undefined {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA_ID) {
      let read = at + 4;
      const stop = read + size;
      return {
        next: () => {
          if (read + 8 > stop) throw new ZipStructureError(DIRECTORY_DAMAGED);
          const value = uint64(view, read);
          read += 8;
          return value;
        },
      };
    }
    at += 4 + size;
  }
  return undefined;
}

/** Where an entry's data starts: after its local header, whose name and extra field may differ in length from the directory's. */
function dataStartOf(view: DataView, localOffset: number, name: string): number {
  if (localOffset + 30 > view.byteLength || view.getUint32(localOffset, true) !== SIGNATURE.local)
    throw new ZipStructureError(
      `the directory points to a part (${name}) that is not where it says, so the file is damaged`,
    );
  return localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
}

function uint64(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) throw new ZipStructureError(DIRECTORY_DAMAGED);
  const value = view.getUint32(at + 4, true) * 2 ** 32 + view.getUint32(at, true);
  if (!Number.isSafeInteger(value)) throw new ZipStructureError(DIRECTORY_DAMAGED);
  return value;
}
