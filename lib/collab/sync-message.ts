import * as decoding from "lib0/decoding";
import * as Y from "yjs";

// Hocuspocus / y-protocols message layout: varString documentName, varUint type, payload.
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export class MalformedMessageError extends Error {
  // Hocuspocus closes the connection with this code/reason when a hook throws.
  code = 4400;
  reason = "Malformed message";
}

/**
 * Returns the Yjs update carried by a raw WebSocket message, or null for messages that carry
 * none (awareness, auth, stateless, sync step 1). Throws MalformedMessageError when the bytes
 * do not decode, so only the sending connection is closed.
 */
export function documentUpdateIn(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
    const update = decoding.readVarUint8Array(decoder);
    Y.decodeUpdate(update); // structural check before it is stored
    return update;
  } catch {
    throw new MalformedMessageError("A WebSocket message could not be decoded.");
  }
}

/** True for an update with no insertions and no deletions (every connect-time sync sends one). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}
