import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { deleteAccount, FORMER_MEMBER_NAME, getAccount, listGroupsBlockingDeletion, scrubbedEmail } from "@/lib/accounts";
import { authenticateApiToken } from "@/lib/auth/authenticate-api-token";
import { authenticateCredentials } from "@/lib/auth/authenticate-credentials";
import { signUp } from "@/lib/auth/sign-up";
import { listDocuments } from "@/lib/documents";
import { addMember, createGroup, createUser, importPaper, makeAuthor, TEST_PASSWORD } from "../support/factories";
import { annotationRow, createTokenFor, failureOf, importPaperAs, sessionActor, tokenActor } from "../support/accounts-helpers";

describe("delete my account", () => {
  afterAll(disconnectDb);

  it("keeps the user row scrubbed and group content attributed to it; removes memberships, author roles, private annotations and the inbox; revokes tokens", async () => {
    const user = await createUser({ name: "Dora Delete" });
    const owner = await createUser();
    const group = await createGroup();
    await addMember(group.id, owner.id, "owner");
    await addMember(group.id, user.id, "moderator");
    const paper = await importPaperAs(user, group.id, "Dora's paper");
    const other = await importPaper(group.id);
    await makeAuthor(other.id, user.id);
    const tokens = [await createTokenFor(user, "one"), await createTokenFor(user, "two")];
    const shared = await annotationRow(user, other.id, "group");
    const secret = await annotationRow(user, other.id, "private");
    const ownersNote = await annotationRow(owner, other.id, "group");
    await db().reply.create({ data: { annotationId: ownersNote.id, authorId: user.id, body: "A reply for the group" } });
    await db().reply.create({ data: { annotationId: secret.id, authorId: user.id, body: "A note to self" } });
    await db().claimStance.create({ data: { annotationId: ownersNote.id, userId: user.id, value: "contested", reason: "Because." } });
    await db().inboxItem.create({ data: { userId: user.id, kind: "reply", annotationId: ownersNote.id } });

    await deleteAccount(sessionActor(user), user.id, { password: TEST_PASSWORD });

    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ email: scrubbedEmail(user.id), name: FORMER_MEMBER_NAME, passwordHash: "" });
    expect(row.email).toBe(`deleted-${user.id}@deleted.invalid`);
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(await db().membership.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().documentRole.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    for (const { secret } of tokens) expect(await authenticateApiToken(secret)).toBeNull();

    // Group content stays, attributed to the scrubbed row ("former member").
    const kept = await db().document.findUniqueOrThrow({ where: { id: paper.id }, select: { createdBy: { select: { name: true } } } });
    expect(kept.createdBy?.name).toBe(FORMER_MEMBER_NAME);
    expect((await listDocuments(sessionActor(owner))).items.map((d) => d.id)).toEqual(expect.arrayContaining([paper.id, other.id]));
    const keptNote = await db().annotation.findUniqueOrThrow({ where: { id: shared.id }, select: { author: { select: { name: true } } } });
    expect(keptNote.author?.name).toBe(FORMER_MEMBER_NAME);
    expect(await db().reply.count({ where: { authorId: user.id, annotationId: ownersNote.id } })).toBe(1);
    expect(await db().claimStance.count({ where: { userId: user.id } })).toBe(1);

    // What only they could see is gone: the private annotation (and the reply under it), the inbox.
    expect(await db().annotation.findUnique({ where: { id: secret.id } })).toBeNull();
    expect(await db().reply.count({ where: { annotationId: secret.id } })).toBe(0);
    expect(await db().inboxItem.count({ where: { userId: user.id } })).toBe(0);

    // Signed out for good: no sign-in, no account; the email is free for a new account.
    expect(await authenticateCredentials({ email: user.email, password: TEST_PASSWORD })).toBeNull();
    expect(await failureOf(() => getAccount(sessionActor(user), user.id))).toMatchObject({ status: 404 });
    expect(await signUp({ email: user.email, password: "a fresh password", name: "New Dora" })).toMatchObject({ email: user.email });
  });

  it("a token may not delete the account (403), and nothing changes", async () => {
    const user = await createUser();
    const failure = await failureOf(() => deleteAccount(tokenActor(user), user.id, { password: TEST_PASSWORD }));
    expect(failure).toMatchObject({ status: 403, code: "forbidden" });
    expect(failure.message).toMatch(/cannot delete the account/);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull();
  });

  it("needs the current password: a wrong one is a 422 on password; none is a 422 too", async () => {
    const user = await createUser();
    const wrong = await failureOf(() => deleteAccount(sessionActor(user), user.id, { password: "not it" }));
    expect(wrong).toMatchObject({ status: 422, details: { fields: { password: "This is not your current password." } } });
    const missing = await failureOf(() => deleteAccount(sessionActor(user), user.id, {}));
    expect(missing.name).toBe("ZodError");
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull();
  });

  it("nobody deletes another account (404)", async () => {
    const user = await createUser();
    const victim = await createUser();
    expect(await failureOf(() => deleteAccount(sessionActor(user), victim.id, { password: TEST_PASSWORD }))).toMatchObject({ status: 404 });
    expect((await db().user.findUniqueOrThrow({ where: { id: victim.id } })).deletedAt).toBeNull();
  });

  it("the last owner of a group is refused (409) until another member is an owner", async () => {
    const user = await createUser();
    const member = await createUser();
    const group = await createGroup();
    const shared = await createGroup();
    await addMember(group.id, user.id, "owner");
    await addMember(group.id, member.id, "moderator");
    await addMember(shared.id, user.id, "owner");
    await addMember(shared.id, member.id, "owner");
    expect((await listGroupsBlockingDeletion(sessionActor(user), user.id)).map((g) => g.slug)).toEqual([group.slug]);

    const refused = await failureOf(() => deleteAccount(sessionActor(user), user.id, { password: TEST_PASSWORD }));
    expect(refused).toMatchObject({ status: 409, code: "last_owner", details: { groups: [{ slug: group.slug, name: group.name }] } });
    expect(refused.message).toContain(`last owner of “${group.name}”`);
    expect(await db().membership.count({ where: { userId: user.id } })).toBe(2);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull();

    await addMember(group.id, member.id, "owner");
    expect(await listGroupsBlockingDeletion(sessionActor(user), user.id)).toEqual([]);
    await deleteAccount(sessionActor(user), user.id, { password: TEST_PASSWORD });
    expect(await db().membership.findMany({ where: { groupId: { in: [group.id, shared.id] } }, select: { userId: true, role: true } })).toEqual([
      { userId: member.id, role: "owner" },
      { userId: member.id, role: "owner" },
    ]);
  });

  it("two co-owners deleting at once: one succeeds, the other is refused, the group keeps an owner", async () => {
    const [first, second] = [await createUser(), await createUser()];
    const group = await createGroup();
    await addMember(group.id, first.id, "owner");
    await addMember(group.id, second.id, "owner");
    const results = await Promise.allSettled([first, second].map((user) => deleteAccount(sessionActor(user), user.id, { password: TEST_PASSWORD })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { status: 409 } });
    expect(await db().membership.count({ where: { groupId: group.id, role: "owner" } })).toBe(1);
  });
});
