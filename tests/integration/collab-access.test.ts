import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { db, disconnectDb } from "@/lib/db";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { hashSecret } from "@/lib/auth/api-token-secret";
import { createCollabToken, createGuestCollabToken } from "@/lib/auth/collab-token";
import { PAPER_FIELD, readStoredPaper } from "@/lib/collab/document-state";
import { createPublicLink, findDocumentByPublicLink, getDocument, revokePublicLink } from "@/lib/documents";
import { setMembership } from "@/lib/groups";
import { addMember, createGroup, createUser, importPaper } from "../support/factories";
import { connectClient, startCollabHarness, waitFor, type TestClient } from "../support/collab-harness";

function typeInto(doc: Y.Doc, text: string) {
  const paragraph = doc.getXmlFragment(PAPER_FIELD).get(1) as Y.XmlElement;
  const textNode = paragraph.get(0) as Y.XmlText;
  textNode.insert(textNode.length, text);
}
const textOf = (doc: Y.Doc) => doc.getXmlFragment(PAPER_FIELD).toString();
const userActor = (user: { id: string; name: string }): Actor => ({ kind: "user", userId: user.id, name: user.name, color: "#000", via: "session" });

describe("rights of open connections follow the policy", () => {
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  const clients: TestClient[] = [];
  let groupId: string;
  let documentId: string;
  let owner: { id: string; name: string };
  let editor: { id: string; name: string };
  let reader: { id: string; name: string };

  beforeAll(async () => {
    harness = await startCollabHarness();
    groupId = (await createGroup()).id;
    [owner, editor, reader] = await Promise.all([createUser(), createUser(), createUser()]);
    await addMember(groupId, owner.id, "owner");
    await addMember(groupId, editor.id, "owner");
    await addMember(groupId, reader.id, "participant");
    documentId = (await importPaper(groupId)).id;
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await harness.close();
    await disconnectDb();
  });
  const connect = (token: string) => {
    const client = connectClient({ port: harness.port, documentId, token });
    clients.push(client);
    return client;
  };

  it("a role downgrade turns an open editor connection read-only and tells the client; an upgrade lets a fresh client edit again", async () => {
    const watcher = connect(createCollabToken(owner.id));
    const demoted = connect(createCollabToken(editor.id));
    await waitFor(() => watcher.provider.isSynced && demoted.provider.isSynced, { what: "sync" });
    const notices: string[] = [];
    demoted.provider.on("stateless", ({ payload }: { payload: string }) => notices.push(payload));

    typeInto(demoted.provider.document, " before-demotion");
    await waitFor(() => textOf(watcher.provider.document).includes("before-demotion"), { what: "edit while owner" });

    await setMembership(groupId, editor.id, "viewer");
    await harness.collab.refreshAccess(groupId);
    await waitFor(() => notices.length === 1, { what: "access-changed notice" });
    expect(JSON.parse(notices[0])).toEqual({ type: "access-changed", canEditText: false });
    typeInto(demoted.provider.document, " after-demotion");
    typeInto(watcher.provider.document, " owner-marker");
    await waitFor(() => textOf(demoted.provider.document).includes("owner-marker"), { what: "owner edit reaches the demoted user" });
    await waitFor(() => !watcher.provider.hasUnsyncedChanges, { what: "owner ack" });
    expect(textOf(watcher.provider.document)).not.toContain("after-demotion");
    expect((await readStoredPaper(documentId)).textContent).not.toContain("after-demotion");

    await setMembership(groupId, editor.id, "owner");
    await harness.collab.refreshAccess(groupId);
    await waitFor(() => notices.length === 2, { what: "second notice" });
    expect(JSON.parse(notices[1])).toEqual({ type: "access-changed", canEditText: true });
    // As the browser does on that notice: a fresh provider, so refused local edits are dropped.
    const promoted = connect(createCollabToken(editor.id));
    await waitFor(() => promoted.provider.isSynced, { what: "fresh client synced" });
    typeInto(promoted.provider.document, " after-promotion");
    await waitFor(() => textOf(watcher.provider.document).includes("after-promotion"), { what: "edit after promotion" });
    expect(textOf(watcher.provider.document)).not.toContain("after-demotion");
  });

  it("removing a member closes their open connection", async () => {
    const removed = connect(createCollabToken(reader.id));
    await waitFor(() => removed.provider.isSynced, { what: "reader synced" });
    const closed = new Promise<string>((resolve) => removed.provider.on("close", ({ event }: { event: { reason: string } }) => resolve(event.reason)));
    await db().membership.delete({ where: { groupId_userId: { groupId, userId: reader.id } } });
    // No explicit refresh: the periodic re-check picks it up within seconds.
    expect(await closed).toBe("permission-denied");
    await addMember(groupId, reader.id, "participant");
  });

  it("a public link lets a guest read live, read-only; revoking it disconnects them", async () => {
    const participant = await createUser();
    await addMember(groupId, participant.id, "participant");
    await expect(createPublicLink(userActor(participant), documentId)).rejects.toMatchObject({ status: 403 });
    const stranger = await createUser();
    await expect(createPublicLink(userActor(stranger), documentId)).rejects.toMatchObject({ status: 404 });

    const { path } = await createPublicLink(userActor(owner), documentId);
    const secret = path.split("/").pop()!;
    expect(await findDocumentByPublicLink(secret)).toBe(documentId);
    expect((await getDocument(ANONYMOUS, documentId, { publicLink: secret })).title).toBeTruthy();
    await expect(getDocument(ANONYMOUS, documentId, { publicLink: "x".repeat(32) })).rejects.toMatchObject({ status: 404 });
    await expect(getDocument(ANONYMOUS, documentId)).rejects.toMatchObject({ status: 404 });

    const owners = connect(createCollabToken(owner.id));
    const guest = connect(createGuestCollabToken(documentId, hashSecret(secret)));
    await waitFor(() => owners.provider.isSynced && guest.provider.isSynced, { what: "guest synced" });
    typeInto(guest.provider.document, " GUEST-FORGERY");
    typeInto(owners.provider.document, " seen-by-guest");
    await waitFor(() => textOf(guest.provider.document).includes("seen-by-guest"), { what: "guest sees live edit" });
    await waitFor(() => !owners.provider.hasUnsyncedChanges, { what: "owner ack" });
    expect((await readStoredPaper(documentId)).textContent).not.toContain("GUEST-FORGERY");

    const closed = new Promise<string>((resolve) => guest.provider.on("close", ({ event }: { event: { reason: string } }) => resolve(event.reason)));
    await revokePublicLink(userActor(owner), documentId);
    await harness.collab.refreshAccess(groupId);
    expect(await closed).toBe("permission-denied");
    expect(await findDocumentByPublicLink(secret)).toBeNull();
  });
});
