import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { hashSecret } from "@/lib/auth/api-token-secret";
import { createCollabToken, createGuestCollabToken } from "@/lib/auth/collab-token";
import { createPublicLink } from "@/lib/documents";
import { loadRoomColours } from "@/lib/collab/room-colours";
import { addMember, createGroup, createUser, importPaper } from "../support/factories";
import { connectClient, startCollabHarness, waitFor, type TestClient } from "../support/collab-harness";
import { RawCollabSocket } from "../support/raw-collab-socket";

const userActor = (user: { id: string; name: string }): Actor => ({ kind: "user", userId: user.id, name: user.name, color: "#000", via: "session" });
type UserField = { name?: string; color?: string; role?: string } | undefined;

/**
 * Finding 3: the server relayed any awareness state. A guest appeared to all as the owner and
 * overwrote (or removed) the owner's own entry. Identity in presence is the server's.
 */
describe("presence identity is the server's", () => {
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  let documentId: string;
  let owner: { id: string; name: string; color: string };
  let guestToken: string;
  const clients: TestClient[] = [];
  const sockets: RawCollabSocket[] = [];

  beforeAll(async () => {
    harness = await startCollabHarness();
    const groupId = (await createGroup()).id;
    const created = await createUser({ name: "Olga Owner" });
    owner = (await db().user.findUniqueOrThrow({ where: { id: created.id }, select: { id: true, name: true, color: true } }))!;
    await addMember(groupId, owner.id, "owner");
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

  it("a guest can neither appear as the owner nor overwrite or remove the owner's entry", async () => {
    const ownerClient = connectClient({ port: harness.port, documentId, token: createCollabToken(owner.id) });
    clients.push(ownerClient);
    await waitFor(() => ownerClient.provider.isSynced, { what: "owner synced" });
    // The browser sets this from the session; the server replaces it with the same, from the database.
    ownerClient.provider.setAwarenessField("user", { name: "Claimed by the owner's browser", color: "#000000" });
    const ownerId = ownerClient.provider.awareness!.clientID;

    const observer = await RawCollabSocket.open(harness.port);
    sockets.push(observer);
    expect(await observer.authenticate(documentId, guestToken)).toBe("readonly");
    await observer.sync(documentId);
    const stateOf = (clientId: number) => observer.awareness(documentId).filter((entry) => entry.clientId === clientId).at(-1)?.state as Record<string, unknown> | null | undefined;
    await waitFor(() => (stateOf(ownerId)?.user as UserField)?.name !== undefined, { what: "owner's presence at the observer" });
    expect(stateOf(ownerId)?.user).toEqual({ name: owner.name, color: owner.color, role: "owner" });

    const attacker = await RawCollabSocket.open(harness.port);
    sockets.push(attacker);
    expect(await attacker.authenticate(documentId, guestToken)).toBe("readonly");
    const guestId = 900_000_001;
    const ownerClock = 1_000_000;
    await attacker.sendAwareness(documentId, [
      { clientId: guestId, clock: 1, state: { user: { name: owner.name, color: owner.color, role: "owner" } } },
      { clientId: ownerId, clock: ownerClock, state: { user: { name: "Overwritten", color: "#ff0000" } } },
    ]);
    await attacker.sendAwareness(documentId, [{ clientId: ownerId, clock: ownerClock + 1, state: null }]);
    await attacker.sendAwareness(documentId, [{ clientId: guestId, clock: 2, state: { user: { name: owner.name }, marker: "last" } }]);

    await waitFor(() => stateOf(guestId)?.marker === "last", { what: "the attacker's last frame at the observer" });
    expect(stateOf(guestId)?.user).toEqual({ name: "Guest reader", color: "#57534e", role: "guest" });
    expect(stateOf(ownerId)?.user).toEqual({ name: owner.name, color: owner.color, role: "owner" });
    // And in the server's own awareness, which every newcomer receives.
    const states = harness.collab.hocuspocus.documents.get(documentId)!.awareness.getStates();
    expect((states.get(ownerId)?.user as UserField)?.name).toBe(owner.name);
    expect((states.get(guestId)?.user as UserField)?.name).toBe("Guest reader");
    expect(ownerClient.provider.awareness!.getStates().get(ownerId)).toBeTruthy();
  });

  it("a member's own browser cannot choose its name or role either", async () => {
    const member = await createUser({ name: "Paul Participant" });
    const groupId = (await db().document.findUniqueOrThrow({ where: { id: documentId } })).groupId;
    await addMember(groupId, member.id, "participant");
    const memberSocket = await RawCollabSocket.open(harness.port);
    sockets.push(memberSocket);
    expect(await memberSocket.authenticate(documentId, createCollabToken(member.id))).toBe("readonly");
    const row = await db().user.findUniqueOrThrow({ where: { id: member.id } });
    await memberSocket.sendAwareness(documentId, [{ clientId: 900_000_002, clock: 1, state: { user: { name: "Moderator", role: "moderator", color: "#123456" } } }]);
    const server = harness.collab.hocuspocus.documents.get(documentId)!.awareness;
    await waitFor(() => server.getStates().has(900_000_002), { what: "member presence" });
    // The colour is the member's in this room (lib/collab/room-colours): the owner already has
    // the account colour both share, so the member gets another, never one the browser sent.
    const roomColour = (await loadRoomColours(groupId)).get(member.id);
    expect(roomColour).not.toBe(owner.color);
    expect(server.getStates().get(900_000_002)?.user).toEqual({ name: row.name, color: roomColour, role: "participant" });
  });
});
