import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { EXPORT_FORMAT, exportMyData, type AccountExport } from "@/lib/accounts";
import { revokeApiToken } from "@/lib/auth/revoke-api-token";
import { addMember, createGroup, createUser, importPaper, makeAuthor } from "../support/factories";
import { annotationRow, createTokenFor, failureOf, importPaperAs, sessionActor, tokenActor } from "../support/accounts-helpers";

describe("download my data", () => {
  let user: Awaited<ReturnType<typeof createUser>>;
  let data: AccountExport;
  let secrets: string[];
  let groupSlug: string;
  let importedId: string;
  let authoredId: string;
  let revokedId: string;
  let noteId: string;

  beforeAll(async () => {
    user = await createUser({ name: "Eddie Export" });
    const stranger = await createUser({ name: "Someone Else" });
    const group = await createGroup();
    groupSlug = group.slug;
    const elsewhere = await createGroup();
    await addMember(group.id, user.id, "moderator");
    await addMember(elsewhere.id, user.id, "viewer");
    importedId = (await importPaperAs(user, group.id, "Eddie's own paper")).id;
    await importPaper(group.id, "Someone else's text.\n", "Not Eddie's paper");
    authoredId = (await importPaper(elsewhere.id, "Authored text.\n", "Eddie authors this")).id;
    await makeAuthor(authoredId, user.id);
    await db().invite.create({ data: { groupId: group.id, tokenHash: `hash-${user.id}`, role: "participant", createdById: user.id, maxUses: 3 } });
    const kept = await createTokenFor(user, "kept");
    const revoked = await createTokenFor(user, "revoked");
    revokedId = revoked.token.id;
    await revokeApiToken(sessionActor(user), user.id, revokedId);
    secrets = [kept.secret, revoked.secret];
    const note = await annotationRow(user, importedId, "private", "Only for me");
    const othersNote = await annotationRow(stranger, importedId, "group", "Not Eddie's words");
    await db().reply.create({ data: { annotationId: othersNote.id, authorId: user.id, body: "Eddie's reply" } });
    await db().claimStance.create({ data: { annotationId: othersNote.id, userId: user.id, value: "supported", reason: "Eddie agrees", evidence: [{ type: "url", url: "https://example.org" }] } });
    await db().reaction.create({ data: { targetType: "annotation", targetId: othersNote.id, userId: user.id, emoji: "👍" } });
    await db().flag.create({ data: { targetType: "annotation", targetId: othersNote.id, documentId: importedId, userId: user.id, reason: "Off topic" } });
    noteId = note.id;
    data = await exportMyData(sessionActor(user), user.id);
  });
  afterAll(disconnectDb);

  it("is a versioned document with the account (no password hash)", () => {
    expect(data).toMatchObject({ format: EXPORT_FORMAT, version: 1, account: { id: user.id, email: user.email, name: "Eddie Export" } });
    expect(Date.parse(data.exportedAt)).not.toBeNaN();
    expect(data.account).not.toHaveProperty("passwordHash");
  });

  it("holds memberships, author roles, imported papers with their text, invites and token metadata", () => {
    const sections = data.sections as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(sections).sort()).toEqual(["annotations", "apiTokens", "claimStances", "documentRoles", "documentsImported", "flags", "invitesCreated", "memberships", "reactions", "replies"]);
    expect(sections.memberships.map((m) => m.role).sort()).toEqual(["moderator", "viewer"]);
    expect(sections.memberships).toContainEqual(expect.objectContaining({ group: expect.objectContaining({ slug: groupSlug }), joinedAt: expect.any(String) }));
    expect(sections.documentRoles).toEqual([expect.objectContaining({ role: "author", document: { id: authoredId, title: "Eddie authors this", url: `/documents/${authoredId}` } })]);
    expect(sections.documentsImported).toHaveLength(1);
    expect(sections.documentsImported[0]).toMatchObject({ id: importedId, title: "Eddie's own paper", format: "text", group: { slug: groupSlug } });
    expect(sections.documentsImported[0].sourceText).toContain("Eddie's own paper: a first paragraph about trust.");
    expect(sections.invitesCreated).toEqual([expect.objectContaining({ role: "participant", maxUses: 3, uses: 0, revokedAt: null })]);
    expect(sections.apiTokens.map((t) => t.name).sort()).toEqual(["kept", "revoked"]);
    expect(sections.apiTokens.find((t) => t.id === revokedId)?.revokedAt).toEqual(expect.any(String));
  });

  it("holds what they wrote about papers: their annotations (private too), replies, stances, reactions, flags; never others' words", () => {
    const sections = data.sections as Record<string, Record<string, unknown>[]>;
    expect(sections.annotations).toEqual([expect.objectContaining({ id: noteId, body: "Only for me", visibility: "private", quote: "trust", document: { id: importedId, title: "Eddie's own paper" } })]);
    expect(sections.replies).toEqual([expect.objectContaining({ body: "Eddie's reply", createdAt: expect.any(String) })]);
    expect(sections.claimStances).toEqual([expect.objectContaining({ value: "supported", reason: "Eddie agrees", evidence: [{ type: "url", url: "https://example.org" }] })]);
    expect(sections.reactions).toEqual([expect.objectContaining({ emoji: "👍", targetType: "annotation" })]);
    expect(sections.flags).toEqual([expect.objectContaining({ reason: "Off topic", resolvedAt: null })]);
    expect(JSON.stringify(data)).not.toContain("Not Eddie's words");
  });

  it("never contains a secret or a hash", () => {
    const text = JSON.stringify(data);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/tokenHash|passwordHash|\$argon2/);
    expect(text).not.toContain(`hash-${user.id}`);
  });

  it("lists what the app does not record yet, so later capabilities add sections", () => {
    expect(data.notYetRecorded).toEqual(expect.arrayContaining(["arguments", "argumentRatings"]));
    for (const key of data.notYetRecorded) expect(data.sections).not.toHaveProperty(key);
  });

  it("works with a token (reading is allowed) and never for another account", async () => {
    expect((await exportMyData(tokenActor(user), user.id)).account.id).toBe(user.id);
    const other = await createUser();
    expect(await failureOf(() => exportMyData(sessionActor(user), other.id))).toMatchObject({ status: 404 });
  });
});
