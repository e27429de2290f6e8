import { inflateRawSync } from "zlib";

/**
 * A WholeInflater on Node's own zlib, for ReadOptions.inflateWhole: one native call per part,
 * refusing output beyond `maxBytes`. Node only; the browser reads with fflate alone.
 */
export function inflateWithZlib(compressed: Uint8Array, maxBytes: number): Uint8Array<ArrayBuffer> {
  const output = inflateRawSync(compressed, { maxOutputLength: maxBytes });
  // zlib's output is its own ArrayBuffer, never a shared one.
  return new Uint8Array(output.buffer as ArrayBuffer, output.byteOffset, output.length);
}
