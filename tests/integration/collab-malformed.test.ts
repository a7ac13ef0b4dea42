import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as Y from "yjs";
import { db, disconnectDb } from "@/lib/db";
import { createCollabToken } from "@/lib/auth/collab-token";
import { PAPER_FIELD, readStoredPaper } from "@/lib/collab/document-state";
import { addMember, createGroup, createUser, importPaper, makeAuthor } from "../support/factories";
import { connectClient, startCollabHarness, waitFor, type TestClient } from "../support/collab-harness";

// The Hocuspocus wire format: varString documentName, varUint message type, payload.
const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const MESSAGE_CLOSE = 7;
const SYNC_STEP_1 = 0;
const SYNC_UPDATE = 2;
const AUTH_TOKEN = 0;
const AUTH_PERMISSION_DENIED = 1;
const AUTH_AUTHENTICATED = 2;
const OVER_MAX_PAYLOAD = 1.6 * 1024 * 1024; // the server caps frames at 1.5 MB

function frame(documentName: string, type: number, write: (encoder: encoding.Encoder) => void = () => {}) {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

const authFrame = (documentName: string, token: string) =>
  frame(documentName, MESSAGE_AUTH, (e) => {
    encoding.writeVarUint(e, AUTH_TOKEN);
    encoding.writeVarString(e, token);
  });

/** A sync update frame that announces 64 bytes of update and carries 3. */
const truncatedUpdateFrame = (documentName: string) =>
  frame(documentName, MESSAGE_SYNC, (e) => {
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint(e, 64);
    encoding.writeUint8Array(e, new Uint8Array([1, 2, 3]));
  });

const updateFrame = (documentName: string, update: Uint8Array) =>
  frame(documentName, MESSAGE_SYNC, (e) => {
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint8Array(e, update);
  });

interface ServerMessage {
  documentName: string;
  type: number;
  authType?: number;
  /** The permission-denied or close reason. */
  reason?: string;
}

/** A bare `ws` client that speaks (or mangles) the protocol by hand. */
class RawClient {
  readonly messages: ServerMessage[] = [];
  closedWith: { code: number; reason: string } | null = null;

  private constructor(private readonly ws: WebSocket) {
    ws.on("message", (data: Buffer) => this.messages.push(parse(new Uint8Array(data))));
    ws.on("close", (code, reason) => (this.closedWith = { code, reason: reason.toString() }));
    ws.on("error", () => {}); // the close event carries what the test checks
  }

  static async connect(port: number) {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/collab`);
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
    });
    return new RawClient(ws);
  }

  send(bytes: Uint8Array) {
    this.ws.send(bytes);
  }

  async authenticate(documentName: string, token: string) {
    this.send(authFrame(documentName, token));
    await waitFor(() => this.authReply(documentName) !== undefined, { what: `auth reply for ${documentName}` });
    return this.authReply(documentName)!;
  }

  authReply(documentName: string) {
    return this.messages.find((m) => m.documentName === documentName && m.type === MESSAGE_AUTH);
  }

  closeMessage(documentName: string) {
    return this.messages.find((m) => m.documentName === documentName && m.type === MESSAGE_CLOSE);
  }

  async closed() {
    await waitFor(() => this.closedWith !== null, { what: "the server to close the socket" });
    return this.closedWith!;
  }

  get isOpen() {
    return this.ws.readyState === WebSocket.OPEN;
  }

  terminate() {
    this.ws.terminate();
  }
}

function parse(bytes: Uint8Array): ServerMessage {
  const decoder = decoding.createDecoder(bytes);
  const message: ServerMessage = { documentName: decoding.readVarString(decoder), type: decoding.readVarUint(decoder) };
  if (message.type === MESSAGE_AUTH) {
    message.authType = decoding.readVarUint(decoder);
    if (message.authType === AUTH_PERMISSION_DENIED) message.reason = decoding.readVarString(decoder);
  } else if (message.type === MESSAGE_CLOSE) {
    message.reason = decoding.readVarString(decoder);
  }
  return message;
}

function typeInto(doc: Y.Doc, text: string) {
  const firstBlock = doc.getXmlFragment(PAPER_FIELD).get(0) as Y.XmlElement;
  const textNode = firstBlock.get(0) as Y.XmlText;
  textNode.insert(textNode.length, text);
}

const paperText = (doc: Y.Doc) => doc.getXmlFragment(PAPER_FIELD).toString();

describe("malformed and oversized frames on /collab", () => {
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  let documentId: string;
  let authorToken: string;
  let author: TestClient;
  let owner: TestClient;
  let editorDisconnects = 0;
  const raws: RawClient[] = [];

  beforeAll(async () => {
    harness = await startCollabHarness();
    const group = await createGroup();
    const [authorUser, ownerUser] = await Promise.all([createUser(), createUser()]);
    await addMember(group.id, authorUser.id, "participant");
    await addMember(group.id, ownerUser.id, "owner");
    documentId = (await importPaper(group.id)).id;
    await makeAuthor(documentId, authorUser.id);
    authorToken = createCollabToken(authorUser.id);
    author = connectClient({ port: harness.port, documentId, token: authorToken });
    owner = connectClient({ port: harness.port, documentId, token: createCollabToken(ownerUser.id) });
    for (const client of [author, owner]) client.socket.on("disconnect", () => (editorDisconnects += 1));
    await waitFor(() => author.provider.isSynced && owner.provider.isSynced, { what: "both editors synced" });
  });

  afterAll(async () => {
    for (const raw of raws) raw.terminate();
    author?.destroy();
    owner?.destroy();
    await harness?.close();
    await disconnectDb();
  });

  async function raw() {
    const client = await RawClient.connect(harness.port);
    raws.push(client);
    return client;
  }

  /** The two well-behaved editors still edit, converge, get acknowledged and stored. */
  async function expectEditorsUnaffected(label: string) {
    const fromAuthor = `{${label}:author}`;
    const fromOwner = `{${label}:owner}`;
    typeInto(author.provider.document, ` ${fromAuthor}`);
    typeInto(owner.provider.document, ` ${fromOwner}`);
    const a = author.provider.document;
    const b = owner.provider.document;
    await waitFor(() => paperText(a) === paperText(b) && paperText(a).includes(fromAuthor) && paperText(a).includes(fromOwner), { what: `editors to converge (${label})` });
    await waitFor(() => author.provider.unsyncedChanges === 0 && owner.provider.unsyncedChanges === 0, { what: `acknowledgements (${label})` });
    const stored = (await readStoredPaper(documentId)).textContent;
    expect(stored).toContain(fromAuthor);
    expect(stored).toContain(fromOwner);
    expect(editorDisconnects).toBe(0);
    expect(harness.collab.hocuspocus.documents.get(documentId)?.getConnectionsCount()).toBe(2);
  }

  async function storedRows() {
    return db().yUpdate.findMany({ where: { documentId }, select: { data: true } });
  }

  it.each([
    ["an empty frame", new Uint8Array(0)],
    ["bytes that decode to nothing (an endless varint)", new Uint8Array(11).fill(0xff)],
    ["a document name with no message type", new Uint8Array([1, 0x41])],
    ["a length prefix longer than the frame", new Uint8Array([0x7f, 0x61, 0x62])],
  ])("garbage before authentication (%s) closes the socket; the editors carry on", async (_label, garbage) => {
    const client = await raw();
    client.send(garbage);
    const { code } = await client.closed();
    expect(code).toBeGreaterThanOrEqual(4000); // Hocuspocus's Unauthorized (4401) or Reset Connection (4205)
    await expectEditorsUnaffected(`garbage-${garbage.length}`);
  });

  it("a truncated or undecodable update after authentication closes that connection and stores nothing", async () => {
    for (const [label, bad] of [
      ["truncated", truncatedUpdateFrame(documentId)],
      ["undecodable", updateFrame(documentId, new Uint8Array(11).fill(0xff))],
    ] as const) {
      const client = await raw();
      expect((await client.authenticate(documentId, authorToken)).authType).toBe(AUTH_AUTHENTICATED);
      await waitFor(() => harness.collab.hocuspocus.documents.get(documentId)?.getConnectionsCount() === 3, { what: "the raw connection to join" });
      const rowsBefore = await storedRows();

      client.send(bad);
      await waitFor(() => client.closeMessage(documentId) !== undefined, { what: `a close message (${label})` });
      expect(client.closeMessage(documentId)!.reason).toBe("Malformed message");
      await waitFor(() => harness.collab.hocuspocus.documents.get(documentId)?.getConnectionsCount() === 2, { what: "the raw connection to leave" });

      // A well-formed edit on the same socket now is not applied: the document connection is gone.
      const forger = new Y.Doc();
      Y.applyUpdate(forger, Y.encodeStateAsUpdate(author.provider.document));
      let forged: Uint8Array | undefined;
      forger.on("update", (update: Uint8Array) => (forged = update));
      typeInto(forger, " FORGED AFTER CLOSE");
      client.send(updateFrame(documentId, forged!));

      const rowsAfter = await storedRows();
      expect(rowsAfter.length).toBe(rowsBefore.length);
      await expectEditorsUnaffected(`after-${label}`);
      expect(paperText(owner.provider.document)).not.toContain("FORGED AFTER CLOSE");
      expect((await readStoredPaper(documentId)).textContent).not.toContain("FORGED AFTER CLOSE");
      for (const row of await storedRows()) expect(() => Y.decodeUpdate(row.data)).not.toThrow();
    }
  });

  it("a sync step 1 with a corrupt state vector closes that connection", async () => {
    const client = await raw();
    expect((await client.authenticate(documentId, authorToken)).authType).toBe(AUTH_AUTHENTICATED);
    client.send(
      frame(documentId, MESSAGE_SYNC, (e) => {
        encoding.writeVarUint(e, SYNC_STEP_1);
        encoding.writeVarUint8Array(e, new Uint8Array(11).fill(0xff));
      }),
    );
    await waitFor(() => client.closeMessage(documentId) !== undefined, { what: "a close message" });
    await waitFor(() => harness.collab.hocuspocus.documents.get(documentId)?.getConnectionsCount() === 2, { what: "the raw connection to leave" });
    await expectEditorsUnaffected("corrupt-state-vector");
  });

  it("a truncated update sent before authentication is refused once the socket authenticates", async () => {
    const client = await raw();
    client.send(truncatedUpdateFrame(documentId));
    expect((await client.authenticate(documentId, authorToken)).authType).toBe(AUTH_AUTHENTICATED);
    // The queued frame is handled after authentication, and closes the connection.
    await waitFor(() => client.closeMessage(documentId) !== undefined, { what: "a close message" });
    expect(client.closeMessage(documentId)!.reason).toBe("Malformed message");
    await waitFor(() => harness.collab.hocuspocus.documents.get(documentId)?.getConnectionsCount() === 2, { what: "the raw connection to leave" });
    await expectEditorsUnaffected("queued-truncated");
  });

  it("a frame over 1.5 MB closes the socket (1009), before or after authentication", async () => {
    const before = await raw();
    before.send(new Uint8Array(OVER_MAX_PAYLOAD));
    expect((await before.closed()).code).toBe(1009);

    const after = await raw();
    expect((await after.authenticate(documentId, authorToken)).authType).toBe(AUTH_AUTHENTICATED);
    // A well-framed update whose size alone is the problem.
    after.send(updateFrame(documentId, new Uint8Array(OVER_MAX_PAYLOAD)));
    expect((await after.closed()).code).toBe(1009);
    await waitFor(() => harness.collab.hocuspocus.documents.get(documentId)?.getConnectionsCount() === 2, { what: "the raw connection to leave" });
    await expectEditorsUnaffected("oversized");
  });

  it("a document name that is not one (binary, overlong) is refused and the socket stays usable", async () => {
    const client = await raw();
    for (const name of ["\u0000\u0001\u0002\uFFFD", "x".repeat(5000), "../../etc/passwd"]) {
      const reply = await client.authenticate(name, authorToken);
      expect(reply.authType).toBe(AUTH_PERMISSION_DENIED);
    }
    // Hocuspocus multiplexes documents on one socket: a refusal ends that document only.
    expect(client.isOpen).toBe(true);
    expect((await client.authenticate(documentId, authorToken)).authType).toBe(AUTH_AUTHENTICATED);
    await waitFor(() => harness.collab.hocuspocus.documents.get(documentId)?.getConnectionsCount() === 3, { what: "the raw connection to join" });
    client.terminate();
    await waitFor(() => harness.collab.hocuspocus.documents.get(documentId)?.getConnectionsCount() === 2, { what: "the raw connection to leave" });
    await expectEditorsUnaffected("bad-names");
  });
});
