/** Copies bytes into a plain ArrayBuffer-backed array, the type Prisma's Bytes fields take. */
export function toStoredBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}
