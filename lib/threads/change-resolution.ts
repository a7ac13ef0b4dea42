import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/documents/errors";
import { announce, loadThread } from "./load-thread";
import type { ThreadState } from "./present";
import { resolutionInput, type ResolutionInput } from "./schemas";
import { loadThreadState } from "./thread-state";

/**
 * Resolves or reopens an annotation: its author (while they may still annotate) or a
 * moderator. Doing what is already done is a 409; the conditional update makes two people
 * resolving at once end with one success and one 409. A moderator acting on someone else's
 * annotation is recorded in the group's audit trail, with the optional reason.
 */
export async function changeResolution(actor: Actor, annotationId: string, input: ResolutionInput, resolve: boolean): Promise<ThreadState> {
  const thread = await loadThread(actor, annotationId);
  if (!(thread.isAnnotationAuthor && thread.mayAnnotate) && !thread.isModerator) {
    throw new DomainError(403, "forbidden", `Only the annotation’s author or a moderator can ${resolve ? "resolve" : "reopen"} it.`);
  }
  const { reason } = resolutionInput.parse(input ?? {});
  const me = thread.actor.userId;

  await db().$transaction(async (tx) => {
    const { count } = await tx.annotation.updateMany({
      where: { id: annotationId, resolvedAt: resolve ? null : { not: null } },
      data: resolve ? { resolvedAt: new Date(), resolvedById: me } : { resolvedAt: null, resolvedById: null },
    });
    if (count === 0) throw new DomainError(409, resolve ? "already_resolved" : "not_resolved", resolve ? "This annotation is already resolved." : "This annotation is not resolved.");
    if (thread.isAnnotationAuthor) return;
    await tx.auditEvent.create({
      data: {
        groupId: thread.access.groupId,
        actorId: me,
        action: resolve ? "annotation.resolved" : "annotation.reopened",
        targetId: annotationId,
        data: { documentId: thread.annotation.documentId, ...(reason ? { reason } : {}) },
      },
    });
  });

  announce(thread);
  return loadThreadState(annotationId);
}
