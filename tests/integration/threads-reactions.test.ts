import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addReply, listReplies, react, unreact } from "@/lib/threads";
import { failure, hideRow, useThreadWorld } from "../support/threads-world";

describe("threads: reactions", () => {
  const w = useThreadWorld();

  it("counts reactions per emoji, in a fixed order, with whether I reacted", async () => {
    const note = await w.annotate(w.asker);
    const target = { targetType: "annotation" as const, targetId: note.id };
    await react(w.participant, { ...target, emoji: "🤔" });
    await react(w.moderator, { ...target, emoji: "👍" });
    const mine = await react(w.participant, { ...target, emoji: "👍" });
    expect(mine).toEqual({
      ...target,
      reactions: [
        { emoji: "👍", count: 2, mine: true },
        { emoji: "🤔", count: 1, mine: true },
      ],
    });
    const seenByViewer = (await listReplies(w.viewer, note.id)).thread.reactions;
    expect(seenByViewer).toEqual([
      { emoji: "👍", count: 2, mine: false },
      { emoji: "🤔", count: 1, mine: false },
    ]);
  });

  it("keeps one reaction per member per target per emoji, also when clicks race", async () => {
    const note = await w.annotate(w.asker);
    const input = { targetType: "annotation" as const, targetId: note.id, emoji: "🎉" };
    await Promise.all(Array.from({ length: 8 }, () => react(w.participant, input)));
    const again = await react(w.participant, input);
    expect(again.reactions).toEqual([{ emoji: "🎉", count: 1, mine: true }]);
    expect(await db().reaction.count({ where: { targetId: note.id } })).toBe(1);
  });

  it("accepts the heart with or without its presentation selector, and refuses other emoji (422)", async () => {
    const note = await w.annotate(w.asker);
    const target = { targetType: "annotation" as const, targetId: note.id };
    await react(w.participant, { ...target, emoji: "\u2764" });
    const both = await react(w.participant, { ...target, emoji: "\u2764\uFE0F" });
    expect(both.reactions).toEqual([{ emoji: "❤️", count: 1, mine: true }]);
    for (const emoji of ["💩", "👍👍", "", "<script>"]) {
      expect(await failure(react(w.participant, { ...target, emoji }))).toMatchObject({ status: 422, details: { fields: { emoji: expect.any(String) } } });
    }
    expect(await failure(react(w.participant, { targetType: "question" as never, targetId: note.id, emoji: "👍" }))).toMatchObject({ status: 422 });
  });

  it("removes only my own reaction; removing one that is not there changes nothing", async () => {
    const note = await w.annotate(w.asker);
    const input = { targetType: "annotation" as const, targetId: note.id, emoji: "👀" };
    await react(w.participant, input);
    await react(w.moderator, input);
    expect((await unreact(w.participant, input)).reactions).toEqual([{ emoji: "👀", count: 1, mine: false }]);
    expect((await unreact(w.participant, input)).reactions).toEqual([{ emoji: "👀", count: 1, mine: false }]);
    expect((await unreact(w.moderator, input)).reactions).toEqual([]);
  });

  it("reacts to replies; the thread lists each reply's counts", async () => {
    const note = await w.annotate(w.asker);
    const reply = await addReply(w.participant, note.id, { body: "Good point" });
    await react(w.asker, { targetType: "reply", targetId: reply.id, emoji: "👍" });
    await react(w.moderator, { targetType: "reply", targetId: reply.id, emoji: "👍" });
    const listed = (await listReplies(w.asker, note.id)).items[0];
    expect(listed.reactions).toEqual([{ emoji: "👍", count: 2, mine: true }]);
    expect((await listReplies(w.asker, note.id)).thread.reactions).toEqual([]);
  });

  it("lets viewers look but not react (403); non-members and hidden replies are 404", async () => {
    const note = await w.annotate(w.asker);
    const reply = await addReply(w.participant, note.id, { body: "Spam" });
    expect(await failure(react(w.viewer, { targetType: "annotation", targetId: note.id, emoji: "👍" }))).toMatchObject({ status: 403 });
    expect(await failure(react(w.outsider, { targetType: "annotation", targetId: note.id, emoji: "👍" }))).toMatchObject({ status: 404 });
    expect(await failure(react(w.outsider, { targetType: "reply", targetId: reply.id, emoji: "👍" }))).toMatchObject({ status: 404 });
    expect(await failure(unreact(w.viewer, { targetType: "reply", targetId: reply.id, emoji: "👍" }))).toMatchObject({ status: 403 });
    expect(await failure(react(w.participant, { targetType: "reply", targetId: "d".repeat(25), emoji: "👍" }))).toMatchObject({ status: 404 });

    await hideRow("reply", reply.id, w.moderator);
    expect(await failure(react(w.asker, { targetType: "reply", targetId: reply.id, emoji: "👍" }))).toMatchObject({ status: 404 });
    expect((await react(w.moderator, { targetType: "reply", targetId: reply.id, emoji: "👀" })).reactions).toHaveLength(1);

    const privateNote = await w.annotate(w.participant, { visibility: "private" });
    expect(await failure(react(w.owner, { targetType: "annotation", targetId: privateNote.id, emoji: "👍" }))).toMatchObject({ status: 404 });
  });
});
