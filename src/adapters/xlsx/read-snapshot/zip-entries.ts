import {
  Unzip,
  UnzipInflate,
  unzipSync,
  type AsyncFlateStreamHandler,
  type UnzipDecoder,
  type UnzipDecoderConstructor,
  type UnzipFile,
} from "fflate";

/**
 * The entries of a zip archive, listed from their local headers in one pass (fflate's streaming
 * Unzip, fed in small slices), and inflated later one at a time, in any order, in small chunks.
 * Listing keeps only views of the input: nothing is inflated until `inflate` is called.
 *
 * Limits, so a zip bomb is refused with little memory:
 *   - an entry whose declared size is above MAX_ENTRY_BYTES_UNCHECKED and more than
 *     MAX_COMPRESSION_RATIO times its compressed size is refused before inflating;
 *   - while inflating, an entry that produces more bytes than it declared (a lying header), or
 *     more than max(MAX_ENTRY_BYTES_UNCHECKED, MAX_COMPRESSION_RATIO x compressed size), is stopped;
 *   - all inflated bytes together may not exceed `maxBytes`.
 * Each chunk handed out comes from at most SLICE_BYTES of compressed input, so the most memory
 * one step can take is about SLICE_BYTES x 1032 (deflate's best ratio): 16 MB.
 *
 * Given a WholeInflater (Node's own zlib, from the CLI), a part that declares at most
 * WHOLE_INFLATE_MAX_BYTES is inflated in one native call instead: 10 to 15 times faster than
 * fflate's JavaScript. Larger parts, parts with no declared size, and any part the native call
 * fails on (damaged data, more bytes than declared) go through fflate, which finds and names
 * the problem as it always has.
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

interface Entry {
  readonly file: UnzipFile;
  /** Compressed size, when the local header gives it (not for entries with a data descriptor). */
  readonly size: number | undefined;
  readonly declared: number | undefined;
}

export class ZipEntries {
  private readonly entries = new Map<string, Entry>();
  private inflatedTotal = 0;

  constructor(
    bytes: Uint8Array,
    private readonly maxBytes: number,
    inflateWhole?: WholeInflater,
  ) {
    // The central directory's sizes first: entries written with a data descriptor (streamed) have
    // no sizes in their local header. The filter refuses every entry, so nothing is inflated here.
    const central = new Map<string, { size: number; declared: number }>();
    unzipSync(bytes, {
      filter: (file) => {
        central.set(partNameOf(file.name), { size: file.size, declared: file.originalSize });
        return false;
      },
    });
    const unzip = new Unzip((file) => {
      const name = partNameOf(file.name);
      const listed = central.get(name);
      const declared =
        file.originalSize === undefined
          ? listed?.declared
          : Math.min(file.originalSize, listed?.declared ?? Number.POSITIVE_INFINITY);
      this.entries.set(name, { file, size: file.size ?? listed?.size, declared });
    });
    unzip.register(
      inflateWhole
        ? wholeFirst(inflateWhole, (name) => central.get(partNameOf(name))?.declared)
        : UnzipInflate,
    );
    for (let offset = 0; offset < bytes.length; offset += SLICE_BYTES) {
      const end = Math.min(bytes.length, offset + SLICE_BYTES);
      unzip.push(bytes.subarray(offset, end), end === bytes.length);
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
    const { file, size, declared } = entry;
    const allowed =
      size === undefined
        ? Number.POSITIVE_INFINITY
        : Math.max(MAX_ENTRY_BYTES_UNCHECKED, size * MAX_COMPRESSION_RATIO);
    if (declared !== undefined && declared > allowed)
      throw new ZipLimitError("ratio", name, declared, allowed);
    let produced = 0;
    let failure: unknown;
    file.ondata = (error, chunk) => {
      if (failure !== undefined) throw failure;
      if (error) {
        failure = error;
        throw failure;
      }
      produced += chunk.length;
      this.inflatedTotal += chunk.length;
      if (declared !== undefined && produced > declared) {
        failure = new ZipLimitError("lying-size", name, produced, declared);
      } else if (produced > allowed) {
        failure = new ZipLimitError("ratio", name, produced, allowed);
      } else if (this.inflatedTotal > this.maxBytes) {
        failure = new ZipLimitError("total", name, this.inflatedTotal, this.maxBytes);
      }
      if (failure !== undefined) throw failure;
      if (chunk.length > 0) onChunk(chunk);
    };
    try {
      file.start();
    } catch (error) {
      throw failure ?? error;
    }
    if (failure !== undefined) throw failure;
  }

  /** The whole entry as text (UTF-8), within the same limits. */
  text(name: string): string {
    const decoder = new TextDecoder("utf-8");
    const parts: string[] = [];
    this.inflate(name, (chunk) => parts.push(decoder.decode(chunk, { stream: true })));
    parts.push(decoder.decode());
    return stripBom(parts.join(""));
  }
}

/**
 * What an error from unzipping means, for a reason people read: fflate's own messages ("invalid
 * zip data") say little, so its error codes are put in words; any other error keeps its message.
 */
export function zipErrorDetail(error: unknown): string | undefined {
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

/**
 * A deflate decoder for fflate's Unzip that inflates small parts whole with `inflateWhole`, and
 * hands everything else to fflate's own streaming inflater (see ZipEntries). `listedSize` gives a
 * part's unpacked size as the zip's central directory lists it.
 */
function wholeFirst(
  inflateWhole: WholeInflater,
  listedSize: (name: string) => number | undefined,
): UnzipDecoderConstructor {
  return class WholeFirstInflate implements UnzipDecoder {
    static readonly compression = 8;
    ondata: AsyncFlateStreamHandler = () => undefined;
    private readonly streaming: UnzipInflate | undefined;
    private readonly compressed: Uint8Array[] = [];
    private readonly declared: number;

    constructor(name: string, _size?: number, originalSize?: number) {
      // A part written with a data descriptor (exceljs, streaming writers) has no sizes in its
      // local header: the central directory's size stands in.
      const listed = listedSize(name);
      this.declared = Math.min(originalSize ?? listed ?? -1, listed ?? Number.POSITIVE_INFINITY);
      const whole = this.declared >= 0 && this.declared <= WHOLE_INFLATE_MAX_BYTES;
      this.streaming = whole ? undefined : this.fflate();
    }

    push(chunk: Uint8Array, final: boolean): void {
      if (this.streaming) return this.streaming.push(chunk, final);
      this.compressed.push(chunk.slice());
      if (!final) return;
      const input = joinBytes(this.compressed);
      this.compressed.length = 0;
      let output: Uint8Array<ArrayBuffer>;
      try {
        output = inflateWhole(input, Math.max(1, this.declared));
      } catch {
        // Damaged, or more than it declared: fflate inflates it again, in slices so that a
        // lying size is caught early, and says which.
        const inflater = this.fflate();
        for (let offset = 0; offset < input.length; offset += SLICE_BYTES) {
          const end = Math.min(input.length, offset + SLICE_BYTES);
          inflater.push(input.subarray(offset, end), end === input.length);
        }
        if (input.length === 0) inflater.push(input, true);
        return;
      }
      // Handed out in slices, as fflate would: the reader decodes and parses a slice at a time.
      for (let offset = 0; offset < output.length; offset += OUTPUT_SLICE_BYTES) {
        const end = Math.min(output.length, offset + OUTPUT_SLICE_BYTES);
        this.ondata(null, output.subarray(offset, end), end === output.length);
      }
      if (output.length === 0) this.ondata(null, output, true);
    }

    private fflate(): UnzipInflate {
      const inflater = new UnzipInflate();
      inflater.ondata = (error, data, final) => this.ondata(error, data, final);
      return inflater;
    }
  };
}

function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/** Part names are stored without a leading "/", but some writers add one. */
function partNameOf(name: string): string {
  return name.replace(/^\/+/, "");
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
