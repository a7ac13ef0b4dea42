import { db } from "@/lib/db";
import type { Actor, UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { loadAnnotationAccess, type AnnotationAccess } from "@/lib/annotations/load-annotation-access";
import { broadcastToDocument } from "@/lib/collab/broadcast";
import { DomainError } from "@/lib/documents/errors";
import { REPLY_SELECT, type ReplyRow } from "./present";

export interface Thread extends AnnotationAccess {
  actor: UserActor;
  isModerator: boolean;
  mayAnnotate: boolean;
  isAnnotationAuthor: boolean;
}

/** Threads are for signed-in members: scripts act through a user's token. */
export function requireUser(actor: Actor, message = "Sign in first."): UserActor {
  if (actor.kind !== "user") throw new DomainError(401, "unauthenticated", message);
  return actor;
}

/**
 * An annotation's thread with the actor's rights on it. Everything the actor may not read
 * (missing, another's private note, hidden from them) is 404 alike, via loadAnnotationAccess.
 */
export async function loadThread(actor: Actor, annotationId: string): Promise<Thread> {
  const user = requireUser(actor);
  const { annotation, access } = await loadAnnotationAccess(user, annotationId);
  return {
    annotation,
    access,
    actor: user,
    isModerator: can(user, "group.moderate", access),
    mayAnnotate: can(user, "document.annotate", access),
    isAnnotationAuthor: annotation.authorId === user.userId,
  };
}

/** A thread the actor may write in (reply, react, edit): participants and up; viewers read. */
export async function loadWritableThread(actor: Actor, annotationId: string, message = "Viewers read the discussion; participants take part."): Promise<Thread> {
  const thread = await loadThread(actor, annotationId);
  if (!thread.mayAnnotate) throw new DomainError(403, "forbidden", message);
  return thread;
}

/** A reply of this thread; one of another thread (or none) is 404 like a missing one. */
export async function loadReplyOf(thread: Thread, replyId: string): Promise<ReplyRow> {
  const reply = await db().reply.findUnique({ where: { id: replyId }, select: REPLY_SELECT });
  if (!reply || reply.annotationId !== thread.annotation.id) throw new DomainError(404, "not_found", "No such reply.");
  return reply;
}

/** Who wrote a reply, where, and whether it is hidden; null when there is no such reply. */
export function findReplyFacts(replyId: string): Promise<{ annotationId: string; authorId: string | null; hiddenAt: Date | null } | null> {
  return db().reply.findUnique({ where: { id: replyId }, select: { annotationId: true, authorId: true, hiddenAt: true } });
}

/** A 422 naming the one field at fault, in the shape zod errors take. */
export function invalidField(field: string, message: string, code = "invalid_input") {
  return new DomainError(422, code, message, { fields: { [field]: message } });
}

/**
 * Tells the room the thread changed so open sidebars refetch. Private annotations are nobody
 * else's business: the room is not even told one exists.
 */
export function announce(thread: Thread): void {
  if (thread.annotation.visibility !== "group") return;
  broadcastToDocument({ type: "annotations-changed", documentId: thread.annotation.documentId, ids: [thread.annotation.id] });
}
