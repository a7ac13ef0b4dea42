import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { flagContent, hideContent, listFlags, restoreContent } from "@/lib/moderation";
import { annotate, claimsSuite, claimsWorld, rejection, replyTo, type ClaimsWorld } from "../support/claims-helpers";

describe("flags", () => {
  let world: ClaimsWorld;
  claimsSuite((ready) => (world = ready));

  it("lets members who may annotate flag an annotation or a reply, once each", async () => {
    const annotation = await annotate(world.documentId, world.other, { kind: "comment", body: "Everyone who disagrees is a fool." });
    const reply = await replyTo(annotation.id, world.other);
    const receipt = await flagContent(world.participant, { targetType: "annotation", targetId: annotation.id, reason: "Insulting." });
    expect(receipt).toMatchObject({ targetType: "annotation", targetId: annotation.id, documentId: world.documentId, reason: "Insulting." });
    expect(await flagContent(world.moderator, { targetType: "annotation", targetId: annotation.id })).toMatchObject({ reason: null });
    expect(await flagContent(world.participant, { targetType: "reply", targetId: reply.id, reason: "   " })).toMatchObject({ targetType: "reply", reason: null });
    expect(await rejection(flagContent(world.participant, { targetType: "annotation", targetId: annotation.id, reason: "Again." }))).toMatchObject({ status: 409, code: "already_flagged" });
    expect(await db().flag.count({ where: { targetId: annotation.id } })).toBe(2);
  });

  it("refuses viewers (403), non-members and unknown targets (404) and bad input (422)", async () => {
    const annotation = await annotate(world.documentId, world.other);
    const reply = await replyTo(annotation.id, world.other);
    for (const targetType of ["annotation", "reply"] as const) {
      const targetId = targetType === "annotation" ? annotation.id : reply.id;
      expect((await rejection(flagContent(world.viewer, { targetType, targetId }))).status).toBe(403);
      expect((await rejection(flagContent(world.stranger, { targetType, targetId }))).status).toBe(404);
      expect((await rejection(flagContent(world.participant, { targetType, targetId: "cl0000000000000000000000" }))).status).toBe(404);
    }
    expect((await rejection(flagContent(world.participant, { targetType: "annotation", targetId: annotation.id, reason: "x".repeat(501) }))).fields.reason).toMatch(/500/);
    expect((await rejection(flagContent(world.participant, { targetType: "document", targetId: annotation.id }))).fields.targetType).toBeDefined();
    expect((await rejection(flagContent(world.participant, {}))).status).toBe(422);
    expect(await db().flag.count({ where: { targetId: { in: [annotation.id, reply.id] } } })).toBe(0);
  });

  it("never touches private annotations: their author cannot flag them, nobody else can see them", async () => {
    const secret = await annotate(world.documentId, world.participant, { visibility: "private" });
    const reply = await replyTo(secret.id, world.participant);
    expect(await rejection(flagContent(world.participant, { targetType: "annotation", targetId: secret.id }))).toMatchObject({ status: 403, code: "private" });
    expect((await rejection(flagContent(world.participant, { targetType: "reply", targetId: reply.id }))).status).toBe(403);
    for (const who of ["owner", "moderator", "other"] as const) {
      expect((await rejection(flagContent(world[who], { targetType: "annotation", targetId: secret.id }))).status).toBe(404);
      expect((await rejection(flagContent(world[who], { targetType: "reply", targetId: reply.id }))).status).toBe(404);
    }
  });

  it("lists a document's open flags for moderators with an excerpt: 403 for members, 404 for non-members", async () => {
    // A paper of its own, so the queue holds only this test's flags.
    const fresh = await claimsWorld();
    const { documentId } = fresh;
    const annotation = await annotate(documentId, fresh.other, { body: "A  long\n\nbody ".repeat(40), quote: "Trust is built by institutions." });
    const reply = await replyTo(annotation.id, fresh.participant, "Short reply.");
    await flagContent(fresh.participant, { targetType: "annotation", targetId: annotation.id, reason: "Off topic." });
    await flagContent(fresh.owner, { targetType: "annotation", targetId: annotation.id });
    await flagContent(fresh.other, { targetType: "reply", targetId: reply.id, reason: "Rude." });

    const queue = await listFlags(fresh.moderator, documentId);
    expect(queue.nextCursor).toBeNull();
    expect(queue.items).toHaveLength(2);
    const [first, second] = queue.items;
    expect(first).toMatchObject({ targetType: "annotation", targetId: annotation.id, annotationId: annotation.id, kind: "claim", quote: "Trust is built by institutions.", hidden: false, author: { name: "Claims other" } });
    expect(first.excerpt.length).toBeLessThanOrEqual(280);
    expect(first.excerpt).toMatch(/^A long body A long body/);
    expect(first.flags.map((flag) => [flag.flaggedBy.name, flag.reason])).toEqual([
      ["Claims participant", "Off topic."],
      ["Claims owner", null],
    ]);
    expect(second).toMatchObject({ targetType: "reply", targetId: reply.id, annotationId: annotation.id, excerpt: "Short reply.", flags: [{ reason: "Rude." }] });
    expect((await listFlags(fresh.owner, documentId)).items).toHaveLength(2);

    for (const who of ["participant", "viewer"] as const) expect((await rejection(listFlags(fresh[who], documentId))).status).toBe(403);
    expect((await rejection(listFlags(fresh.stranger, documentId))).status).toBe(404);
  });

  it("resolves a target's flags when it is hidden, and a new flag after restoring reopens the member's own", async () => {
    const annotation = await annotate(world.documentId, world.other, { kind: "comment" });
    await flagContent(world.participant, { targetType: "annotation", targetId: annotation.id, reason: "Spam." });
    await hideContent(world.moderator, "annotation", annotation.id, { reason: "Spam." });
    expect(await db().flag.count({ where: { targetId: annotation.id, resolvedAt: null } })).toBe(0);
    expect((await listFlags(world.moderator, world.documentId)).items.map((item) => item.targetId)).not.toContain(annotation.id);
    expect(await rejection(flagContent(world.moderator, { targetType: "annotation", targetId: annotation.id }))).toMatchObject({ status: 409, code: "already_hidden" });

    await restoreContent(world.moderator, "annotation", annotation.id);
    expect(await flagContent(world.participant, { targetType: "annotation", targetId: annotation.id, reason: "Still spam." })).toMatchObject({ reason: "Still spam." });
    expect(await db().flag.findMany({ where: { targetId: annotation.id } })).toMatchObject([{ resolvedAt: null, reason: "Still spam." }]);
  });
});
