import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listStances } from "@/lib/claims";
import { flagContent, hideContent, restoreContent } from "@/lib/moderation";
import { annotate, claimsSuite, rejection, replyTo, type ClaimsWorld } from "../support/claims-helpers";

describe("hide and restore", () => {
  let world: ClaimsWorld;
  claimsSuite((ready) => (world = ready));

  const auditOf = (targetId: string) => db().auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });
  const inboxOf = (userId: string, annotationId: string) => db().inboxItem.findMany({ where: { userId, annotationId }, orderBy: { createdAt: "asc" } });

  it("hides an annotation with a reason: audited, flags resolved, author told, content kept", async () => {
    const claim = await annotate(world.documentId, world.participant, { body: "Scores are *always* fair." });
    await flagContent(world.other, { targetType: "annotation", targetId: claim.id, reason: "Trolling." });

    const state = await hideContent(world.moderator, "annotation", claim.id, { reason: "Trolling, see the group rules." });
    expect(state).toMatchObject({ targetType: "annotation", targetId: claim.id, annotationId: claim.id, documentId: world.documentId, hidden: true, hiddenReason: "Trolling, see the group rules." });

    const row = await db().annotation.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ body: "Scores are *always* fair.", quote: claim.quote, hiddenById: world.moderator.userId, hiddenReason: "Trolling, see the group rules." });
    expect(row.hiddenAt).toBeInstanceOf(Date);

    expect(await auditOf(claim.id)).toMatchObject([
      { groupId: world.groupId, actorId: world.moderator.userId, action: "annotation.hidden", data: { reason: "Trolling, see the group rules.", documentId: world.documentId } },
    ]);
    expect(await db().flag.findMany({ where: { targetId: claim.id } })).toMatchObject([{ resolvedAt: expect.any(Date) }]);
    expect(await inboxOf(world.participant.userId, claim.id)).toMatchObject([
      { kind: "hidden", documentId: world.documentId, replyId: null, actorId: world.moderator.userId, data: { targetType: "annotation", reason: "Trolling, see the group rules." } },
    ]);

    // Gone for other members, still there for moderators and for its author.
    expect((await rejection(listStances(world.other, claim.id))).status).toBe(404);
    expect((await rejection(listStances(world.viewer, claim.id))).status).toBe(404);
    await listStances(world.moderator, claim.id);
    await listStances(world.participant, claim.id);
  });

  it("restores a hidden annotation: audited, visible again", async () => {
    const claim = await annotate(world.documentId, world.participant);
    await hideContent(world.owner, "annotation", claim.id, { reason: "Checking a complaint." });
    expect(await restoreContent(world.moderator, "annotation", claim.id)).toMatchObject({ hidden: false, hiddenAt: null, hiddenReason: null });
    expect(await db().annotation.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ hiddenAt: null, hiddenById: null, hiddenReason: null });
    expect((await auditOf(claim.id)).map((event) => [event.action, event.actorId])).toEqual([
      ["annotation.hidden", world.owner.userId],
      ["annotation.restored", world.moderator.userId],
    ]);
    // The inbox has no "restored" kind yet: the author hears of the hiding only.
    expect((await inboxOf(world.participant.userId, claim.id)).map((item) => item.kind)).toEqual(["hidden"]);
    await listStances(world.other, claim.id);
  });

  it("needs a reason to hide (422) and refuses repeats (409), changing nothing", async () => {
    const annotation = await annotate(world.documentId, world.other, { kind: "comment" });
    for (const input of [{}, { reason: "" }, { reason: "  " }, { reason: "x".repeat(501) }]) {
      expect((await rejection(hideContent(world.moderator, "annotation", annotation.id, input))).fields.reason).toBeDefined();
    }
    expect(await db().annotation.findUniqueOrThrow({ where: { id: annotation.id } })).toMatchObject({ hiddenAt: null });
    expect(await rejection(restoreContent(world.moderator, "annotation", annotation.id))).toMatchObject({ status: 409, code: "not_hidden" });
    await hideContent(world.moderator, "annotation", annotation.id, { reason: "Spam." });
    expect(await rejection(hideContent(world.owner, "annotation", annotation.id, { reason: "Spam!" }))).toMatchObject({ status: 409, code: "already_hidden" });
    expect(await auditOf(annotation.id)).toHaveLength(1);
  });

  it("lets only moderators and owners hide and restore: members 403, non-members 404", async () => {
    const annotation = await annotate(world.documentId, world.other, { kind: "question" });
    const reply = await replyTo(annotation.id, world.other);
    for (const [type, id] of [["annotation", annotation.id], ["reply", reply.id]] as const) {
      for (const who of ["participant", "viewer", "other"] as const) {
        expect((await rejection(hideContent(world[who], type, id, { reason: "Mine to hide?" }))).status).toBe(403);
        expect((await rejection(restoreContent(world[who], type, id))).status).toBe(403);
      }
      expect((await rejection(hideContent(world.stranger, type, id, { reason: "No." }))).status).toBe(404);
      expect((await rejection(restoreContent(world.stranger, type, id))).status).toBe(404);
    }
    expect((await rejection(hideContent(world.moderator, "reply", "cl0000000000000000000000", { reason: "Gone." }))).status).toBe(404);
    expect(await auditOf(annotation.id)).toHaveLength(0);
  });

  it("can never hide a private annotation: moderators and owners do not see one", async () => {
    const secret = await annotate(world.documentId, world.participant, { visibility: "private" });
    const reply = await replyTo(secret.id, world.participant);
    for (const who of ["moderator", "owner"] as const) {
      expect((await rejection(hideContent(world[who], "annotation", secret.id, { reason: "Peek." }))).status).toBe(404);
      expect((await rejection(hideContent(world[who], "reply", reply.id, { reason: "Peek." }))).status).toBe(404);
    }
  });

  it("hides and restores a reply: audited, its author told, hidden from other members, kept", async () => {
    const annotation = await annotate(world.documentId, world.owner, { kind: "comment" });
    const reply = await replyTo(annotation.id, world.other, "You are all idiots.");
    await flagContent(world.participant, { targetType: "reply", targetId: reply.id });

    expect(await hideContent(world.moderator, "reply", reply.id, { reason: "Personal attack." })).toMatchObject({ targetType: "reply", targetId: reply.id, annotationId: annotation.id, hidden: true });
    expect(await db().reply.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ body: "You are all idiots.", hiddenById: world.moderator.userId, hiddenReason: "Personal attack." });
    expect(await db().flag.count({ where: { targetId: reply.id, resolvedAt: null } })).toBe(0);
    expect(await inboxOf(world.other.userId, annotation.id)).toMatchObject([{ kind: "hidden", replyId: reply.id, data: { targetType: "reply", reason: "Personal attack." } }]);
    // The annotation's own author is not the one told: the reply's author is.
    expect(await inboxOf(world.owner.userId, annotation.id)).toHaveLength(0);
    // A hidden reply is out of reach for other members, not for its author.
    expect((await rejection(flagContent(world.viewer, { targetType: "reply", targetId: reply.id }))).status).toBe(404);
    expect(await rejection(flagContent(world.other, { targetType: "reply", targetId: reply.id }))).toMatchObject({ status: 409, code: "already_hidden" });

    await restoreContent(world.moderator, "reply", reply.id);
    expect(await db().reply.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ hiddenAt: null });
    expect(await auditOf(reply.id)).toMatchObject([
      { action: "reply.hidden", groupId: world.groupId, data: { reason: "Personal attack.", annotationId: annotation.id } },
      { action: "reply.restored", groupId: world.groupId },
    ]);
  });

  it("does not notify moderators about hiding their own annotation", async () => {
    const own = await annotate(world.documentId, world.moderator, { kind: "comment" });
    await hideContent(world.moderator, "annotation", own.id, { reason: "Posted by mistake." });
    expect(await inboxOf(world.moderator.userId, own.id)).toHaveLength(0);
    expect(await auditOf(own.id)).toHaveLength(1);
  });
});
