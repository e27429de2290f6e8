/**
 * A plain Uint8Array view of binary data without copying it: accepts an ArrayBuffer, any typed
 * array or DataView, and a Node Buffer (a Uint8Array subclass, often a slice of a shared pool,
 * hence byteOffset). Returns undefined for anything else. Uses no Node APIs.
 *
 * @example asBytes(new ArrayBuffer(2)) // Uint8Array [0, 0]
 */
export function asBytes(data: unknown): Uint8Array | undefined {
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (Object.prototype.toString.call(data) === "[object ArrayBuffer]")
    return new Uint8Array(data as ArrayBuffer);
  return undefined;
}
