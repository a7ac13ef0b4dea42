import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { broadcastToDocument } from "@/lib/collab/broadcast";
import { DomainError } from "@/lib/documents/errors";
import { notifyMentions } from "@/lib/threads/mention-notices";
import { getAnnotation } from "./get-annotation";
import { loadAnnotationAccess } from "./load-annotation-access";
import type { AnnotationDTO } from "./present";
import { bodySchema, tagsSchema } from "./schemas";

export const updateAnnotationInput = z.object({ body: bodySchema.optional(), tags: tagsSchema.optional() }).refine((v) => v.body !== undefined || v.tags !== undefined, "Nothing to change.");

/** The author edits the body and tags; the passage and kind stay (annotate again to change them). */
export async function updateAnnotation(actor: Actor, annotationId: string, input: z.input<typeof updateAnnotationInput>): Promise<AnnotationDTO> {
  const changes = updateAnnotationInput.parse(input);
  const { annotation, access } = await loadAnnotationAccess(actor, annotationId);
  if (actor.kind !== "user" || annotation.authorId !== actor.userId) throw new DomainError(403, "forbidden", "Only its author edits an annotation.");
  const before = await db().annotation.findUniqueOrThrow({ where: { id: annotationId }, select: { body: true } });
  await db().annotation.update({ where: { id: annotationId }, data: changes });
  if (changes.body !== undefined && annotation.visibility === "group") {
    await notifyMentions({ groupId: access.groupId, documentId: annotation.documentId, annotationId, actorId: actor.userId, body: changes.body, previousBody: before.body });
  }
  if (annotation.visibility === "group") broadcastToDocument({ type: "annotations-changed", documentId: annotation.documentId, ids: [annotationId] });
  return getAnnotation(actor, annotationId);
}
