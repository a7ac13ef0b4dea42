import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { listArguments, mergeArgument, rateArgument } from "@/lib/debates";
import { toErrorResponse } from "@/lib/http/api-route";
import { addMember, createUser } from "../support/factories";
import { actorFor, type UserActor } from "../support/groups-helpers";
import { debatesWorld, type DebatesWorld } from "./debates-world";

async function outcome(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    return toErrorResponse(error).status;
  }
}

describe("debates under concurrency", () => {
  let w: DebatesWorld;
  let raters: UserActor[];
  beforeAll(async () => {
    w = await debatesWorld();
    raters = [];
    for (let i = 0; i < 50; i++) {
      const user = actorFor(await createUser({ name: `Rater ${i}` }));
      await addMember(w.groupId, user.userId, "participant");
      raters.push(user);
    }
  });
  afterAll(disconnectDb);

  it("50 members rating one argument at once are counted exactly, and re-rating at once changes no count", async () => {
    const q = await w.question();
    const arg = await w.argue(q.id, w.participant);
    await Promise.all(raters.map((rater, i) => rateArgument(rater, arg.id, { value: i % 5 })));
    await Promise.all(raters.map((rater) => rateArgument(rater, arg.id, { value: 4 })));
    await Promise.all(raters.slice(0, 10).map((rater) => rateArgument(rater, arg.id, { value: 0 })));
    expect(await db().argumentRating.count({ where: { argumentId: arg.id } })).toBe(50);
    const item = (await listArguments(w.viewer, q.id)).items.find((candidate) => candidate.id === arg.id)!;
    expect(item.rating).toMatchObject({ visible: true, count: 50, distribution: [10, 0, 0, 0, 40], mean: 3.2 });
  });

  it("two moderators merging the same pair at once: exactly one wins, the other gets 409", async () => {
    const secondModerator = actorFor(await createUser({ name: "Second moderator" }));
    await addMember(w.groupId, secondModerator.userId, "moderator");
    for (let round = 0; round < 5; round++) {
      const q = await w.question();
      const source = await w.argue(q.id, w.participant, { body: "Dup" });
      const target = await w.argue(q.id, w.other, { body: "Orig" });
      await w.argue(q.id, w.other, { parentId: source.id });
      const statuses = await Promise.all([outcome(mergeArgument(w.moderator, source.id, { targetId: target.id })), outcome(mergeArgument(secondModerator, source.id, { targetId: target.id }))]);
      expect(statuses.sort()).toEqual([200, 409]);
      expect(await db().argumentMerge.count({ where: { questionId: q.id } })).toBe(1);
      expect(await db().argument.count({ where: { questionId: q.id, parentId: target.id } })).toBe(1);
    }
  });

  it("two moderators merging a pair in opposite directions at once: one wins, nothing is lost", async () => {
    const q = await w.question();
    const a = await w.argue(q.id, w.participant);
    const b = await w.argue(q.id, w.other);
    const statuses = await Promise.all([outcome(mergeArgument(w.moderator, a.id, { targetId: b.id })), outcome(mergeArgument(w.owner, b.id, { targetId: a.id }))]);
    expect(statuses.sort()).toEqual([200, 409]);
    expect(await db().argument.count({ where: { questionId: q.id, status: "merged" } })).toBe(1);
    expect((await listArguments(w.viewer, q.id)).items).toHaveLength(1);
  });
});
