import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { hashSecret } from "@/lib/auth/api-token-secret";
import { createGuestCollabToken } from "@/lib/auth/collab-token";
import { createPublicLink } from "@/lib/documents";
import { addMember, createGroup, createUser, importPaper } from "../support/factories";
import { startCollabHarness } from "../support/collab-harness";
import { spawnCollabServer, type CollabProcess } from "../support/collab-server-spawn";
import { RawCollabSocket } from "../support/raw-collab-socket";

const userActor = (user: { id: string; name: string }): Actor => ({ kind: "user", userId: user.id, name: user.name, color: "#000", via: "session" });
const MB = 1024 * 1024;
// Names that look like document ids and never authenticate.
const otherName = (n: number) => `zz${String(n).padStart(22, "0")}`;

/**
 * Finding 2: once one document on a socket has authenticated, Hocuspocus 3.4 queues frames for
 * every other name on that socket without bound or deadline. A guest grew the server by 110 MB.
 */
afterAll(async () => {
  await disconnectDb();
});

describe("a socket with one authenticated document cannot make the server buffer without bound", () => {
  let server: CollabProcess;
  let documentId: string;
  let guestToken: string;
  const sockets: RawCollabSocket[] = [];

  beforeAll(async () => {
    const groupId = (await createGroup()).id;
    const owner = await createUser();
    await addMember(groupId, owner.id, "owner");
    documentId = (await importPaper(groupId)).id;
    const { path } = await createPublicLink(userActor(owner), documentId);
    guestToken = createGuestCollabToken(documentId, hashSecret(path.split("/").pop()!));
    server = await spawnCollabServer();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await server?.stop();
  });

  it("a guest that authenticates one document and floods another name is closed, and the server stays small", async () => {
    const socket = await RawCollabSocket.open(server.port);
    sockets.push(socket);
    expect(await socket.authenticate(documentId, guestToken)).toBe("readonly");
    await socket.sync(documentId);
    const before = server.rss();
    const frame = RawCollabSocket.awarenessFrame(otherName(1), MB);
    let sent = 0;
    while (socket.isOpen && sent < 120 * MB) {
      await socket.send(frame);
      sent += frame.byteLength;
    }
    const { code } = await socket.closed;
    const grown = server.rss() - before;
    console.log(`flood: ${(sent / MB).toFixed(1)} MB sent before the close (${code}); server RSS grew ${(grown / MB).toFixed(1)} MB`);
    expect(code).toBe(4413);
    expect(sent).toBeLessThan(32 * MB);
    expect(grown).toBeLessThan(40 * MB);
  });

  it("frames spread over many names count together, and too many waiting names close the socket", async () => {
    const socket = await RawCollabSocket.open(server.port);
    sockets.push(socket);
    expect(await socket.authenticate(documentId, guestToken)).toBe("readonly");
    for (let n = 0; n < 100 && socket.isOpen; n++) await socket.send(RawCollabSocket.awarenessFrame(otherName(n), 1024));
    expect((await socket.closed).code).toBe(4429);
  });
});

describe("each document name has its own deadline to authenticate", () => {
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  let documentId: string;
  let guestToken: string;
  beforeAll(async () => {
    harness = await startCollabHarness();
    const groupId = (await createGroup()).id;
    const owner = await createUser();
    await addMember(groupId, owner.id, "owner");
    documentId = (await importPaper(groupId)).id;
    const { path } = await createPublicLink(userActor(owner), documentId);
    guestToken = createGuestCollabToken(documentId, hashSecret(path.split("/").pop()!));
  });
  afterAll(async () => {
    await harness.close();
  });

  it("even after another document on the socket authenticated", async () => {
    const socket = await RawCollabSocket.open(harness.port);
    expect(await socket.authenticate(documentId, guestToken)).toBe("readonly");
    const started = Date.now();
    await socket.send(RawCollabSocket.awarenessFrame(otherName(7), 64));
    const { code } = await socket.closed;
    expect(code).toBe(4408);
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
  }, 20_000);
});
