import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { listClaims, setStance } from "@/lib/claims";
import type { UserActor } from "../support/groups-helpers";
import { annotate, claimsWorld, rejection, type ClaimsWorld } from "../support/claims-helpers";

describe("a document's claims", () => {
  let world: ClaimsWorld;
  const ids: Record<string, string> = {};

  async function stances(claimId: string, supported: UserActor[], contested: UserActor[]) {
    for (const member of supported) await setStance(member, claimId, { value: "supported", reason: "Convincing." });
    for (const member of contested) await setStance(member, claimId, { value: "contested", reason: "Not convincing." });
  }

  beforeAll(async () => {
    world = await claimsWorld();
    const { owner, moderator, participant, other } = world;
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes));
    // Reading order: oneSided, fresh (both in the first paragraph), balanced, leaning.
    ids.balanced = (await annotate(world.documentId, owner, { quote: "Ratings of people invite gaming", createdAt: at(1) })).id;
    ids.oneSided = (await annotate(world.documentId, owner, { quote: "Social credit scores shape behaviour", createdAt: at(3) })).id;
    ids.leaning = (await annotate(world.documentId, participant, { quote: "Does scoring ever help?", createdAt: at(2) })).id;
    ids.fresh = (await annotate(world.documentId, other, { quote: "Trust is built by institutions.", createdAt: at(4) })).id;
    ids.comment = (await annotate(world.documentId, owner, { kind: "comment", createdAt: at(5) })).id;
    await stances(ids.balanced, [owner, moderator], [participant, other]);
    await stances(ids.leaning, [owner, moderator, participant], [other]);
    await stances(ids.oneSided, [participant], []);
  });
  afterAll(disconnectDb);

  const order = async (actor: UserActor, sort?: string) => (await listClaims(actor, world.documentId, sort ? { sort } : {})).items.map((item) => item.id);

  it("sorts by contestedness (most contested first, the default), recency and position", async () => {
    const { participant } = world;
    expect(await order(participant)).toEqual([ids.balanced, ids.leaning, ids.oneSided, ids.fresh]);
    expect(await order(participant, "contested")).toEqual([ids.balanced, ids.leaning, ids.oneSided, ids.fresh]);
    expect(await order(participant, "recent")).toEqual([ids.fresh, ids.oneSided, ids.leaning, ids.balanced]);
    expect(await order(participant, "position")).toEqual([ids.oneSided, ids.fresh, ids.balanced, ids.leaning]);
  });

  it("gives each claim its status, counts and the caller's own stance, and lists claims only", async () => {
    const page = await listClaims(world.other, world.documentId, { sort: "position" });
    expect(page.nextCursor).toBeNull();
    const byId = new Map(page.items.map((item) => [item.id, item]));
    expect(byId.has(ids.comment)).toBe(false);
    expect(byId.get(ids.balanced)).toMatchObject({ kind: "claim", claim: { status: "disputed", supported: 2, contested: 2, myStance: "contested" }, hidden: null });
    expect(byId.get(ids.leaning)).toMatchObject({ claim: { status: "disputed", supported: 3, contested: 1, myStance: "contested" } });
    expect(byId.get(ids.oneSided)).toMatchObject({ claim: { status: "supported", supported: 1, contested: 0, myStance: null } });
    expect(byId.get(ids.fresh)).toMatchObject({ claim: { status: "unreviewed", supported: 0, contested: 0 }, author: { name: "Claims other" } });
  });

  it("shows a private claim to its author alone, never to owners or moderators", async () => {
    const secret = await annotate(world.documentId, world.participant, { visibility: "private", quote: "Trust is built by institutions." });
    expect(await order(world.participant)).toContain(secret.id);
    for (const who of ["owner", "moderator", "other", "viewer"] as const) expect(await order(world[who])).not.toContain(secret.id);
    await db().annotation.delete({ where: { id: secret.id } });
  });

  it("leaves a hidden claim out for members, not for moderators or its author", async () => {
    const hidden = await annotate(world.documentId, world.other, { quote: "Trust is built by institutions." });
    await db().annotation.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenById: world.moderator.userId, hiddenReason: "Duplicate." } });
    for (const who of ["participant", "viewer"] as const) expect(await order(world[who])).not.toContain(hidden.id);
    for (const who of ["owner", "moderator", "other"] as const) {
      const item = (await listClaims(world[who], world.documentId)).items.find((claim) => claim.id === hidden.id);
      expect(item).toMatchObject({ hidden: { reason: "Duplicate." } });
    }
    await db().annotation.delete({ where: { id: hidden.id } });
  });

  it("answers 404 to non-members and 422 to an unknown sort", async () => {
    expect((await rejection(listClaims(world.stranger, world.documentId))).status).toBe(404);
    expect(await rejection(listClaims(world.participant, world.documentId, { sort: "popular" }))).toMatchObject({ status: 422, fields: { sort: expect.any(String) } });
  });
});
