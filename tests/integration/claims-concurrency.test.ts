import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { getClaimSummary, setStance } from "@/lib/claims";
import { addMember, createUser } from "../support/factories";
import { actorFor, type UserActor } from "../support/groups-helpers";
import { annotate, claimsWorld } from "../support/claims-helpers";

describe("claim stances under concurrency", () => {
  let world: Awaited<ReturnType<typeof claimsWorld>>;
  let members: UserActor[];
  beforeAll(async () => {
    world = await claimsWorld();
    members = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const user = await createUser({ name: `Seminarian ${i}` });
        await addMember(world.groupId, user.id, "participant");
        return actorFor(user);
      }),
    );
  });
  afterAll(disconnectDb);

  it("Fifty members setting stances on one claim at once end with exact counts", async () => {
    const claim = await annotate(world.documentId, world.owner);
    const side = (i: number, flip: boolean) => ((i % 2 === 0) !== flip ? "supported" : "contested");

    await Promise.all(members.map((member, i) => setStance(member, claim.id, { value: side(i, false), reason: `First take ${i}` })));
    expect(await getClaimSummary(world.owner, claim.id)).toMatchObject({ status: "disputed", counts: { supported: 25, contested: 25 } });

    // Everyone changes sides at once; every even member also sends a duplicate of its change.
    await Promise.all([
      ...members.map((member, i) => setStance(member, claim.id, { value: side(i, true), reason: `Second take ${i}` })),
      ...members.filter((_, i) => i % 2 === 0).map((member, i) => setStance(member, claim.id, { value: "contested", reason: `Second take ${i * 2}` })),
    ]);
    expect(await getClaimSummary(world.owner, claim.id)).toMatchObject({ status: "disputed", counts: { supported: 25, contested: 25 } });

    const rows = await db().claimStance.findMany({ where: { annotationId: claim.id }, select: { userId: true, value: true, reason: true } });
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((row) => row.userId)).size).toBe(50);
    const byUser = new Map(rows.map((row) => [row.userId, row]));
    members.forEach((member, i) => expect(byUser.get(member.userId)).toMatchObject({ value: side(i, true), reason: `Second take ${i}` }));
  });
});
