import { db } from "@/lib/db";
import { PERSON_SELECT } from "@/lib/threads/present";
import { presentRevision, REVISION_SELECT, type ClaimRevision, type RevisionRow } from "./present";

/** Revisions of already loaded claims, by id; at most one query (for who marked them). */
export async function presentRevisions(rows: (RevisionRow & { id: string })[]): Promise<Map<string, ClaimRevision | null>> {
  const markers = [...new Set(rows.filter((row) => row.revisedAt).map((row) => row.revisedById).filter((id): id is string => id !== null))];
  const people = markers.length === 0 ? [] : await db().user.findMany({ where: { id: { in: markers } }, select: PERSON_SELECT });
  const byId = new Map(people.map((person) => [person.id, person]));
  return new Map(rows.map((row) => [row.id, presentRevision(row, byId)]));
}

/** One claim's revision, or null when it has not been marked revised. */
export async function revisionOf(annotationId: string): Promise<ClaimRevision | null> {
  const row = await db().annotation.findUnique({ where: { id: annotationId }, select: { id: true, ...REVISION_SELECT } });
  if (!row?.revisedAt) return null;
  return (await presentRevisions([row])).get(row.id) ?? null;
}
