import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { announce, findReplyFacts, loadWritableThread, type Thread } from "./load-thread";
import type { ReactionsDTO } from "./present";
import { reactionCounts } from "./reaction-counts";
import type { ReactionTarget } from "./schemas";

export interface LoadedTarget {
  thread: Thread;
  targetType: ReactionTarget;
  targetId: string;
}

const noSuchTarget = () => new DomainError(404, "not_found", "No such annotation or reply.");

/**
 * The annotation or reply a member reacts to, with the thread it is in. Reacting is taking
 * part (participants and up); a hidden reply the member cannot see is 404 like a missing one.
 */
export async function loadReactionTarget(actor: Actor, targetType: ReactionTarget, targetId: string): Promise<LoadedTarget> {
  const message = "Viewers read the discussion; participants react.";
  if (targetType === "annotation") return { thread: await loadWritableThread(actor, targetId, message), targetType, targetId };
  const reply = await findReplyFacts(targetId);
  if (!reply) throw noSuchTarget();
  const thread = await loadWritableThread(actor, reply.annotationId, message).catch((error: unknown) => {
    throw error instanceof DomainError && error.status === 404 ? noSuchTarget() : error;
  });
  if (reply.hiddenAt && !thread.isModerator && reply.authorId !== thread.actor.userId) throw noSuchTarget();
  return { thread, targetType, targetId };
}

/** The target's counts after a change, and the room told. */
export async function reactionsAfterChange({ thread, targetType, targetId }: LoadedTarget): Promise<ReactionsDTO> {
  announce(thread);
  const counts = await reactionCounts(targetType, [targetId], thread.actor.userId);
  return { targetType, targetId, reactions: counts.get(targetId) ?? [] };
}
