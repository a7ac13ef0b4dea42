import type { Connection, Document } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { CollabContext } from "./collab-auth";
import { MESSAGE, type FrameHeader } from "./frame-header";

/** What everyone in the room sees of one connection: set by the server, never by the client. */
export interface PresenceIdentity {
  name: string;
  color: string;
  role: "owner" | "moderator" | "author" | "participant" | "viewer" | "guest";
}

// A caret and a user are a few hundred bytes; anything far larger is not presence.
const MAX_STATE_JSON = 4096;

export function presenceIdentity(context: CollabContext): PresenceIdentity {
  const { actor, access } = context;
  if (actor.kind === "guest") return { name: actor.name, color: actor.color, role: "guest" };
  const role = access.groupRole === "owner" || access.groupRole === "moderator" ? access.groupRole : access.isAuthor ? "author" : (access.groupRole ?? "viewer");
  return { name: actor.name, color: actor.color, role };
}

// The one awareness client id each connection may speak for (the first it announced).
const ownClientIds = new WeakMap<Connection, number>();

interface Entry {
  clientId: number;
  clock: number;
  json: string;
}

function readEntries(payload: Uint8Array): Entry[] {
  const decoder = decoding.createDecoder(payload);
  const count = decoding.readVarUint(decoder);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), json: decoding.readVarString(decoder) });
  }
  return entries;
}

function mayClaim(document: Document, connection: Connection, clientId: number): boolean {
  const claimed = ownClientIds.get(connection);
  if (claimed !== undefined) return claimed === clientId;
  // An id another connection holds is theirs; the first free id a connection announces is its own.
  if (document.awareness.getStates().has(clientId) && !document.getClients(connection.webSocket).has(clientId)) return false;
  ownClientIds.set(connection, clientId);
  return true;
}

/** The client's own state with `user` replaced by the server's identity; null to drop it. */
function ownState(json: string, identity: PresenceIdentity): string | null {
  if (json.length > MAX_STATE_JSON) return null;
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return null;
  }
  if (state === null) return "null";
  if (typeof state !== "object" || Array.isArray(state)) return null;
  return JSON.stringify({ ...(state as Record<string, unknown>), user: identity });
}

/**
 * Rewrites an awareness frame from an authenticated connection before Hocuspocus applies and
 * relays it: only the entry for the connection's own client id survives (no one sets or
 * removes another's), and its `user` (name, colour, role) comes from the authenticated
 * connection. Returns the frame to hand on, or null to drop it. Throws on undecodable bytes.
 */
export function ownAwarenessFrame(frame: Uint8Array, header: FrameHeader, connection: Connection, document: Document): Uint8Array | null {
  const context = connection.context as CollabContext | undefined;
  if (!context?.actor) return null;
  const identity = presenceIdentity(context);
  const decoder = decoding.createDecoder(frame);
  decoder.pos = header.payloadOffset;
  const entries = readEntries(decoding.readVarUint8Array(decoder));
  const kept: Entry[] = [];
  for (const entry of entries) {
    const json = ownState(entry.json, identity);
    if (json === null) continue;
    // A removal never claims an id (clients pass on removals of others' timed-out states).
    if (json === "null" ? ownClientIds.get(connection) !== entry.clientId : !mayClaim(document, connection, entry.clientId)) continue;
    kept.push({ ...entry, json });
  }
  if (kept.length === 0) return null;
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(update, entry.clientId);
    encoding.writeVarUint(update, entry.clock);
    encoding.writeVarString(update, entry.json);
  }
  const out = encoding.createEncoder();
  encoding.writeVarString(out, header.documentName);
  encoding.writeVarUint(out, MESSAGE.awareness);
  encoding.writeVarUint8Array(out, encoding.toUint8Array(update));
  return encoding.toUint8Array(out);
}
