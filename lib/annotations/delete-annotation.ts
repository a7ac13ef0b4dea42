import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { broadcastToDocument } from "@/lib/collab/broadcast";
import { collabServer } from "@/lib/collab/registry";
import { writeAnnotationMark } from "@/lib/collab/write-annotation-mark";
import { DomainError } from "@/lib/documents/errors";
import { loadAnnotationAccess } from "./load-annotation-access";

/**
 * The author withdraws an annotation: its row (replies and stances with it) and its mark go.
 * Moderators do not delete others' content; they hide it (kept, audited).
 */
export async function deleteAnnotation(actor: Actor, annotationId: string): Promise<void> {
  const { annotation } = await loadAnnotationAccess(actor, annotationId);
  if (actor.kind !== "user" || annotation.authorId !== actor.userId) throw new DomainError(403, "forbidden", "Only its author deletes an annotation; moderators hide.");
  const collab = collabServer();
  if (annotation.visibility === "group" && collab) {
    await writeAnnotationMark(collab.hocuspocus, annotation.documentId, { annotationId, start: 0, end: 0, expectedQuote: "" }, "remove");
  }
  await db().annotation.delete({ where: { id: annotationId } });
  if (annotation.visibility === "group") broadcastToDocument({ type: "annotations-changed", documentId: annotation.documentId, ids: [annotationId] });
}
