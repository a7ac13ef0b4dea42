import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { exportDebate, getQuestion, listArguments, listQuestions } from "@/lib/debates";
import { debatesWorld, type DebatesWorld } from "./debates-world";

/** Anonymous debates show pseudonyms; the group decides when ratings become visible. */
describe("debates: anonymous names and rating visibility", () => {
  let w: DebatesWorld;
  beforeAll(async () => {
    w = await debatesWorld();
  });
  afterAll(disconnectDb);

  const setGroup = (data: { ratingVisibility?: "always" | "after_rating" | "after_close"; moderatorsSeeNames?: boolean }) => db().group.update({ where: { id: w.groupId }, data });

  it("participants see stable, distinct pseudonyms; the actor knows their own; moderators see names only when the group lets them", async () => {
    const q = await w.question({ anonymous: true });
    const mine = await w.argue(q.id, w.participant, { body: "Mine" });
    const theirs = await w.argue(q.id, w.other, { body: "Theirs" });
    const seen = await listArguments(w.viewer, q.id);
    const [a, b] = [mine.id, theirs.id].map((id) => seen.items.find((item) => item.id === id)!.author);
    expect(a).toMatchObject({ id: null, pseudonymous: true, isSelf: false });
    expect(a.name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(a.name).not.toBe(b.name);
    expect(a.name).not.toContain("Claims");

    const again = await listArguments(w.other, q.id);
    expect(again.items.find((item) => item.id === mine.id)!.author.name).toBe(a.name);
    expect(again.items.find((item) => item.id === theirs.id)!.author).toMatchObject({ name: b.name, isSelf: true, id: null });

    const forModerator = await listArguments(w.moderator, q.id);
    expect(forModerator.items.find((item) => item.id === mine.id)!.author).toMatchObject({ id: w.participant.userId, name: "Claims participant", pseudonymous: false });
    await setGroup({ moderatorsSeeNames: false });
    const hiddenNames = await listArguments(w.moderator, q.id);
    expect(hiddenNames.items.find((item) => item.id === mine.id)!.author).toMatchObject({ id: null, name: a.name, pseudonymous: true });
    const exported = await exportDebate(w.viewer, q.id, "markdown");
    expect(exported.body).toContain(a.name);
    expect(exported.body).not.toContain("Claims participant");
    await setGroup({ moderatorsSeeNames: true });

    expect(await db().debatePseudonym.count({ where: { questionId: q.id } })).toBe(2);
  });

  it("after_rating: the actor sees an argument's ratings only after rating it; order ignores ratings", async () => {
    await setGroup({ ratingVisibility: "after_rating" });
    try {
      const q = await w.question();
      const older = await w.argue(q.id, w.participant, { body: "Older" });
      const newer = await w.argue(q.id, w.participant, { body: "Newer" });
      await db().argumentRating.createMany({ data: [{ argumentId: newer.id, userId: w.other.userId, value: 4 }, { argumentId: older.id, userId: w.other.userId, value: 0 }] });
      const before = await listArguments(w.viewer, q.id);
      // The question carries the setting, so the UI can say why ratings are hidden.
      expect(before.question.ratingVisibility).toBe("after_rating");
      expect((await getQuestion(w.viewer, q.id)).ratingVisibility).toBe("after_rating");
      expect((await listQuestions(w.viewer, q.documentId)).items.every((item) => item.ratingVisibility === "after_rating")).toBe(true);
      expect(before.items.map((item) => item.id)).toEqual([older.id, newer.id]);
      expect(before.items[1].rating).toEqual({ visible: false, mean: null, count: 0, distribution: null, mine: null });
      await db().argumentRating.create({ data: { argumentId: newer.id, userId: w.moderator.userId, value: 2 } });
      const after = await listArguments(w.moderator, q.id);
      expect(after.items.find((item) => item.id === newer.id)!.rating).toEqual({ visible: true, mean: 3, count: 2, distribution: [0, 0, 1, 0, 1], mine: 2 });
      expect(after.items.find((item) => item.id === older.id)!.rating.visible).toBe(false);
      expect(after.items.map((item) => item.id)).toEqual([older.id, newer.id]);
    } finally {
      await setGroup({ ratingVisibility: "always" });
    }
  });

  it("after_close: hidden until the question closes; always: sorted by mean rating", async () => {
    await setGroup({ ratingVisibility: "after_close" });
    try {
      const q = await w.question();
      const older = await w.argue(q.id, w.participant);
      const newer = await w.argue(q.id, w.participant);
      await db().argumentRating.create({ data: { argumentId: newer.id, userId: w.other.userId, value: 4 } });
      await db().argumentRating.create({ data: { argumentId: newer.id, userId: w.viewer.userId, value: 3 } });
      const open = await listArguments(w.viewer, q.id);
      expect(open.question.ratingVisibility).toBe("after_close");
      expect(open.items.map((item) => [item.id, item.rating.visible, item.rating.mine])).toEqual([
        [older.id, false, null],
        [newer.id, false, 3],
      ]);
      await db().question.update({ where: { id: q.id }, data: { status: "closed", outcome: "Settled" } });
      const closed = await listArguments(w.viewer, q.id);
      expect(closed.items.map((item) => item.id)).toEqual([newer.id, older.id]);
      expect(closed.items[0].rating).toMatchObject({ visible: true, mean: 3.5, count: 2 });
    } finally {
      await setGroup({ ratingVisibility: "always" });
    }
  });
});
