import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as Y from "yjs";
import * as syncProtocol from "y-protocols/sync";

/**
 * A raw Hocuspocus 3.4 client speaking the wire protocol with y-protocols/lib0 encoders, for
 * sending what a real provider never would (forged stateless, other clients' awareness,
 * floods). Message layout: varString documentName, varUint type, payload.
 */
export const TYPE = { sync: 0, awareness: 1, auth: 2, stateless: 5, broadcastStateless: 6, close: 7, syncStatus: 8 } as const;

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

export interface Received {
  documentName: string;
  type: number;
  decoder: decoding.Decoder;
  bytes: Uint8Array;
}

function frame(documentName: string, type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

export function decodeAwareness(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: JSON.parse(decoding.readVarString(decoder)) });
  }
  return entries;
}

export class RawCollabSocket {
  readonly received: Received[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  /** Each document name's Y.Doc as this socket has synced it. */
  readonly docs = new Map<string, Y.Doc>();

  private constructor(readonly ws: WebSocket) {
    this.closed = new Promise((resolve) => ws.once("close", (code, reason) => resolve({ code, reason: reason.toString() })));
    ws.on("message", (data: Buffer) => {
      const bytes = new Uint8Array(data);
      const decoder = decoding.createDecoder(bytes);
      const documentName = decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      this.received.push({ documentName, type, decoder, bytes });
      if (type === TYPE.sync) this.applySync(documentName, decoder);
    });
  }

  static async open(port: number): Promise<RawCollabSocket> {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/collab`);
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
    });
    return new RawCollabSocket(ws);
  }

  get isOpen() {
    return this.ws.readyState === WebSocket.OPEN;
  }

  doc(documentName: string): Y.Doc {
    let doc = this.docs.get(documentName);
    if (!doc) this.docs.set(documentName, (doc = new Y.Doc()));
    return doc;
  }

  private applySync(documentName: string, decoder: decoding.Decoder) {
    const copy = decoding.createDecoder(decoder.arr.subarray(decoder.pos));
    const reply = encoding.createEncoder();
    syncProtocol.readSyncMessage(copy, reply, this.doc(documentName), "server");
  }

  /** Resolves when `send` has handed the frame to the kernel (no client-side buffering). */
  send(bytes: Uint8Array): Promise<void> {
    return new Promise((resolve) => this.ws.send(bytes, () => resolve()));
  }

  /** Authenticates one document name; resolves with the server's answer. */
  async authenticate(documentName: string, token: string): Promise<"read-write" | "readonly" | `denied:${string}`> {
    const from = this.received.length;
    await this.send(frame(documentName, TYPE.auth, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarString(e, token))));
    const answer = await this.waitFor(() => this.received.slice(from).find((m) => m.documentName === documentName && m.type === TYPE.auth));
    const copy = decoding.createDecoder(answer.decoder.arr.subarray(answer.decoder.pos));
    const kind = decoding.readVarUint(copy);
    const text = decoding.readVarString(copy);
    return kind === 2 ? (text as "read-write" | "readonly") : `denied:${text}`;
  }

  /** Sync step 1 for the name, then waits until the server's state has arrived. */
  async sync(documentName: string): Promise<Y.Doc> {
    const doc = this.doc(documentName);
    await this.send(frame(documentName, TYPE.sync, (e) => syncProtocol.writeSyncStep1(e, doc)));
    await this.waitFor(() => doc.getXmlFragment("default").length > 0);
    return doc;
  }

  sendUpdate(documentName: string, update: Uint8Array) {
    return this.send(frame(documentName, TYPE.sync, (e) => syncProtocol.writeUpdate(e, update)));
  }

  sendAwareness(documentName: string, entries: AwarenessEntry[]) {
    return this.send(frame(documentName, TYPE.awareness, (e) => encoding.writeVarUint8Array(e, encodeAwareness(entries))));
  }

  sendStateless(documentName: string, payload: string) {
    return this.send(frame(documentName, TYPE.stateless, (e) => encoding.writeVarString(e, payload)));
  }

  sendBroadcastStateless(documentName: string, payload: string) {
    return this.send(frame(documentName, TYPE.broadcastStateless, (e) => encoding.writeVarString(e, payload)));
  }

  /** Raw frame for a name: used to flood. */
  static awarenessFrame(documentName: string, bytes: number): Uint8Array {
    return frame(documentName, TYPE.awareness, (e) => encoding.writeVarUint8Array(e, new Uint8Array(bytes).fill(1)));
  }

  /** Stateless payloads this socket received for the name. */
  stateless(documentName: string): string[] {
    return this.received
      .filter((m) => m.documentName === documentName && m.type === TYPE.stateless)
      .map((m) => decoding.readVarString(decoding.createDecoder(m.decoder.arr.subarray(m.decoder.pos))));
  }

  /** Every awareness entry this socket received for the name, in order. */
  awareness(documentName: string): AwarenessEntry[] {
    return this.received
      .filter((m) => m.documentName === documentName && m.type === TYPE.awareness)
      .flatMap((m) => decodeAwareness(decoding.readVarUint8Array(decoding.createDecoder(m.decoder.arr.subarray(m.decoder.pos)))));
  }

  /** True once the server closed this document's connection (a CLOSE frame). */
  connectionClosed(documentName: string): boolean {
    return this.received.some((m) => m.documentName === documentName && m.type === TYPE.close);
  }

  async waitFor<T>(check: () => T | undefined | false | null, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error("Timed out waiting on the raw socket.");
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  close() {
    this.ws.terminate();
  }
}
