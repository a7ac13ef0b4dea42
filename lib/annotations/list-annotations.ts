import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { can } from "@/lib/auth/policy";
import { DomainError } from "@/lib/documents/errors";
import type { Prisma } from "@/generated/prisma/client";
import { reanchor } from "./anchoring";
import { annotationsVisibleTo } from "./annotations-visible-to";
import { claimStatus } from "./claim-status";
import { countStances } from "./count-stances";
import { liveAnchors } from "./live-anchors";
import { annotationRowSelect, presentAnnotation, type AnnotationDTO, type AnnotationRow } from "./present";
import { listAnnotationsQuery, type ListAnnotationsQuery } from "./schemas";

const ORDER: Record<"position" | "recent" | "activity", Prisma.AnnotationOrderByWithRelationInput[]> = {
  position: [{ start: "asc" }, { id: "asc" }],
  recent: [{ createdAt: "desc" }, { id: "desc" }],
  activity: [{ updatedAt: "desc" }, { id: "desc" }],
};

/**
 * Where an annotation is now: its mark in the live document (group annotations), or its quote
 * re-anchored in the live text (private ones); null when the passage is gone (orphaned).
 */
export function livePosition(row: Pick<AnnotationRow, "id" | "visibility" | "quote" | "prefix" | "suffix" | "start" | "end">, anchors: Awaited<ReturnType<typeof liveAnchors>>) {
  if (row.visibility === "group") return anchors.marks.get(row.id) ?? null;
  const found = reanchor(anchors.plainText, { quote: row.quote, prefix: row.prefix, suffix: row.suffix, start: row.start, end: row.end });
  return found ? { start: found.start, end: found.end } : null;
}

/** A document's annotations the actor may see, filtered, sorted and paged in the query. */
export async function listAnnotations(actor: Actor, documentId: string, query: ListAnnotationsQuery = {}, options: { publicLink?: string } = {}): Promise<{ items: AnnotationDTO[]; nextCursor: string | null; total: number }> {
  const { kind, status, tag, author, q, orphaned, sort, cursor, limit } = listAnnotationsQuery.parse(query);
  const access = await loadDocumentAccess(actor, documentId, options);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  const user = actor.kind === "user" ? actor : null;
  const where: Prisma.AnnotationWhereInput = {
    ...annotationsVisibleTo(user, documentId, can(actor, "group.moderate", access)),
    ...(kind ? { kind } : status ? { kind: "claim" } : {}),
    ...(tag ? { tags: { has: tag } } : {}),
    ...(author ? { authorId: author } : {}),
    ...(q ? { AND: [{ OR: [{ body: { contains: q, mode: "insensitive" } }, { quote: { contains: q, mode: "insensitive" } }] }] } : {}),
  };
  // Status and orphan filters depend on data outside the row (stances, the live text): those
  // lists are filtered after loading, and paged in memory.
  const filterLater = Boolean(status || orphaned);
  const [rows, total, anchors] = await Promise.all([
    db().annotation.findMany({
      where,
      orderBy: ORDER[sort],
      select: annotationRowSelect,
      ...(filterLater ? {} : { take: limit + 1, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) }),
    }),
    db().annotation.count({ where }),
    liveAnchors(documentId),
  ]);
  const stances = await countStances(rows.filter((r) => r.kind === "claim").map((r) => r.id), user?.userId ?? null);
  let items = rows.map((row) => presentAnnotation(row as AnnotationRow, { position: livePosition(row as AnnotationRow, anchors), stances: stances.get(row.id) }));
  if (status) items = items.filter((item) => item.claim && claimStatus(item.claim.supported, item.claim.contested) === status);
  if (orphaned) items = items.filter((item) => item.anchor.orphaned === (orphaned === "true"));
  if (filterLater) {
    const from = cursor ? items.findIndex((item) => item.id === cursor) + 1 : 0;
    const page = items.slice(from, from + limit);
    return { items: page, nextCursor: from + limit < items.length ? page[page.length - 1].id : null, total: items.length };
  }
  const page = items.slice(0, limit);
  return { items: page, nextCursor: items.length > limit ? page[page.length - 1].id : null, total };
}
