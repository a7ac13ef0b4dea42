import * as decoding from "lib0/decoding";

// Hocuspocus 3.4 message types (its MessageType enum); every frame starts with
// varString documentName, varUint type.
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
  syncStatus: 8,
} as const;

export interface FrameHeader {
  documentName: string;
  type: number;
  /** Offset of the first byte after the type, where the payload starts. */
  payloadOffset: number;
}

/** Reads a frame's document name and type; null when the bytes are not a Hocuspocus frame. */
export function readFrameHeader(frame: Uint8Array): FrameHeader | null {
  try {
    const decoder = decoding.createDecoder(frame);
    const documentName = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    return { documentName, type, payloadOffset: decoder.pos };
  } catch {
    return null;
  }
}
