import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addReply, editReply, listInbox, markInboxRead, notify, notifyMentions } from "@/lib/threads";
import { failure, hideRow, inboxRows, useThreadWorld } from "../support/threads-world";

const kindsOf = async (...args: Parameters<typeof inboxRows>) => (await inboxRows(...args)).map((item) => item.kind);

describe("threads: inbox", () => {
  const w = useThreadWorld({ fresh: true });

  it("tells the annotation's author about a reply, and never the replier", async () => {
    const note = await w.annotate(w.asker);
    const reply = await addReply(w.participant, note.id, { body: "I disagree." });
    expect(await inboxRows(w.asker)).toEqual([
      expect.objectContaining({ kind: "reply", actorId: w.participant.userId, documentId: w.paper.id, annotationId: note.id, replyId: reply.id, readAt: null }),
    ]);
    expect(await inboxRows(w.participant)).toEqual([]);

    await addReply(w.asker, note.id, { body: "Replying on my own note" });
    expect(await kindsOf(w.asker)).toEqual(["reply"]);
  });

  it("tells a reply's author when someone replies to them, one item each", async () => {
    const note = await w.annotate(w.asker);
    const first = await addReply(w.participant, note.id, { body: "First" });
    await addReply(w.moderator, note.id, { body: "To you", parentId: first.id });
    expect(await kindsOf(w.participant)).toEqual(["reply-to-reply"]);
    expect(await kindsOf(w.asker)).toEqual(["reply", "reply"]);

    // The annotation's author answering a reply on their own note: the reply's author is told.
    const mine = await addReply(w.asker, note.id, { body: "Thanks", parentId: first.id });
    expect((await inboxRows(w.participant)).at(-1)).toMatchObject({ kind: "reply-to-reply", replyId: mine.id });
    expect(await kindsOf(w.asker)).toEqual(["reply", "reply"]);
  });

  it("tells each mentioned member once, never the writer, never a non-member", async () => {
    const note = await w.annotate(w.owner);
    await addReply(w.participant, note.id, { body: "@Ada and @[Vic Viewer], see @Grace Hopper's note; cc @ada, @Otto Outsider, olga@owner.example" });
    expect(await kindsOf(w.asker)).toEqual(["mention"]);
    expect(await kindsOf(w.viewer)).toEqual(["mention"]);
    expect(await inboxRows(w.participant)).toEqual([]);
    expect(await inboxRows(w.outsider)).toEqual([]);
    // The annotation's author, mentioned too, gets one item: the mention.
    await addReply(w.moderator, note.id, { body: "@[Olga Owner] what do you think?" });
    expect(await kindsOf(w.owner)).toEqual(["reply", "mention"]);
  });

  it("tells members newly mentioned by an edit, not those already told", async () => {
    const note = await w.annotate(w.owner);
    const reply = await addReply(w.participant, note.id, { body: "@Ada look" });
    await editReply(w.participant, note.id, reply.id, { body: "@Ada look, and @[Mona Moderator] too" });
    expect(await kindsOf(w.asker)).toEqual(["mention"]);
    expect(await kindsOf(w.moderator)).toEqual(["mention"]);
  });

  it("tells mentioned members from annotation bodies through notifyMentions", async () => {
    const note = await w.annotate(w.participant, { body: "@Ada is this right?" });
    const base = { groupId: w.group.id, documentId: w.paper.id, annotationId: note.id, actorId: w.participant.userId };
    expect(await notifyMentions({ ...base, body: note.body })).toBe(1);
    expect(await inboxRows(w.asker)).toEqual([expect.objectContaining({ kind: "mention", annotationId: note.id, replyId: null })]);
  });

  it("leaks nothing about private annotations: their author alone can be told", async () => {
    const secret = await w.annotate(w.participant, { visibility: "private" });
    await addReply(w.participant, secret.id, { body: "@Ada @[Mona Moderator] @[Olga Owner] look" });
    for (const who of [w.asker, w.moderator, w.owner]) expect(await inboxRows(who)).toEqual([]);

    const about = { actorId: w.moderator.userId, documentId: w.paper.id, annotationId: secret.id };
    expect(await notify([{ ...about, userId: w.asker.userId, kind: "mention" }, { ...about, userId: w.participant.userId, kind: "hidden" }])).toBe(1);
    expect(await kindsOf(w.participant)).toEqual(["hidden"]);
  });

  it("notifies nobody who cannot read the document, and nothing about another document's annotation", async () => {
    const note = await w.annotate(w.asker);
    const about = { actorId: w.asker.userId, documentId: w.paper.id, annotationId: note.id };
    expect(await notify([{ ...about, userId: w.outsider.userId, kind: "mention" }])).toBe(0);
    expect(await notify([{ ...about, documentId: "e".repeat(25), userId: w.participant.userId, kind: "mention" }])).toBe(0);
    expect(await notify([{ ...about, userId: w.asker.userId, kind: "mention" }])).toBe(0);
  });

  it("lists my inbox newest first, paged, with sentences, excerpts and links", async () => {
    const note = await w.annotate(w.asker, { body: "My note" });
    for (const body of ["one", "two", "three"]) await addReply(w.participant, note.id, { body: `Reply ${body}` });

    const first = await listInbox(w.asker, { limit: 2 });
    expect(first.unreadCount).toBe(3);
    expect(first.items.map((item) => item.excerpt)).toEqual(["Reply three", "Reply two"]);
    expect(first.items[0]).toMatchObject({
      kind: "reply",
      read: false,
      readAt: null,
      actor: { id: w.participant.userId, name: "Grace Hopper" },
      summary: "Grace Hopper replied to your annotation.",
      documentId: w.paper.id,
      documentTitle: "Test paper",
      annotationId: note.id,
      url: `/documents/${w.paper.id}?annotation=${note.id}`,
    });
    expect(first.nextCursor).toBe(first.items[1].id);
    const second = await listInbox(w.asker, { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((item) => item.excerpt)).toEqual(["Reply one"]);
    expect(second.nextCursor).toBeNull();
    expect((await listInbox(w.participant)).items).toEqual([]);
  });

  it("marks some items read, or all; never another member's", async () => {
    const note = await w.annotate(w.asker);
    for (const body of ["a", "b", "c"]) await addReply(w.participant, note.id, { body });
    await addReply(w.asker, note.id, { body: "@[Grace Hopper] thanks" });
    const [newest] = (await listInbox(w.asker)).items;
    const theirs = (await listInbox(w.participant)).items[0];

    expect(await markInboxRead(w.asker, { ids: [newest.id, theirs.id] })).toEqual({ updated: 1, unreadCount: 2 });
    expect((await listInbox(w.participant)).unreadCount).toBe(1);
    const unread = await listInbox(w.asker, { unread: "true" });
    expect(unread.items.map((item) => item.id)).not.toContain(newest.id);
    expect((await listInbox(w.asker)).items[0]).toMatchObject({ id: newest.id, read: true });

    expect(await markInboxRead(w.asker)).toEqual({ updated: 2, unreadCount: 0 });
    expect(await failure(markInboxRead(w.asker, { ids: ["not an id"] }))).toMatchObject({ status: 422 });
    expect(await failure(listInbox({ kind: "anonymous" }))).toMatchObject({ status: 401 });
  });

  it("drops the excerpt of a hidden reply and everything about a document no longer readable", async () => {
    const note = await w.annotate(w.asker, { body: "Note" });
    const reply = await addReply(w.participant, note.id, { body: "Something rude, @[Vic Viewer]" });
    await hideRow("reply", reply.id, w.moderator);
    expect((await listInbox(w.asker)).items[0]).toMatchObject({ replyId: reply.id, excerpt: null, documentTitle: "Test paper" });

    await db().membership.delete({ where: { groupId_userId: { groupId: w.group.id, userId: w.viewer.userId } } });
    expect((await listInbox(w.viewer)).items[0]).toMatchObject({ kind: "mention", summary: "Grace Hopper mentioned you.", documentTitle: null, excerpt: null, url: null });
  });
});
