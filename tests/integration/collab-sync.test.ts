import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { db, disconnectDb } from "@/lib/db";
import { createCollabToken } from "@/lib/auth/collab-token";
import { PAPER_FIELD, readStoredPaper } from "@/lib/collab/document-state";
import { addMember, createGroup, createUser, importPaper, makeAuthor } from "../support/factories";
import { connectClient, startCollabHarness, waitFor, type TestClient } from "../support/collab-harness";

/** Appends text at the end of the paper's first paragraph, as a typing user would. */
function typeInto(doc: Y.Doc, text: string) {
  const fragment = doc.getXmlFragment(PAPER_FIELD);
  const firstBlock = fragment.get(0) as Y.XmlElement;
  const textNode = firstBlock.get(0) as Y.XmlText;
  textNode.insert(textNode.length, text);
}

function paperText(doc: Y.Doc) {
  return doc.getXmlFragment(PAPER_FIELD).toString();
}

describe("live document over Hocuspocus", () => {
  let harness: Awaited<ReturnType<typeof startCollabHarness>>;
  const clients: TestClient[] = [];
  let documentId: string;
  let authorToken: string;
  let ownerToken: string;
  let readerToken: string;
  let strangerToken: string;

  beforeAll(async () => {
    harness = await startCollabHarness();
    const group = await createGroup();
    const [author, owner, reader, stranger] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    await addMember(group.id, author.id, "participant");
    await addMember(group.id, owner.id, "owner");
    await addMember(group.id, reader.id, "participant");
    const paper = await importPaper(group.id);
    documentId = paper.id;
    await makeAuthor(documentId, author.id);
    authorToken = createCollabToken(author.id);
    ownerToken = createCollabToken(owner.id);
    readerToken = createCollabToken(reader.id);
    strangerToken = createCollabToken(stranger.id);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await harness.close();
    await disconnectDb();
  });

  function connect(token: string, name = documentId) {
    const client = connectClient({ port: harness.port, documentId: name, token });
    clients.push(client);
    return client;
  }

  it("two editors converge, and every update is in the database", async () => {
    const author = connect(authorToken);
    const owner = connect(ownerToken);
    await waitFor(() => author.provider.isSynced && owner.provider.isSynced, { what: "both synced" });

    typeInto(author.provider.document, " Typed by the author.");
    typeInto(owner.provider.document, " Typed by the owner.");
    await waitFor(() => paperText(author.provider.document) === paperText(owner.provider.document) && paperText(owner.provider.document).includes("Typed by the author") && paperText(author.provider.document).includes("Typed by the owner"), { what: "convergence" });
    await waitFor(() => !author.provider.hasUnsyncedChanges && !owner.provider.hasUnsyncedChanges, { what: "acknowledgements" });

    const stored = (await readStoredPaper(documentId)).textContent;
    expect(stored).toContain("Typed by the author.");
    expect(stored).toContain("Typed by the owner.");
  });

  it("a reader's connection is read-only on the server: its edit reaches no one and is not stored", async () => {
    const author = connect(authorToken);
    const reader = connect(readerToken);
    await waitFor(() => author.provider.isSynced && reader.provider.isSynced, { what: "both synced" });
    const rowsBefore = await db().yUpdate.count({ where: { documentId } });

    typeInto(reader.provider.document, " FORGED BY READER");
    // A later edit by the author proves the pipe is flowing when we look.
    typeInto(author.provider.document, " Author again.");
    await waitFor(() => paperText(reader.provider.document).includes("Author again."), { what: "author edit at reader" });
    await waitFor(() => !author.provider.hasUnsyncedChanges, { what: "author ack" });

    expect(paperText(author.provider.document)).not.toContain("FORGED BY READER");
    const stored = (await readStoredPaper(documentId)).textContent;
    expect(stored).not.toContain("FORGED BY READER");
    expect(stored).toContain("Author again.");
    expect(await db().yUpdate.count({ where: { documentId } })).toBeGreaterThan(rowsBefore);
  });

  it("refuses a non-member, a bad token and an unknown document, closing only that connection", async () => {
    const stranger = connect(strangerToken);
    expect(await stranger.authFailed).toBeTruthy();
    const forged = connect("not-a-token");
    expect(await forged.authFailed).toBeTruthy();
    const unknown = connect(authorToken, "doesnotexist00000000000");
    expect(await unknown.authFailed).toBeTruthy();

    const author = connect(authorToken);
    await waitFor(() => author.provider.isSynced, { what: "author still served" });
  });
});
