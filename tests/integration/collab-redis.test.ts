import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { disconnectDb } from "@/lib/db";
import { createCollabToken } from "@/lib/auth/collab-token";
import { createCollabServer, type CollabServer } from "@/lib/collab/collab-server";
import { PAPER_FIELD, readStoredPaper } from "@/lib/collab/document-state";
import { addMember, createGroup, createUser, importPaper, makeAuthor } from "../support/factories";
import { connectClient, waitFor, type TestClient } from "../support/collab-harness";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** True when something accepts TCP connections at the Redis address (a probe, not a client). */
async function reachable(url: string, timeoutMs = 500): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

const redisUp = await reachable(REDIS_URL);
if (!redisUp) console.warn(`collab-redis: skipped, no Redis at ${REDIS_URL} (start one, or set TEST_REDIS_URL).`);

/**
 * One app instance's collaboration side, joined to the others through Redis. The shared
 * startCollabHarness takes no Redis option, so this builds the same thing with createCollabServer.
 */
async function startInstance(): Promise<{ port: number; collab: CollabServer; close(): Promise<void> }> {
  const collab = createCollabServer({ log: () => {}, redisUrl: REDIS_URL });
  const server = http.createServer((_request, response) => response.writeHead(404).end());
  server.on("upgrade", (request, socket, head) => {
    if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    collab,
    async close() {
      await collab.close(); // also closes the Redis extension's connections
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function typeInto(doc: Y.Doc, text: string) {
  const firstBlock = doc.getXmlFragment(PAPER_FIELD).get(0) as Y.XmlElement;
  const textNode = firstBlock.get(0) as Y.XmlText;
  textNode.insert(textNode.length, text);
}

const paperText = (doc: Y.Doc) => doc.getXmlFragment(PAPER_FIELD).toString();

describe.skipIf(!redisUp)(`two collab instances sharing documents through Redis (${REDIS_URL})`, () => {
  let instanceA: Awaited<ReturnType<typeof startInstance>>;
  let instanceB: Awaited<ReturnType<typeof startInstance>>;
  let documentId: string;
  let authorToken: string;
  let ownerToken: string;
  let readerToken: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    [instanceA, instanceB] = await Promise.all([startInstance(), startInstance()]);
    const group = await createGroup();
    const [author, owner, reader] = await Promise.all([createUser(), createUser(), createUser()]);
    await addMember(group.id, author.id, "participant");
    await addMember(group.id, owner.id, "owner");
    await addMember(group.id, reader.id, "viewer");
    documentId = (await importPaper(group.id)).id;
    await makeAuthor(documentId, author.id);
    authorToken = createCollabToken(author.id);
    ownerToken = createCollabToken(owner.id);
    readerToken = createCollabToken(reader.id);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await Promise.all([instanceA?.close(), instanceB?.close()]);
    await disconnectDb();
  });

  function connect(port: number, token: string) {
    const client = connectClient({ port, documentId, token });
    clients.push(client);
    return client;
  }

  it("an editor on instance A and one on instance B converge live, and both edits are stored", async () => {
    const onA = connect(instanceA.port, authorToken);
    const onB = connect(instanceB.port, ownerToken);
    await waitFor(() => onA.provider.isSynced && onB.provider.isSynced, { what: "both editors synced" });
    // Each instance holds the document itself; Redis carries the updates between them.
    expect(instanceA.collab.hocuspocus.documents.has(documentId)).toBe(true);
    expect(instanceB.collab.hocuspocus.documents.has(documentId)).toBe(true);

    typeInto(onA.provider.document, " {typed on A}");
    await waitFor(() => paperText(onB.provider.document).includes("{typed on A}"), { what: "A's edit at B" });
    typeInto(onB.provider.document, " {typed on B}");
    await waitFor(() => paperText(onA.provider.document).includes("{typed on B}"), { what: "B's edit at A" });

    // Concurrent bursts from both sides end in the same text everywhere.
    for (let i = 0; i < 20; i++) {
      typeInto(onA.provider.document, ` {A${i}}`);
      typeInto(onB.provider.document, ` {B${i}}`);
    }
    const a = onA.provider.document;
    const b = onB.provider.document;
    await waitFor(() => paperText(a) === paperText(b) && paperText(a).includes("{A19}") && paperText(a).includes("{B19}"), { what: "convergence across instances" });
    await waitFor(() => onA.provider.unsyncedChanges === 0 && onB.provider.unsyncedChanges === 0, { what: "acknowledgements" });

    const stored = (await readStoredPaper(documentId)).textContent;
    for (const marker of ["{typed on A}", "{typed on B}", ...Array.from({ length: 20 }, (_, i) => [`{A${i}}`, `{B${i}}`]).flat()]) {
      expect(stored).toContain(marker);
    }
  });

  it("a reader on instance B sees an author's edit made on instance A, and cannot edit through B", async () => {
    const onA = connect(instanceA.port, authorToken);
    const reader = connect(instanceB.port, readerToken);
    await waitFor(() => onA.provider.isSynced && reader.provider.isSynced, { what: "both synced" });

    typeInto(reader.provider.document, " {FORGED BY READER ON B}");
    typeInto(onA.provider.document, " {author again on A}");
    await waitFor(() => paperText(reader.provider.document).includes("{author again on A}"), { what: "A's edit at the reader on B" });
    await waitFor(() => onA.provider.unsyncedChanges === 0, { what: "author acknowledged" });

    expect(paperText(onA.provider.document)).not.toContain("FORGED BY READER ON B");
    expect(instanceA.collab.hocuspocus.documents.get(documentId)!.getXmlFragment(PAPER_FIELD).toString()).not.toContain("FORGED BY READER ON B");
    expect(instanceB.collab.hocuspocus.documents.get(documentId)!.getXmlFragment(PAPER_FIELD).toString()).not.toContain("FORGED BY READER ON B");
    expect((await readStoredPaper(documentId)).textContent).not.toContain("FORGED BY READER ON B");
  });
});
