import { Inflate } from "fflate";
import { readZipDirectory, ZipStructureError, type ZipDirectoryEntry } from "./zip-directory";

/**
 * The parts of a zip archive, located through its central directory (zip-directory.ts), and
 * inflated one at a time, in any order, in small chunks. Nothing is inflated until `inflate` is
 * called; locating keeps only the directory's numbers.
 *
 * Limits, so a zip bomb is refused with little memory:
 *   - an entry whose declared size is above MAX_ENTRY_BYTES_UNCHECKED and more than
 *     MAX_COMPRESSION_RATIO times its compressed size is refused before inflating;
 *   - while inflating, an entry that produces more bytes than it declared (a lying header), or
 *     more than max(MAX_ENTRY_BYTES_UNCHECKED, MAX_COMPRESSION_RATIO x compressed size), is stopped;
 *   - all inflated bytes together may not exceed `maxBytes`.
 * fflate's streaming inflater gets SLICE_BYTES of compressed input per step, so the most memory
 * one step can take is about SLICE_BYTES x 1032 (deflate's best ratio): 16 MB.
 *
 * Given a WholeInflater (Node's own zlib, from the CLI), a part that declares at most
 * WHOLE_INFLATE_MAX_BYTES is inflated in one native call instead: 10 to 15 times faster than
 * fflate's JavaScript. Larger parts, and any part the native call fails on (damaged data, more
 * bytes than declared), go through fflate, which finds and names the problem.
 */

/** Compressed bytes handed to the inflater per step. */
const SLICE_BYTES = 16 * 1024;
/** Entries up to this size are inflated whatever their ratio. */
export const MAX_ENTRY_BYTES_UNCHECKED = 50 * 1024 * 1024;
/** Beyond MAX_ENTRY_BYTES_UNCHECKED, an entry may inflate to at most this many times its compressed size. */
export const MAX_COMPRESSION_RATIO = 200;
/** The default cap on all inflated bytes together. */
export const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;

/** Bytes per chunk when a part inflated whole is handed on. */
const OUTPUT_SLICE_BYTES = 256 * 1024;
/** Parts that declare at most this many bytes may be inflated whole by a WholeInflater. */
export const WHOLE_INFLATE_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Inflates a whole raw-deflate stream at once and returns its bytes; throws on damaged data or
 * when the output would pass `maxBytes`.
 */
export type WholeInflater = (compressed: Uint8Array, maxBytes: number) => Uint8Array<ArrayBuffer>;

export type LimitKind = "ratio" | "lying-size" | "total";

/** Thrown when an entry or the archive goes over a limit; `part` names the entry. */
export class ZipLimitError extends Error {
  constructor(
    readonly kind: LimitKind,
    readonly part: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`${part}: ${kind} limit`);
  }
}

export class ZipEntries {
  private readonly entries = new Map<string, ZipDirectoryEntry>();
  private inflatedTotal = 0;

  /** Throws ZipStructureError when the archive's directory is damaged. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly maxBytes: number,
    private readonly inflateWhole?: WholeInflater,
  ) {
    for (const entry of readZipDirectory(bytes)) {
      const name = partNameOf(entry.name);
      // Folders are listed too, as names ending in "/"; the first of two same-named entries wins.
      if (!name.endsWith("/") && !this.entries.has(name)) this.entries.set(name, entry);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * Inflates one entry, handing each chunk to `onChunk` as it is produced. Throws ZipLimitError
   * when a limit is passed, whatever `onChunk` throws (it stops the inflating), or fflate's error.
   */
  inflate(name: string, onChunk: (chunk: Uint8Array) => void): void {
    const entry = this.entries.get(name);
    if (entry === undefined) throw new Error(`${name} is missing`);
    const declared = entry.size;
    const allowed = Math.max(MAX_ENTRY_BYTES_UNCHECKED, entry.compressedSize * MAX_COMPRESSION_RATIO);
    if (declared > allowed) throw new ZipLimitError("ratio", name, declared, allowed);
    let produced = 0;
    const take = (chunk: Uint8Array): void => {
      produced += chunk.length;
      this.inflatedTotal += chunk.length;
      if (produced > declared) throw new ZipLimitError("lying-size", name, produced, declared);
      if (produced > allowed) throw new ZipLimitError("ratio", name, produced, allowed);
      if (this.inflatedTotal > this.maxBytes)
        throw new ZipLimitError("total", name, this.inflatedTotal, this.maxBytes);
      if (chunk.length > 0) onChunk(chunk);
    };
    const data = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    switch (entry.method) {
      case 0:
        return inSlices(data, OUTPUT_SLICE_BYTES, take);
      case 8:
        return this.inflateDeflated(data, declared, take);
      default:
        throw new ZipStructureError(
          `the part ${name} is compressed with a method other than deflate, which .xlsx files do not use`,
        );
    }
  }

  /** The whole entry as text (UTF-8), within the same limits. */
  text(name: string): string {
    const decoder = new TextDecoder("utf-8");
    const parts: string[] = [];
    this.inflate(name, (chunk) => parts.push(decoder.decode(chunk, { stream: true })));
    parts.push(decoder.decode());
    return stripBom(parts.join(""));
  }

  private inflateDeflated(data: Uint8Array, declared: number, take: (chunk: Uint8Array) => void): void {
    if (this.inflateWhole !== undefined && declared <= WHOLE_INFLATE_MAX_BYTES) {
      let output: Uint8Array | undefined;
      try {
        output = this.inflateWhole(data, Math.max(1, declared));
      } catch {
        // Damaged, or more than it declared: fflate inflates it below and says which.
      }
      if (output !== undefined) return inSlices(output, OUTPUT_SLICE_BYTES, take);
    }
    let failure: unknown;
    const inflater = new Inflate((chunk) => {
      if (failure !== undefined) return;
      try {
        take(chunk);
      } catch (error) {
        failure = error;
      }
    });
    for (let offset = 0; offset < data.length || offset === 0; offset += SLICE_BYTES) {
      const end = Math.min(data.length, offset + SLICE_BYTES);
      inflater.push(data.subarray(offset, end), end === data.length);
      if (failure !== undefined) throw failure;
      if (end === data.length) break;
    }
  }
}

/** Hands `bytes` to `take` in slices of at most `size` (one empty call for no bytes). */
function inSlices(bytes: Uint8Array, size: number, take: (chunk: Uint8Array) => void): void {
  if (bytes.length === 0) return take(bytes);
  for (let offset = 0; offset < bytes.length; offset += size) take(bytes.subarray(offset, offset + size));
}

/**
 * What an error from unzipping means, for a reason people read: fflate's own messages ("invalid
 * zip data") say little, so its error codes are put in words; any other error keeps its message.
 */
export function zipErrorDetail(error: unknown): string | undefined {
  if (error instanceof ZipStructureError) return error.detail;
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 0:
      return "a part's compressed data ends too soon, so the file was probably cut short while copying or downloading";
    case 1:
    case 2:
    case 3:
      return "a part's compressed data is corrupt";
    case 13:
      return "its zip directory, the list of parts at the end of the file, is missing or damaged; the file was probably cut short while copying or downloading";
    case 14:
      return "a part is compressed with a method other than deflate, which .xlsx files do not use";
    default:
      return undefined;
  }
}

/** Part names are stored without a leading "/", but some writers add one. */
function partNameOf(name: string): string {
  return name.replace(/^\/+/, "");
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
