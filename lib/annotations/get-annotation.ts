import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { countStances } from "./count-stances";
import { livePosition } from "./list-annotations";
import { liveAnchors } from "./live-anchors";
import { loadAnnotationAccess } from "./load-annotation-access";
import { annotationRowSelect, presentAnnotation, type AnnotationDTO, type AnnotationRow } from "./present";

/** One annotation the actor may see (404 otherwise, for every reason alike). */
export async function getAnnotation(actor: Actor, annotationId: string): Promise<AnnotationDTO> {
  const { annotation } = await loadAnnotationAccess(actor, annotationId);
  const [row, anchors, stances] = await Promise.all([
    db().annotation.findUniqueOrThrow({ where: { id: annotationId }, select: annotationRowSelect }),
    liveAnchors(annotation.documentId),
    countStances(annotation.kind === "claim" ? [annotationId] : [], actor.kind === "user" ? actor.userId : null),
  ]);
  return presentAnnotation(row as AnnotationRow, { position: livePosition(row as AnnotationRow, anchors), stances: stances.get(annotationId) });
}
