import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { listArguments, listFirstArguments, rateArgument } from "@/lib/debates";
import { countQueries } from "../support/groups-query-counter";
import { debatesWorld, type DebatesWorld } from "./debates-world";

/** The debate page's first render: a prefix of the listing, read in a fixed number of queries. */
describe("debates: the listing's first arguments and its query count", () => {
  let w: DebatesWorld;
  beforeAll(async () => {
    w = await debatesWorld();
  });
  afterAll(disconnectDb);

  it("gives the first arguments of the listing's order (ratings, hidden and merged ones as in the listing) and says whether there are more", async () => {
    const q = await w.question();
    const first = await w.argue(q.id, w.participant, { body: "First" });
    const second = await w.argue(q.id, w.other, { body: "Second", stance: "con" });
    const reply = await w.argue(q.id, w.other, { parentId: first.id, body: "Reply" });
    const duplicate = await w.argue(q.id, w.participant, { parentId: first.id, body: "Reply again" });
    await db().argument.update({ where: { id: duplicate.id }, data: { status: "merged", mergedIntoId: reply.id } });
    await db().argumentMerge.create({ data: { questionId: q.id, sourceId: duplicate.id, targetId: reply.id, movedChildIds: [], mergedById: w.moderator.userId } });
    await db().argument.update({ where: { id: second.id }, data: { status: "hidden", hiddenReason: "Off topic" } });
    await rateArgument(w.participant, reply.id, { value: 3 });

    const all = await listArguments(w.participant, q.id);
    expect(all.items.map((item) => item.body)).toEqual(["First", "Reply", ""]);
    const opening = await listFirstArguments(w.participant, q.id, 2);
    expect(opening.complete).toBe(false);
    expect(opening.listing.question).toMatchObject({ id: q.id, argumentCount: 3 });
    expect(opening.listing.items).toEqual(all.items.slice(0, 2));
    expect(opening.listing.items[1]).toMatchObject({ mergedFrom: [{ argumentId: duplicate.id, body: "Reply again" }], rating: { mine: 3, count: 1 } });

    const whole = await listFirstArguments(w.participant, q.id, 3);
    expect(whole.complete).toBe(true);
    expect(whole.listing.items).toEqual(all.items);
    await expect(listFirstArguments(w.stranger, q.id)).rejects.toMatchObject({ status: 404 });
  });

  it("reads a debate of any size in the same number of queries", async () => {
    const q = await w.question();
    const counter = await countQueries();
    let parentId: string | null = null;
    for (let i = 0; i < 5; i++) parentId = (await w.argue(q.id, w.participant, { parentId, body: `Small ${i}` })).id;
    const small = await counter.during(() => listArguments(w.participant, q.id));
    const smallOpening = await counter.during(() => listFirstArguments(w.participant, q.id, 2));
    for (let i = 0; i < 60; i++) await w.argue(q.id, i % 2 ? w.other : w.participant, { parentId: i % 3 ? parentId : null, body: `Large ${i}` });
    expect(await counter.during(() => listArguments(w.participant, q.id))).toBe(small);
    expect(await counter.during(() => listFirstArguments(w.participant, q.id, 2))).toBe(smallOpening);
  });
});
