import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { announce, findReplyFacts, invalidField, loadThread } from "./load-thread";
import { notify } from "./notify";
import type { ThreadState } from "./present";
import { markAnswerInput, type MarkAnswerInput } from "./schemas";
import { loadThreadState } from "./thread-state";

/**
 * The asker of a question chooses one of its replies as the answer (`replyId`), or clears it
 * (`null`). Only the question's author, while they may annotate (403 for anyone else); only
 * for questions (422 for comments and claims). The chosen reply's author is told.
 */
export async function markAnswer(actor: Actor, annotationId: string, input: MarkAnswerInput): Promise<ThreadState> {
  const thread = await loadThread(actor, annotationId);
  const { annotation } = thread;
  if (!thread.isAnnotationAuthor || !thread.mayAnnotate) throw new DomainError(403, "forbidden", "Only the person who asked chooses the answer.");
  if (annotation.kind !== "question") throw invalidField("replyId", "Only questions have answers.", "not_a_question");
  const { replyId } = markAnswerInput.parse(input);

  const reply = replyId ? await findReplyFacts(replyId) : null;
  if (replyId && (!reply || reply.annotationId !== annotationId)) throw invalidField("replyId", "That reply is not in this thread.");
  if (reply?.hiddenAt) throw invalidField("replyId", "A moderator hid that reply; it cannot be the answer.");

  if (annotation.answerId !== replyId) {
    const me = thread.actor.userId;
    await db().$transaction(async (tx) => {
      await tx.annotation.update({ where: { id: annotationId }, data: { answerId: replyId } });
      if (replyId && reply?.authorId) {
        await notify([{ userId: reply.authorId, kind: "answer", actorId: me, documentId: annotation.documentId, annotationId, replyId }], tx);
      }
    });
    announce(thread);
  }
  return loadThreadState(annotationId);
}
