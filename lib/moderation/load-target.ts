import type { Actor } from "@/lib/auth/actor";
import { can, type DocumentAccess } from "@/lib/auth/policy";
import { loadAnnotationAccess } from "@/lib/annotations/load-annotation-access";
import { DomainError } from "@/lib/documents/errors";
import { findReplyFacts } from "@/lib/threads/load-thread";
import type { TargetType } from "./schemas";

/** An annotation or a reply, with the annotation it belongs to and the actor's rights. */
export interface ModerationTarget {
  type: TargetType;
  id: string;
  annotationId: string;
  documentId: string;
  authorId: string | null;
  hiddenAt: Date | null;
  kind: "comment" | "question" | "claim";
  visibility: "group" | "private";
  access: DocumentAccess;
}

async function loadReply(actor: Actor, replyId: string): Promise<ModerationTarget> {
  const notFound = new DomainError(404, "not_found", "No such reply.");
  const reply = await findReplyFacts(replyId);
  if (!reply) throw notFound;
  // A reply is readable exactly when its annotation is (private, hidden and membership rules).
  const { annotation, access } = await loadAnnotationAccess(actor, reply.annotationId).catch((error: unknown) => {
    throw error instanceof DomainError && error.status === 404 ? notFound : error;
  });
  const isOwn = actor.kind === "user" && reply.authorId === actor.userId;
  if (reply.hiddenAt && !isOwn && !can(actor, "group.moderate", access)) throw notFound;
  const { kind, visibility, documentId } = annotation;
  return { type: "reply", id: replyId, annotationId: annotation.id, documentId, authorId: reply.authorId, hiddenAt: reply.hiddenAt, kind, visibility, access };
}

/** The target if the actor may read it; 404 for missing and unreadable alike. */
export async function loadTarget(actor: Actor, type: TargetType, id: string): Promise<ModerationTarget> {
  if (type === "reply") return loadReply(actor, id);
  const { annotation, access } = await loadAnnotationAccess(actor, id);
  const { documentId, authorId, hiddenAt, kind, visibility } = annotation;
  return { type, id: annotation.id, annotationId: annotation.id, documentId, authorId, hiddenAt, kind, visibility, access };
}

/**
 * Private annotations (and their replies) are their author's own notes: nobody flags them and
 * no moderator can even see them. Only their author gets this far, and is told why not.
 */
export function assertModeratable(target: ModerationTarget, doing: string): void {
  if (target.visibility === "private") throw new DomainError(403, "private", `Private notes are yours alone; they cannot be ${doing}.`);
}
