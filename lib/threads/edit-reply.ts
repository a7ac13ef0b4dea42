import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { announce, loadReplyOf, loadWritableThread } from "./load-thread";
import { notifyMentions } from "./mention-notices";
import { presentReply, REPLY_SELECT, type ReplyDTO } from "./present";
import { reactionCounts } from "./reaction-counts";
import { editReplyInput, type EditReplyInput } from "./schemas";

/**
 * Its author rewrites a reply, under the rules that let them write it (still able to annotate,
 * the annotation still readable). Members newly mentioned by the edit are told; those the
 * reply already mentioned are not told twice. A hidden reply stays as the moderator left it.
 */
export async function editReply(actor: Actor, annotationId: string, replyId: string, input: EditReplyInput): Promise<ReplyDTO> {
  const thread = await loadWritableThread(actor, annotationId, "Viewers read the discussion; participants edit their replies.");
  const reply = await loadReplyOf(thread, replyId);
  // A hidden reply is visible to its author; to anyone else it does not exist.
  if (reply.hiddenAt && !thread.isModerator && reply.authorId !== thread.actor.userId) throw new DomainError(404, "not_found", "No such reply.");
  if (reply.authorId !== thread.actor.userId) throw new DomainError(403, "forbidden", "Only its author edits a reply.");
  if (reply.hiddenAt) throw new DomainError(409, "reply_hidden", "A moderator hid this reply; it cannot be edited.");
  const { body } = editReplyInput.parse(input);

  const { annotation, access } = thread;
  const me = thread.actor.userId;
  const updated = await db().$transaction(async (tx) => {
    const row = await tx.reply.update({ where: { id: replyId }, data: { body }, select: REPLY_SELECT });
    await notifyMentions({ groupId: access.groupId, documentId: annotation.documentId, annotationId, replyId, actorId: me, body, previousBody: reply.body }, tx);
    return row;
  });

  announce(thread);
  const reactions = await reactionCounts("reply", [replyId], me);
  return presentReply(updated, { userId: me, isModerator: thread.isModerator, mayAnnotate: true, answerId: annotation.answerId }, reactions.get(replyId));
}
