import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addReply, listReplies, markAnswer, reopenAnnotation, resolveAnnotation } from "@/lib/threads";
import { failure, hideRow, inboxRows, useThreadWorld } from "../support/threads-world";

describe("threads: resolve, reopen and answers", () => {
  const w = useThreadWorld();

  it("lets the annotation's author resolve and reopen it, with who and when", async () => {
    const note = await w.annotate(w.participant);
    const resolved = await resolveAnnotation(w.participant, note.id);
    expect(resolved).toMatchObject({ annotationId: note.id, documentId: w.paper.id, resolved: true, resolvedBy: { id: w.participant.userId, name: "Grace Hopper" }, answerId: null });
    expect(Date.parse(resolved.resolvedAt!)).not.toBeNaN();
    expect((await listReplies(w.viewer, note.id)).thread.resolved).toBe(true);

    const reopened = await reopenAnnotation(w.participant, note.id);
    expect(reopened).toMatchObject({ resolved: false, resolvedAt: null, resolvedBy: null });
    // The author acting on their own note is not a moderation event.
    expect(await db().auditEvent.count({ where: { targetId: note.id } })).toBe(0);
  });

  it("lets moderators and owners resolve others' annotations, recorded in the audit trail", async () => {
    const note = await w.annotate(w.participant);
    await resolveAnnotation(w.moderator, note.id, { reason: "Settled in class" });
    await reopenAnnotation(w.owner, note.id);
    const events = await db().auditEvent.findMany({ where: { targetId: note.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.action, event.actorId, event.groupId])).toEqual([
      ["annotation.resolved", w.moderator.userId, w.group.id],
      ["annotation.reopened", w.owner.userId, w.group.id],
    ]);
    expect(events[0].data).toEqual({ documentId: w.paper.id, reason: "Settled in class" });
  });

  it("refuses everyone else: other participants and viewers 403, non-members 404", async () => {
    const note = await w.annotate(w.participant);
    for (const change of [resolveAnnotation, reopenAnnotation]) {
      expect(await failure(change(w.asker, note.id))).toMatchObject({ status: 403 });
      expect(await failure(change(w.viewer, note.id))).toMatchObject({ status: 403 });
      expect(await failure(change(w.outsider, note.id))).toMatchObject({ status: 404 });
    }
    const privateNote = await w.annotate(w.participant, { visibility: "private" });
    expect(await failure(resolveAnnotation(w.moderator, privateNote.id))).toMatchObject({ status: 404 });
    expect((await resolveAnnotation(w.participant, privateNote.id)).resolved).toBe(true);
  });

  it("answers 409 for resolving what is resolved or reopening what is open, also when racing", async () => {
    const note = await w.annotate(w.participant);
    expect(await failure(reopenAnnotation(w.participant, note.id))).toMatchObject({ status: 409, code: "not_resolved" });
    const outcomes = await Promise.allSettled([resolveAnnotation(w.participant, note.id), resolveAnnotation(w.moderator, note.id)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await failure(resolveAnnotation(w.participant, note.id))).toMatchObject({ status: 409, code: "already_resolved" });
    expect(await failure(resolveAnnotation(w.participant, note.id, { reason: "x".repeat(501) }))).toMatchObject({ status: 422 });
  });

  it("lets the asker choose a reply as the answer, change it and clear it", async () => {
    const question = await w.annotate(w.asker, { kind: "question", body: "Why?" });
    const first = await addReply(w.participant, question.id, { body: "Because." });
    const second = await addReply(w.moderator, question.id, { body: "Because, really." });

    expect(await markAnswer(w.asker, question.id, { replyId: first.id })).toMatchObject({ answerId: first.id });
    let thread = await listReplies(w.viewer, question.id);
    expect(thread.thread.answerId).toBe(first.id);
    expect(thread.items.map((item) => item.isAnswer)).toEqual([true, false]);

    expect((await markAnswer(w.asker, question.id, { replyId: second.id })).answerId).toBe(second.id);
    expect((await markAnswer(w.asker, question.id, { replyId: null })).answerId).toBeNull();
    thread = await listReplies(w.viewer, question.id);
    expect(thread.items.every((item) => !item.isAnswer)).toBe(true);
  });

  it("answers only for the asker (403) and only on questions (422)", async () => {
    const question = await w.annotate(w.asker, { kind: "question" });
    const reply = await addReply(w.participant, question.id, { body: "Maybe." });
    for (const who of [w.participant, w.moderator, w.owner, w.viewer]) {
      expect(await failure(markAnswer(who, question.id, { replyId: reply.id }))).toMatchObject({ status: 403 });
    }
    expect(await failure(markAnswer(w.outsider, question.id, { replyId: reply.id }))).toMatchObject({ status: 404 });

    for (const kind of ["comment", "claim"] as const) {
      const note = await w.annotate(w.asker, { kind });
      const onIt = await addReply(w.participant, note.id, { body: "Hm." });
      expect(await failure(markAnswer(w.asker, note.id, { replyId: onIt.id }))).toMatchObject({ status: 422, code: "not_a_question" });
    }
  });

  it("refuses a reply from another thread, a hidden reply or a missing replyId (422)", async () => {
    const question = await w.annotate(w.asker, { kind: "question" });
    const other = await w.annotate(w.asker, { kind: "question" });
    const elsewhere = await addReply(w.participant, other.id, { body: "Elsewhere." });
    const hidden = await addReply(w.participant, question.id, { body: "Spam." });
    await hideRow("reply", hidden.id, w.moderator);

    expect(await failure(markAnswer(w.asker, question.id, { replyId: elsewhere.id }))).toMatchObject({ status: 422, details: { fields: { replyId: expect.any(String) } } });
    expect(await failure(markAnswer(w.asker, question.id, { replyId: hidden.id }))).toMatchObject({ status: 422 });
    expect(await failure(markAnswer(w.asker, question.id, {} as never))).toMatchObject({ status: 422 });
    expect((await listReplies(w.asker, question.id)).thread.answerId).toBeNull();
  });

  it("tells the chosen reply's author, once, and nobody when the asker picks their own", async () => {
    const question = await w.annotate(w.asker, { kind: "question" });
    const reply = await addReply(w.participant, question.id, { body: "Here is why." });
    const own = await addReply(w.asker, question.id, { body: "Found it myself." });
    const before = (await inboxRows(w.participant)).length;

    await markAnswer(w.asker, question.id, { replyId: reply.id });
    await markAnswer(w.asker, question.id, { replyId: reply.id });
    const answers = (await inboxRows(w.participant)).slice(before).filter((item) => item.kind === "answer");
    expect(answers).toEqual([expect.objectContaining({ actorId: w.asker.userId, annotationId: question.id, replyId: reply.id, documentId: w.paper.id })]);

    await markAnswer(w.asker, question.id, { replyId: own.id });
    expect((await inboxRows(w.asker)).filter((item) => item.kind === "answer")).toEqual([]);
  });
});
