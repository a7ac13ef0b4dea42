import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getDocument, setDocumentAuthor } from "@/lib/documents";
import { addMember, createGroup, createUser, importPaper } from "../support/factories";

const asActor = (user: { id: string; name: string }): Actor => ({ kind: "user", userId: user.id, name: user.name, color: "#000", via: "session" });

describe("per-document author role", () => {
  let documentId: string;
  let owner: { id: string; name: string };
  let member: { id: string; name: string };
  let moderator: { id: string; name: string };
  let stranger: { id: string; name: string };

  beforeAll(async () => {
    const group = await createGroup();
    [owner, member, moderator, stranger] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    await addMember(group.id, owner.id, "owner");
    await addMember(group.id, member.id, "participant");
    await addMember(group.id, moderator.id, "moderator");
    documentId = (await importPaper(group.id)).id;
  });
  afterAll(disconnectDb);

  it("an owner makes a participant an author, who may then revise the text; and takes it back", async () => {
    expect((await getDocument(asActor(member), documentId)).canEditText).toBe(false);
    await setDocumentAuthor(asActor(owner), documentId, member.id, true);
    expect((await getDocument(asActor(member), documentId)).canEditText).toBe(true);
    await setDocumentAuthor(asActor(owner), documentId, member.id, false);
    expect((await getDocument(asActor(member), documentId)).canEditText).toBe(false);
  });

  it("refuses moderators (403), strangers (404) and non-members as authors (422)", async () => {
    await expect(setDocumentAuthor(asActor(moderator), documentId, member.id, true)).rejects.toMatchObject({ status: 403 });
    await expect(setDocumentAuthor(asActor(stranger), documentId, member.id, true)).rejects.toMatchObject({ status: 404 });
    await expect(setDocumentAuthor(asActor(owner), documentId, stranger.id, true)).rejects.toMatchObject({ status: 422 });
  });
});
