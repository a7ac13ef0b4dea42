import { describe, expect, it } from "vitest";
import { addReply, editReply, listReplies, type ReplyDTO } from "@/lib/threads";
import { failure, hideRow, useThreadWorld } from "../support/threads-world";

const flatten = (items: ReplyDTO[]): ReplyDTO[] => items.flatMap((item) => [item, ...flatten(item.children)]);

describe("threads: replies", () => {
  const w = useThreadWorld();

  it("nests replies under their parents, each level in time order, with rendered bodies", async () => {
    const note = await w.annotate(w.asker);
    const first = await addReply(w.participant, note.id, { body: "First **point**" });
    const second = await addReply(w.moderator, note.id, { body: "Second" });
    const child = await addReply(w.asker, note.id, { body: "Answering the first", parentId: first.id });
    const grandchild = await addReply(w.participant, note.id, { body: "<script>alert(1)</script> deeper", parentId: child.id });
    const laterChild = await addReply(w.owner, note.id, { body: "Also on the first", parentId: first.id });

    expect(first).toMatchObject({ annotationId: note.id, parentId: null, body: "First **point**", mine: true, canEdit: true, redacted: false, hidden: null });
    expect(first.bodyHtml).toBe("<p>First <strong>point</strong></p>\n");
    expect(first.author).toMatchObject({ id: w.participant.userId, name: "Grace Hopper" });

    const thread = await listReplies(w.viewer, note.id);
    expect(thread.total).toBe(5);
    expect(thread.nextCursor).toBeNull();
    expect(thread.items.map((item) => item.id)).toEqual([first.id, second.id]);
    expect(thread.items[0].children.map((item) => item.id)).toEqual([child.id, laterChild.id]);
    expect(thread.items[0].children[0].children.map((item) => item.id)).toEqual([grandchild.id]);
    const deep = thread.items[0].children[0].children[0];
    expect(deep.body).toBe("<script>alert(1)</script> deeper");
    expect(deep.bodyHtml).not.toContain("<script>");
    expect(flatten(thread.items).every((item) => !item.mine && !item.canEdit)).toBe(true);
    expect(thread.thread).toMatchObject({ annotationId: note.id, resolved: false, answerId: null, reactions: [] });
  });

  it("refuses a parent from another thread, a blank body and an oversized one (422), storing nothing", async () => {
    const note = await w.annotate(w.asker);
    const other = await w.annotate(w.asker);
    const elsewhere = await addReply(w.participant, other.id, { body: "Elsewhere" });

    const wrongParent = await failure(addReply(w.participant, note.id, { body: "Hi", parentId: elsewhere.id }));
    expect(wrongParent).toMatchObject({ status: 422, details: { fields: { parentId: expect.any(String) } } });
    expect(await failure(addReply(w.participant, note.id, { body: "   \n" }))).toMatchObject({ status: 422, details: { fields: { body: expect.any(String) } } });
    expect(await failure(addReply(w.participant, note.id, { body: "x".repeat(10_001) }))).toMatchObject({ status: 422 });
    expect((await addReply(w.participant, note.id, { body: "x".repeat(10_000) })).body).toHaveLength(10_000);
    expect((await listReplies(w.participant, note.id)).total).toBe(1);
  });

  it("lets participants and up reply; a viewer gets 403, a non-member 404, a missing annotation 404", async () => {
    const note = await w.annotate(w.asker);
    for (const who of [w.owner, w.moderator, w.participant, w.asker]) await addReply(who, note.id, { body: "Here" });
    expect(await failure(addReply(w.viewer, note.id, { body: "Me too" }))).toMatchObject({ status: 403 });
    expect(await failure(addReply(w.outsider, note.id, { body: "Me too" }))).toMatchObject({ status: 404 });
    expect(await failure(listReplies(w.outsider, note.id))).toMatchObject({ status: 404 });
    expect(await failure(addReply(w.participant, "c".repeat(25), { body: "Hi" }))).toMatchObject({ status: 404 });
    expect(await failure(addReply({ kind: "anonymous" }, note.id, { body: "Hi" }))).toMatchObject({ status: 401 });
  });

  it("private annotations: only their author replies or reads; moderators and owners get 404", async () => {
    const mine = await w.annotate(w.participant, { visibility: "private" });
    await addReply(w.participant, mine.id, { body: "Note to self" });
    for (const who of [w.owner, w.moderator, w.asker, w.viewer]) {
      expect(await failure(addReply(who, mine.id, { body: "Peek" }))).toMatchObject({ status: 404 });
      expect(await failure(listReplies(who, mine.id))).toMatchObject({ status: 404 });
    }
  });

  it("shows hidden replies as placeholders to others, in full to moderators and their author", async () => {
    const note = await w.annotate(w.asker);
    const hidden = await addReply(w.participant, note.id, { body: "Rude words" });
    const answer = await addReply(w.asker, note.id, { body: "Under the hidden one", parentId: hidden.id });
    await hideRow("reply", hidden.id, w.moderator, "Insulting");

    const forOthers = (await listReplies(w.asker, note.id)).items[0];
    expect(forOthers).toMatchObject({ id: hidden.id, redacted: true, placeholder: "Hidden by a moderator", body: "", bodyHtml: "", author: null, hidden: { reason: null }, reactions: [] });
    expect(forOthers.children.map((item) => item.id)).toEqual([answer.id]);
    expect(JSON.stringify(forOthers)).not.toContain("Rude words");

    for (const who of [w.moderator, w.owner, w.participant]) {
      const full = (await listReplies(who, note.id)).items[0];
      expect(full).toMatchObject({ body: "Rude words", redacted: false, placeholder: null, hidden: { reason: "Insulting" } });
    }
    expect((await listReplies(w.participant, note.id)).items[0].canEdit).toBe(false);

    expect(await failure(addReply(w.asker, note.id, { body: "Reply to it", parentId: hidden.id }))).toMatchObject({ status: 422 });
    expect(await failure(editReply(w.participant, note.id, hidden.id, { body: "Nicer" }))).toMatchObject({ status: 409, code: "reply_hidden" });
    expect(await failure(editReply(w.asker, note.id, hidden.id, { body: "Nicer" }))).toMatchObject({ status: 404 });
  });

  it("closes the thread of a hidden annotation (409) for those who still see it", async () => {
    const note = await w.annotate(w.participant);
    await hideRow("annotation", note.id, w.moderator);
    expect(await failure(addReply(w.moderator, note.id, { body: "Why?" }))).toMatchObject({ status: 409, code: "annotation_hidden" });
    expect(await failure(addReply(w.asker, note.id, { body: "Why?" }))).toMatchObject({ status: 404 });
  });

  it("lets only its author edit a reply, under the same rules", async () => {
    const note = await w.annotate(w.asker);
    const reply = await addReply(w.participant, note.id, { body: "Draft" });
    const edited = await editReply(w.participant, note.id, reply.id, { body: "Final *text*" });
    expect(edited).toMatchObject({ id: reply.id, body: "Final *text*", edited: true, bodyHtml: "<p>Final <em>text</em></p>\n" });
    expect(reply.edited).toBe(false);

    expect(await failure(editReply(w.asker, note.id, reply.id, { body: "Mine now" }))).toMatchObject({ status: 403 });
    expect(await failure(editReply(w.moderator, note.id, reply.id, { body: "Mine now" }))).toMatchObject({ status: 403 });
    expect(await failure(editReply(w.viewer, note.id, reply.id, { body: "Mine now" }))).toMatchObject({ status: 403 });
    expect(await failure(editReply(w.outsider, note.id, reply.id, { body: "Mine now" }))).toMatchObject({ status: 404 });
    expect(await failure(editReply(w.participant, note.id, reply.id, { body: "" }))).toMatchObject({ status: 422 });

    const other = await w.annotate(w.asker);
    expect(await failure(editReply(w.participant, other.id, reply.id, { body: "Moved" }))).toMatchObject({ status: 404 });
    expect((await listReplies(w.asker, note.id)).items[0].body).toBe("Final *text*");
  });
});
