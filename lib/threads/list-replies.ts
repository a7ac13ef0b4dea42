import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { loadThread } from "./load-thread";
import { presentReply, REPLY_SELECT, type ReplyDTO, type ThreadDTO } from "./present";
import { reactionCounts } from "./reaction-counts";
import { loadThreadState } from "./thread-state";

/**
 * An annotation's replies as a tree in time order (children under their parent, oldest
 * first), with reactions and the thread's state. Hidden replies stay in place, so the
 * conversation around them still reads, but only moderators and their author see their content;
 * everyone else gets a "Hidden by a moderator" placeholder. `canAnswerAsAuthor` tells the
 * reply form whether to offer "Answer as author".
 */
export async function listReplies(actor: Actor, annotationId: string): Promise<ThreadDTO> {
  const thread = await loadThread(actor, annotationId);
  const me = thread.actor.userId;
  const rows = await db().reply.findMany({ where: { annotationId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: REPLY_SELECT });
  const [state, replyReactions, annotationReactions] = await Promise.all([
    loadThreadState(annotationId),
    reactionCounts("reply", rows.map((row) => row.id), me),
    reactionCounts("annotation", [annotationId], me),
  ]);

  const viewer = { userId: me, isModerator: thread.isModerator, mayAnnotate: thread.mayAnnotate, answerId: state.answerId };
  const nodes = new Map<string, ReplyDTO>(rows.map((row) => [row.id, presentReply(row, viewer, replyReactions.get(row.id))]));
  const roots: ReplyDTO[] = [];
  // Rows come oldest first, so appending keeps every level in time order.
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return { items: roots, nextCursor: null, total: rows.length, thread: { ...state, reactions: annotationReactions.get(annotationId) ?? [], canAnswerAsAuthor: can(thread.actor, "document.answer-as-author", thread.access) } };
}
