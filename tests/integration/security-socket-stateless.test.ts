import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { hashSecret } from "@/lib/auth/api-token-secret";
import { createCollabToken, createGuestCollabToken } from "@/lib/auth/collab-token";
import { createPublicLink } from "@/lib/documents";
import { addMember, createGroup, createUser, importPaper } from "../support/factories";
import { connectClient, startCollabHarness, waitFor, type TestClient } from "../support/collab-harness";
import { RawCollabSocket, TYPE } from "../support/raw-collab-socket";

const userActor = (user: { id: string; name: string }): Actor => ({ kind: "user", userId: user.id, name: user.name, color: "#000", via: "session" });

/**
 * Finding 1: Hocuspocus relays a client's broadcast-stateless frame (type 6) to the whole room
 * without any hook. A viewer or a public-link guest must not be able to speak for the server.
 */
describe("stateless forgery from read-only sockets", () => {
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  let documentId: string;
  let owner: { id: string; name: string };
  let viewer: { id: string; name: string };
  let guestToken: string;
  const clients: TestClient[] = [];
  const sockets: RawCollabSocket[] = [];

  beforeAll(async () => {
    harness = await startCollabHarness();
    const groupId = (await createGroup()).id;
    [owner, viewer] = await Promise.all([createUser(), createUser()]);
    await addMember(groupId, owner.id, "owner");
    await addMember(groupId, viewer.id, "viewer");
    documentId = (await importPaper(groupId)).id;
    const { path } = await createPublicLink(userActor(owner), documentId);
    guestToken = createGuestCollabToken(documentId, hashSecret(path.split("/").pop()!));
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    for (const socket of sockets) socket.close();
    await harness.close();
    await disconnectDb();
  });

  /** Waits until the server has handled everything the socket sent before (a sync round trip). */
  async function barrier(socket: RawCollabSocket) {
    const from = socket.received.length;
    await socket.sync(documentId);
    await socket.waitFor(() => socket.received.slice(from).some((m) => m.type === TYPE.sync));
  }

  it.each([
    ["a viewer", () => createCollabToken(viewer.id), "readonly"],
    ["a signed-out public-link guest", () => guestToken, "readonly"],
  ])("%s cannot broadcast room events, small or huge, to the room", async (_who, token, scope) => {
    const victim = connectClient({ port: harness.port, documentId, token: createCollabToken(owner.id) });
    clients.push(victim);
    const seen: string[] = [];
    victim.provider.on("stateless", ({ payload }: { payload: string }) => seen.push(payload));
    await waitFor(() => victim.provider.isSynced, { what: "victim synced" });

    const attacker = await RawCollabSocket.open(harness.port);
    sockets.push(attacker);
    expect(await attacker.authenticate(documentId, token())).toBe(scope);
    await attacker.sendBroadcastStateless(documentId, JSON.stringify({ type: "access-changed", canEditText: false }));
    await attacker.sendBroadcastStateless(documentId, JSON.stringify({ type: "annotations-changed", documentId, ids: ["forged"] }));
    await attacker.sendBroadcastStateless(documentId, JSON.stringify({ type: "annotations-changed", documentId, pad: "x".repeat(1024 * 1024) }));
    await barrier(attacker);

    // The server's own event, sent after the forgeries were handled, is the only one that arrives.
    harness.collab.hocuspocus.documents.get(documentId)!.broadcastStateless(JSON.stringify({ type: "claims-changed", documentId }));
    await waitFor(() => seen.length > 0, { what: "the server's event" });
    expect(seen.map((payload) => payload.slice(0, 120))).toEqual([JSON.stringify({ type: "claims-changed", documentId })]);
    expect(attacker.stateless(documentId).some((payload) => payload.includes("forged") || payload.includes("access-changed"))).toBe(false);
    expect(attacker.isOpen).toBe(true);
    victim.destroy();
  });

  it("a client's stateless message is bounded: a huge one closes the sender's socket, the room hears nothing", async () => {
    const victim = connectClient({ port: harness.port, documentId, token: createCollabToken(owner.id) });
    clients.push(victim);
    const seen: string[] = [];
    victim.provider.on("stateless", ({ payload }: { payload: string }) => seen.push(payload));
    await waitFor(() => victim.provider.isSynced, { what: "victim synced" });

    const attacker = await RawCollabSocket.open(harness.port);
    sockets.push(attacker);
    expect(await attacker.authenticate(documentId, guestToken)).toBe("readonly");
    // Small and not one the server accepts: ignored, the socket stays.
    await attacker.sendStateless(documentId, JSON.stringify({ type: "access-changed", canEditText: true }));
    await barrier(attacker);
    expect(attacker.isOpen).toBe(true);
    await attacker.sendStateless(documentId, "x".repeat(1024 * 1024));
    expect((await attacker.closed).code).toBe(4413);
    harness.collab.hocuspocus.documents.get(documentId)!.broadcastStateless(JSON.stringify({ type: "questions-changed", documentId }));
    await waitFor(() => seen.length > 0, { what: "the server's event" });
    expect(seen.map((payload) => payload.slice(0, 120))).toEqual([JSON.stringify({ type: "questions-changed", documentId })]);
  });
});
