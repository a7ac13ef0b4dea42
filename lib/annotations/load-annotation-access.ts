import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can, type DocumentAccess } from "@/lib/auth/policy";
import { DomainError } from "@/lib/documents/errors";

export interface AnnotationAccess {
  annotation: { id: string; documentId: string; authorId: string | null; kind: "comment" | "question" | "claim"; visibility: "group" | "private"; hiddenAt: Date | null; resolvedAt: Date | null; answerId: string | null };
  access: DocumentAccess;
}

/**
 * Loads an annotation with the actor's rights on its document in one query. Missing,
 * unreadable, someone else's private annotation, or hidden (for non-moderators who did not
 * write it): all 404, indistinguishable.
 */
export async function loadAnnotationAccess(actor: Actor, annotationId: string): Promise<AnnotationAccess> {
  const userId = actor.kind === "user" ? actor.userId : "";
  const row = await db().annotation.findUnique({
    where: { id: annotationId },
    select: {
      id: true,
      documentId: true,
      authorId: true,
      kind: true,
      visibility: true,
      hiddenAt: true,
      resolvedAt: true,
      answerId: true,
      document: {
        select: {
          groupId: true,
          group: { select: { memberships: { where: { userId }, select: { role: true } } } },
          roles: { where: { userId }, select: { role: true } },
        },
      },
    },
  });
  const notFound = new DomainError(404, "not_found", "No such annotation.");
  if (!row) throw notFound;
  const access: DocumentAccess = {
    documentId: row.documentId,
    groupId: row.document.groupId,
    groupRole: row.document.group.memberships[0]?.role ?? null,
    isAuthor: row.document.roles.some((r) => r.role === "author"),
  };
  const isOwn = actor.kind === "user" && row.authorId === actor.userId;
  if (!can(actor, "document.read", access)) throw notFound;
  // Private means the author alone: no role, moderators and owners included, sees it.
  if (row.visibility === "private" && !isOwn) throw notFound;
  if (row.hiddenAt && !isOwn && !can(actor, "group.moderate", access)) throw notFound;
  const { document: _document, ...annotation } = row;
  return { annotation, access };
}
