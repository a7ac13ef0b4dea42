import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { loadDocumentAccess } from "@/lib/auth/load-document-access";
import { annotationsVisibleTo } from "@/lib/annotations/annotations-visible-to";
import { countStances } from "@/lib/annotations/count-stances";
import { livePosition } from "@/lib/annotations/list-annotations";
import { liveAnchors } from "@/lib/annotations/live-anchors";
import { annotationRowSelect, presentAnnotation, type AnnotationDTO, type AnnotationRow } from "@/lib/annotations/present";
import { DomainError } from "@/lib/documents/errors";
import { presentRevisions } from "./claim-revisions";
import { REVISION_SELECT, type ClaimRevision } from "./present";
import { listClaimsQuery } from "./schemas";
import { sortClaims } from "./sort-claims";

/** A claim in the list: the annotation, and whether an author marked it revised in the text. */
export type ClaimItem = AnnotationDTO & { revised: ClaimRevision | null };

/**
 * A document's claims the actor may see (filtered in the query: private ones for their author
 * alone, hidden ones for moderators and their author), as AnnotationDTOs with status,
 * counts and revision, sorted by contestedness, recency or live position. Counts for the whole list come
 * from one grouped query (countStances), never one query per claim.
 */
export async function listClaims(actor: Actor, documentId: string, query: unknown = {}): Promise<{ items: ClaimItem[]; nextCursor: null }> {
  const { sort } = listClaimsQuery.parse(query);
  const access = await loadDocumentAccess(actor, documentId);
  if (!access || !can(actor, "document.read", access)) throw new DomainError(404, "not_found", "No such document.");
  const user = actor.kind === "user" ? actor : null;
  const [rows, anchors] = await Promise.all([
    db().annotation.findMany({ where: { ...annotationsVisibleTo(user, documentId, can(actor, "group.moderate", access)), kind: "claim" }, select: { ...annotationRowSelect, ...REVISION_SELECT } }),
    liveAnchors(documentId),
  ]);
  const [stances, revisions] = await Promise.all([countStances(rows.map((row) => row.id), user?.userId ?? null), presentRevisions(rows)]);
  const items = rows.map((row) => ({
    ...presentAnnotation(row as AnnotationRow, { position: livePosition(row as AnnotationRow, anchors), stances: stances.get(row.id) }),
    revised: revisions.get(row.id) ?? null,
  }));
  return { items: sortClaims(items, sort), nextCursor: null };
}
