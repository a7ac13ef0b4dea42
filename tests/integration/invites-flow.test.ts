import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { db, disconnectDb } from "@/lib/db";
import { createInvite, getGroup, listAuditEvents, listInvites, previewInvite, redeemInvite, revokeInvite } from "@/lib/groups";
import { actorFor, expireInvite, failure, groupWith, inviteToken, newActor, resetRateLimits, roleOf } from "../support/groups-helpers";
import { createUser } from "../support/factories";

const ADDRESS = "198.51.100.7";

describe("invite links", () => {
  beforeEach(() => resetRateLimits());
  afterAll(disconnectDb);

  it("creates a link whose secret is shown once and stored only as a SHA-256 hash", async () => {
    const { owner, group, slug } = await groupWith();
    const created = await createInvite(owner, slug, { role: "moderator", expiresInDays: 3, maxUses: 5 });
    expect(created.token).toMatch(/^inv_[A-Za-z0-9_-]{43}$/);
    expect(created.path).toBe(`/invite/${created.token}`);
    expect(created.invite).toMatchObject({ role: "moderator", status: "active", uses: 0, maxUses: 5, createdBy: "Owner" });
    expect(new Date(created.invite.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 2.9 * 86_400_000);

    const row = await db().invite.findFirstOrThrow({ where: { groupId: group.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(4));
    const listed = await listInvites(owner, slug);
    expect(listed.items).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(created.token.slice(4));
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
  });

  it("lets a new user join with the offered role, and records it for the owners", async () => {
    const { owner, group, slug } = await groupWith();
    const token = await inviteToken(owner, slug, { role: "participant" });
    const guest = await newActor("Guest");

    expect(await previewInvite(guest, token)).toMatchObject({ status: "active", role: "participant", group: { slug, name: group.name }, memberRole: null });
    const result = await redeemInvite(guest, token, ADDRESS);
    expect(result).toMatchObject({ outcome: "joined", role: "participant", group: { slug, url: `/groups/${slug}` } });
    expect(result.message).toContain("joined");
    expect(await roleOf(group.id, guest.userId)).toBe("participant");
    expect((await getGroup(guest, slug)).myRole).toBe("participant");
    expect((await listInvites(owner, slug)).items[0].uses).toBe(1);

    const trail = await listAuditEvents(owner, slug);
    const joined = trail.items.find((event) => event.action === "member.joined")!;
    expect(joined).toMatchObject({ actor: { id: guest.userId, name: "Guest" }, target: { id: guest.userId }, data: { role: "participant" } });
    expect(joined.summary).toBe("Guest joined as a participant through an invite link.");
    expect(trail.items.map((event) => event.action)).toEqual(["member.joined", "invite.created", "group.created"]);
  });

  it("refuses an expired link with 410 and grants nothing", async () => {
    const { owner, group, slug } = await groupWith();
    const token = await inviteToken(owner, slug, { expiresInDays: 1 });
    await expireInvite(token);
    const guest = await newActor();
    expect(await failure(redeemInvite(guest, token, ADDRESS))).toMatchObject({ status: 410, code: "invite_expired" });
    expect(await roleOf(group.id, guest.userId)).toBeNull();
    expect((await listInvites(owner, slug)).items[0]).toMatchObject({ status: "expired", uses: 0 });
    expect((await previewInvite(guest, token))?.status).toBe("expired");
  });

  it("stops admitting people once the maximum number of uses is reached", async () => {
    const { owner, group, slug } = await groupWith();
    const token = await inviteToken(owner, slug, { maxUses: 2 });
    const [a, b, c] = [await newActor(), await newActor(), await newActor()];
    await redeemInvite(a, token, ADDRESS);
    await redeemInvite(b, token, ADDRESS);
    const error = await failure(redeemInvite(c, token, ADDRESS));
    expect(error).toMatchObject({ status: 410, code: "invite_used_up" });
    expect(error.message).toMatch(/used as many times/);
    expect(await roleOf(group.id, c.userId)).toBeNull();
    expect((await listInvites(owner, slug)).items[0]).toMatchObject({ status: "used-up", uses: 2, maxUses: 2 });
  });

  it("grants a single-use link once when two people redeem it at the same moment", async () => {
    const { owner, group, slug } = await groupWith();
    const token = await inviteToken(owner, slug, { maxUses: 1 });
    const [a, b] = [await newActor(), await newActor()];
    const results = await Promise.allSettled([redeemInvite(a, token, ADDRESS), redeemInvite(b, token, ADDRESS)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ status: 410, code: "invite_used_up" });
    expect(await db().membership.count({ where: { groupId: group.id, userId: { in: [a.userId, b.userId] } } })).toBe(1);
    expect((await db().invite.findFirstOrThrow({ where: { groupId: group.id } })).uses).toBe(1);
  });

  it("admits exactly maxUses people out of many concurrent redemptions", async () => {
    const { owner, group, slug } = await groupWith();
    const token = await inviteToken(owner, slug, { maxUses: 3 });
    const guests = await Promise.all(Array.from({ length: 8 }, () => newActor()));
    const results = await Promise.allSettled(guests.map((guest) => redeemInvite(guest, token, ADDRESS)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(await db().membership.count({ where: { groupId: group.id, role: "participant" } })).toBe(3);
    expect((await db().invite.findFirstOrThrow({ where: { groupId: group.id } })).uses).toBe(3);
  });

  it("revokes a link at once (owners only), and records it", async () => {
    const { owner, group, slug, members } = await groupWith(["moderator"]);
    const created = await createInvite(owner, slug, { role: "viewer" });
    const outsider = await newActor();
    expect(await failure(revokeInvite(members.moderator!, slug, created.invite.id))).toMatchObject({ status: 403 });
    expect(await failure(revokeInvite(outsider, slug, created.invite.id))).toMatchObject({ status: 404 });

    expect((await revokeInvite(owner, slug, created.invite.id)).status).toBe("revoked");
    // Revoking twice is harmless and records nothing more.
    expect((await revokeInvite(owner, slug, created.invite.id)).status).toBe("revoked");
    expect(await failure(redeemInvite(outsider, created.token, ADDRESS))).toMatchObject({ status: 410, code: "invite_revoked" });
    expect(await roleOf(group.id, outsider.userId)).toBeNull();
    const revocations = (await listAuditEvents(owner, slug)).items.filter((event) => event.action === "invite.revoked");
    expect(revocations).toHaveLength(1);
    expect(revocations[0].summary).toBe("Owner revoked an invite link for viewers.");
    expect(await failure(revokeInvite(owner, slug, "no-such-invite"))).toMatchObject({ status: 404, code: "invite_not_found" });
  });

  it("keeps the higher role of a member and says so; a lower role is raised", async () => {
    const { owner, group, slug, members } = await groupWith(["moderator", "viewer"]);
    const token = await inviteToken(owner, slug, { role: "participant", maxUses: 1 });

    const kept = await redeemInvite(members.moderator!, token, ADDRESS);
    expect(kept).toMatchObject({ outcome: "already-member", role: "moderator" });
    expect(kept.message).toBe(`You are already a moderator of ${group.name}; you keep that role.`);
    expect(await roleOf(group.id, members.moderator!.userId)).toBe("moderator");
    // Nothing was granted, so nothing was used up.
    expect((await listInvites(owner, slug)).items[0].uses).toBe(0);

    const raised = await redeemInvite(members.viewer!, token, ADDRESS);
    expect(raised).toMatchObject({ outcome: "upgraded", role: "participant" });
    expect(await roleOf(group.id, members.viewer!.userId)).toBe("participant");
    const change = (await listAuditEvents(owner, slug)).items.find((event) => event.action === "member.role-changed")!;
    expect(change.data).toMatchObject({ from: "viewer", to: "participant" });
    expect(change.summary).toBe("Viewer became a participant (was viewer) through an invite link.");
  });

  it("answers 404 for a link that is not an invite, and 401 when signed out", async () => {
    const guest = await newActor();
    expect(await failure(redeemInvite(guest, `inv_${"A".repeat(43)}`, ADDRESS))).toMatchObject({ status: 404, code: "invite_not_found" });
    expect(await failure(redeemInvite(guest, "not-a-token", ADDRESS))).toMatchObject({ status: 404 });
    expect(await previewInvite(guest, "not-a-token")).toBeNull();
    expect(await failure(redeemInvite({ kind: "anonymous" }, `inv_${"A".repeat(43)}`, ADDRESS))).toMatchObject({ status: 401 });
  });

  it("limits redemption attempts per client address (429 with a retry delay)", async () => {
    const guest = await newActor();
    const bogus = `inv_${"B".repeat(43)}`;
    for (let i = 0; i < 30; i++) await failure(redeemInvite(guest, bogus, "203.0.113.9"));
    const limited = (await failure(redeemInvite(guest, bogus, "203.0.113.9"))) as unknown as { status: number; code: string; details: { retryAfterSeconds: number } };
    expect(limited).toMatchObject({ status: 429, code: "rate_limited" });
    expect(limited.details.retryAfterSeconds).toBeGreaterThan(0);
    // Another address is not affected; a real link still works from there.
    const { owner, slug } = await groupWith();
    const token = await inviteToken(owner, slug);
    expect((await redeemInvite(guest, token, "203.0.113.10")).outcome).toBe("joined");
  });

  it("lets only owners create and list links, and validates the input", async () => {
    const { owner, slug, members } = await groupWith(["moderator", "participant"]);
    const outsider = actorFor(await createUser());
    expect(await failure(createInvite(members.moderator!, slug, {}))).toMatchObject({ status: 403, code: "forbidden" });
    expect(await failure(createInvite(members.participant!, slug, {}))).toMatchObject({ status: 403 });
    expect(await failure(createInvite(outsider, slug, {}))).toMatchObject({ status: 404, code: "not_found" });
    expect(await failure(listInvites(members.participant!, slug))).toMatchObject({ status: 403 });
    expect(await failure(listInvites(outsider, slug))).toMatchObject({ status: 404 });
    await expect(createInvite(owner, slug, { role: "admin" })).rejects.toThrow(/owner, moderator/);
    await expect(createInvite(owner, slug, { maxUses: 0 })).rejects.toThrow(/At least one use/);
    const forever = await createInvite(owner, slug, { role: "viewer", expiresInDays: null });
    expect(forever.invite).toMatchObject({ expiresAt: null, maxUses: null, role: "viewer" });
  });
});
