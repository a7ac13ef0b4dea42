import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { DomainError } from "@/lib/documents/errors";
import { announce, findReplyFacts, invalidField, loadWritableThread } from "./load-thread";
import { mentionNotices } from "./mention-notices";
import { notify, type Notice } from "./notify";
import { presentReply, REPLY_SELECT, type ReplyDTO } from "./present";
import { addReplyInput, type AddReplyInput } from "./schemas";

/**
 * A member who may annotate replies to an annotation, or to one of its replies (`parentId`).
 * A private annotation can only be reached by its author, so only they can reply to it. The
 * annotation's author, the parent reply's author and every member mentioned are told in their
 * inbox (each once, never the replier), in the same transaction as the reply. The paper's
 * authors may answer "as author" (`asAuthor`), which shows a badge; anyone else asking is a 403.
 */
export async function addReply(actor: Actor, annotationId: string, input: AddReplyInput): Promise<ReplyDTO> {
  const thread = await loadWritableThread(actor, annotationId, "Viewers read the discussion; participants reply.");
  const { body, parentId, asAuthor } = addReplyInput.parse(input);
  const { annotation, access } = thread;
  if (asAuthor && !can(thread.actor, "document.answer-as-author", access)) throw new DomainError(403, "not_an_author", "Only the paper's authors answer as author.");
  if (annotation.hiddenAt) throw new DomainError(409, "annotation_hidden", "A moderator hid this annotation; its thread is closed.");

  const parent = parentId ? await findReplyFacts(parentId) : null;
  if (parentId && (!parent || parent.annotationId !== annotation.id)) throw invalidField("parentId", "That reply is not in this thread.");
  if (parent?.hiddenAt) throw invalidField("parentId", "A moderator hid that reply; reply to the thread instead.");

  const me = thread.actor.userId;
  const reply = await db().$transaction(async (tx) => {
    const row = await tx.reply.create({ data: { annotationId, parentId, authorId: me, body, asAuthor }, select: REPLY_SELECT });
    const about = { actorId: me, documentId: annotation.documentId, annotationId, replyId: row.id };
    const mentions = await mentionNotices({ ...about, groupId: access.groupId, body }, tx);
    // Most specific first: notify keeps one item per person.
    const notices: Notice[] = [
      ...mentions,
      ...(parent?.authorId ? [{ ...about, userId: parent.authorId, kind: "reply-to-reply" as const }] : []),
      ...(annotation.authorId ? [{ ...about, userId: annotation.authorId, kind: "reply" as const }] : []),
    ];
    await notify(notices, tx);
    return row;
  });

  announce(thread);
  return presentReply(reply, { userId: me, isModerator: thread.isModerator, mayAnnotate: true, answerId: annotation.answerId });
}
