import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { can } from "@/lib/auth/policy";
import { DomainError } from "@/lib/documents/errors";
import { countStances } from "./count-stances";
import { livePosition } from "./list-annotations";
import { liveAnchors } from "./live-anchors";
import { loadAnnotationAccess } from "./load-annotation-access";
import { annotationRowSelect, presentAnnotation, type AnnotationRow } from "./present";
import { toW3CAnnotation, toW3CCollection, toW3CPage, type W3CAnnotation, type W3CAnnotationCollection, type W3CAnnotationPage } from "./w3c";

export const W3C_PAGE_SIZE = 100;

// What a Web Annotation export contains: the group's visible annotations. Never private ones
// (not even the caller's own: an export is for sharing), never hidden ones.
const exportable = (documentId: string) => ({ documentId, visibility: "group" as const, hiddenAt: null });

function urlsFor(baseUrl: string, documentId: string) {
  return { baseUrl, documentUrl: `${baseUrl}/documents/${documentId}` };
}

/**
 * The document's annotations as a W3C AnnotationCollection (page omitted: the collection with
 * its first page embedded) or one AnnotationPage (0-based), paged in the query.
 */
export async function exportW3C(actor: Actor, documentId: string, options: { baseUrl: string; page?: number }): Promise<W3CAnnotationCollection | W3CAnnotationPage> {
  const access = await loadDocumentAccess(actor, documentId);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  const page = options.page ?? 0;
  const [total, rows, title, anchors] = await Promise.all([
    db().annotation.count({ where: exportable(documentId) }),
    db().annotation.findMany({ where: exportable(documentId), orderBy: [{ start: "asc" }, { id: "asc" }], skip: page * W3C_PAGE_SIZE, take: W3C_PAGE_SIZE, select: annotationRowSelect }),
    db().document.findUniqueOrThrow({ where: { id: documentId }, select: { title: true } }),
    liveAnchors(documentId),
  ]);
  if (page > 0 && page * W3C_PAGE_SIZE >= total) throw new DomainError(404, "not_found", "No such page.");
  const stances = await countStances(rows.filter((r) => r.kind === "claim").map((r) => r.id), null);
  const items = rows.map((row) => presentAnnotation(row as AnnotationRow, { position: livePosition(row as AnnotationRow, anchors), stances: stances.get(row.id) }));
  const urls = urlsFor(options.baseUrl, documentId);
  const input = { items, total, pageSize: W3C_PAGE_SIZE, collectionUrl: `${options.baseUrl}/api/documents/${documentId}/annotations`, label: `Annotations on “${title.title}”` };
  return options.page === undefined ? toW3CCollection(input, urls) : toW3CPage({ ...input, page }, urls);
}

/** One annotation as JSON-LD at its own URL. Private annotations are not Web Annotations here. */
export async function exportW3CAnnotation(actor: Actor, annotationId: string, baseUrl: string): Promise<W3CAnnotation> {
  const { annotation } = await loadAnnotationAccess(actor, annotationId);
  if (annotation.visibility === "private") throw new DomainError(403, "private", "Private annotations are not exported as Web Annotations.");
  const [row, anchors, stances] = await Promise.all([
    db().annotation.findUniqueOrThrow({ where: { id: annotationId }, select: annotationRowSelect }),
    liveAnchors(annotation.documentId),
    countStances(annotation.kind === "claim" ? [annotationId] : [], null),
  ]);
  const dto = presentAnnotation(row as AnnotationRow, { position: livePosition(row as AnnotationRow, anchors), stances: stances.get(annotationId) });
  return toW3CAnnotation(dto, urlsFor(baseUrl, annotation.documentId));
}
