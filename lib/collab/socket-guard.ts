import type { Hocuspocus } from "@hocuspocus/server";
import type { WebSocket } from "ws";
import { ownAwarenessFrame } from "./awareness-identity";
import { MESSAGE, readFrameHeader } from "./frame-header";

export interface SocketLimits {
  /** Bytes a socket may have queued, over all document names not yet authenticated on it. */
  maxPendingBytes: number;
  /** Time a document name has, from its first frame, to authenticate (and the socket, from its opening). */
  authDeadlineMs: number;
  /** Document names a socket may have waiting (not authenticated, or refused) at once. */
  maxPendingNames: number;
  /** Largest stateless message a client may send. */
  maxStatelessBytes: number;
}

export const SOCKET_CLOSE = {
  tooMuchBeforeAuth: { code: 4413, reason: "Too much data before authentication" },
  statelessTooLarge: { code: 4413, reason: "Stateless message too large" },
  tooManyNames: { code: 4429, reason: "Too many documents waiting on one socket" },
  authTimeout: { code: 4408, reason: "Authentication timed out" },
} as const;

// After a close frame, a peer that keeps sending is cut off instead of waiting ws's 30 s.
const TERMINATE_AFTER_CLOSE_MS = 2000;

function bytesOf(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]);
  return null;
}

/**
 * Sits between a socket and Hocuspocus, seeing every frame first (Hocuspocus reads frames,
 * and replays the ones it queued before authentication, through the socket's `emit`).
 * Hocuspocus 3.4 queues each document name's frames until that name authenticates, without a
 * bound and without a deadline once any other name on the socket has authenticated; and it
 * relays a client's broadcast-stateless frame to the whole room without any hook. So, per
 * socket: frames for names not yet authenticated are counted and timed, broadcast-stateless
 * frames are dropped (only the server speaks for the room), stateless frames are bounded, and
 * awareness frames of an authenticated name are rewritten to carry the server's identity.
 */
export function guardSocket(ws: WebSocket, hocuspocus: Hocuspocus, limits: SocketLimits): void {
  const pending = new Map<string, { bytes: number; timer: NodeJS.Timeout }>();
  let pendingBytes = 0;
  let shut = false;

  const connectionFor = (documentName: string) => {
    const document = hocuspocus.documents.get(documentName);
    const connection = document?.connections.get(ws)?.connection;
    return document && connection ? { document, connection } : null;
  };
  const close = ({ code, reason }: { code: number; reason: string }) => {
    if (shut) return;
    shut = true;
    // Stop reading: frames already on the wire are not parsed into memory any more.
    ws.pause();
    ws.close(code, reason);
    setTimeout(() => ws.terminate(), TERMINATE_AFTER_CLOSE_MS).unref();
  };
  const release = (documentName: string) => {
    const entry = pending.get(documentName);
    if (!entry) return;
    clearTimeout(entry.timer);
    pendingBytes -= entry.bytes;
    pending.delete(documentName);
  };
  const countPending = (documentName: string, size: number): boolean => {
    let entry = pending.get(documentName);
    if (!entry) {
      if (pending.size >= limits.maxPendingNames) return close(SOCKET_CLOSE.tooManyNames), false;
      const timer = setTimeout(() => {
        if (!connectionFor(documentName)) close(SOCKET_CLOSE.authTimeout);
      }, limits.authDeadlineMs);
      timer.unref();
      entry = { bytes: 0, timer };
      pending.set(documentName, entry);
    }
    if (pendingBytes + size > limits.maxPendingBytes) return close(SOCKET_CLOSE.tooMuchBeforeAuth), false;
    entry.bytes += size;
    pendingBytes += size;
    return true;
  };

  /** The frame to hand to Hocuspocus (possibly rewritten), or null to drop it. */
  const filter = (frame: Uint8Array): Uint8Array | null => {
    const header = readFrameHeader(frame);
    // Undecodable bytes go on: Hocuspocus closes the socket for them.
    if (!header) return frame;
    if (header.type === MESSAGE.broadcastStateless) return null;
    if (header.type === MESSAGE.stateless && frame.byteLength > limits.maxStatelessBytes) return close(SOCKET_CLOSE.statelessTooLarge), null;
    const live = connectionFor(header.documentName);
    if (!live) return countPending(header.documentName, frame.byteLength) ? frame : null;
    // Authenticated: its queued frames are being replayed (through here again) or were.
    release(header.documentName);
    if (header.type !== MESSAGE.awareness) return frame;
    try {
      return ownAwarenessFrame(frame, header, live.connection, live.document);
    } catch {
      return frame; // undecodable: Hocuspocus fails on it too and closes this connection
    }
  };

  const emit = ws.emit.bind(ws);
  ws.emit = ((event: string | symbol, ...args: unknown[]) => {
    if (event !== "message") return emit(event, ...args);
    if (shut) return false;
    const frame = bytesOf(args[0]);
    if (!frame) return emit(event, ...args);
    const passed = filter(frame);
    if (passed === null) return false;
    return emit(event, passed === frame ? args[0] : Buffer.from(passed.buffer, passed.byteOffset, passed.byteLength), ...args.slice(1));
  }) as typeof ws.emit;

  const socketDeadline = setTimeout(() => {
    const anyLive = [...hocuspocus.documents.values()].some((document) => document.connections.has(ws));
    if (!anyLive) close(SOCKET_CLOSE.authTimeout);
  }, limits.authDeadlineMs);
  socketDeadline.unref();
  ws.once("close", () => {
    clearTimeout(socketDeadline);
    for (const name of [...pending.keys()]) release(name);
  });
}
